import { startNatsServer } from "@zonebus/testkit";
import { Registry } from "prom-client";
import { afterEach, expect, it, vi } from "vitest";
import { connectDistributed, type Infrastructure } from "./infrastructure.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function counted(metrics: Registry, name: string, labels: Record<string, string> = {}): Promise<number> {
  const got = await metrics.getSingleMetric(name)?.get();
  return got?.values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l))?.value ?? 0;
}

async function connected(url: string, metrics: Registry): Promise<Infrastructure> {
  const infra = await connectDistributed({ natsUrl: url, natsReconnectWaitMs: 50 }, "metrics-test", undefined, metrics);
  cleanups.push(() => infra.close());
  return infra;
}

it("counts a NATS connection lost and got back when its server restarts on the same port", async () => {
  const first = await startNatsServer();
  const metrics = new Registry();
  await connected(first.url, metrics);
  expect(await counted(metrics, "zb_nats_disconnects_total")).toBe(0);
  await first.stop();
  await vi.waitFor(async () => expect(await counted(metrics, "zb_nats_disconnects_total")).toBe(1), 5_000);
  expect(await counted(metrics, "zb_nats_reconnects_total")).toBe(0);
  const port = new URL(first.url).port;
  const second = await startNatsServer({ args: ["-p", port] });
  cleanups.push(() => second.stop());
  await vi.waitFor(async () => expect(await counted(metrics, "zb_nats_reconnects_total")).toBe(1), 5_000);
  expect(await counted(metrics, "zb_nats_disconnects_total")).toBe(1);
});

it("counts a store call retried, by operation, while its server is away", async () => {
  const server = await startNatsServer();
  const metrics = new Registry();
  const infra = await connected(server.url, metrics);
  const bucket = await infra.store.bucket("retried");
  await bucket.put("k", new Uint8Array([1]));
  expect(await counted(metrics, "zb_store_retries_total", { op: "get" })).toBe(0);
  await server.kill();
  // No answer within the call timeout (2 s): the get is sent again, and fails in the end.
  void bucket.get("k").catch(() => undefined);
  await vi.waitFor(async () => expect(await counted(metrics, "zb_store_retries_total", { op: "get" })).toBe(1), {
    timeout: 5_000,
    interval: 100,
  });
  expect(await counted(metrics, "zb_store_retries_total", { op: "put" })).toBe(0);
});
