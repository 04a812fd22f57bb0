import { startNatsFixture } from "@zonebus/testkit";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the shared JetStream-enabled nats-server for the integration project. */
    natsUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const fx = await startNatsFixture();
  project.provide("natsUrl", fx.url);
  return () => fx.stop();
}
