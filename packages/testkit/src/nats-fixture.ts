import { startNatsServer } from "./nats-server.js";

/** Which way a test NATS server was obtained. */
export type NatsFixtureMode = "container" | "binary";

export interface NatsFixture {
  readonly url: string;
  readonly mode: NatsFixtureMode;
  stop(): Promise<void>;
}

/** The image matches the nats-server Debian ships, so both modes test the same server. */
const NATS_IMAGE = "nats:2.9.10";

async function startContainer(): Promise<NatsFixture> {
  const { NatsContainer } = await import("@testcontainers/nats");
  const started = await new NatsContainer(NATS_IMAGE).withJetStream().start();
  const opts = started.getConnectionOptions();
  const server = Array.isArray(opts.servers) ? opts.servers[0] : opts.servers;
  return {
    url: server?.startsWith("nats://") ? server : `nats://${server}`,
    mode: "container",
    async stop() {
      await started.stop();
    },
  };
}

async function startBinary(): Promise<NatsFixture> {
  const srv = await startNatsServer({ jetstream: true });
  return { url: srv.url, mode: "binary", stop: () => srv.stop() };
}

/**
 * Starts a JetStream-enabled NATS server for tests: testcontainers' NATS module when a container
 * runtime is reachable, otherwise the local `nats-server` binary. `ZB_TEST_NATS=container|binary`
 * forces one mode. Fails with one message naming both causes when neither works.
 */
export async function startNatsFixture(
  log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<NatsFixture> {
  const forced = process.env.ZB_TEST_NATS;
  if (forced !== undefined && forced !== "container" && forced !== "binary") {
    throw new Error(`ZB_TEST_NATS must be "container" or "binary", got "${forced}"`);
  }
  let containerError: unknown;
  if (forced !== "binary") {
    try {
      const fx = await startContainer();
      log(`[nats-fixture] using a testcontainers NATS container (${NATS_IMAGE}) at ${fx.url}`);
      return fx;
    } catch (err) {
      containerError = err;
      if (forced === "container")
        throw new Error(`ZB_TEST_NATS=container but no container could start: ${(err as Error).message}`, {
          cause: err,
        });
    }
  }
  try {
    const fx = await startBinary();
    const why = containerError ? ` (no container runtime: ${(containerError as Error).message.split("\n")[0]})` : "";
    log(`[nats-fixture] using the local nats-server binary at ${fx.url}${why}`);
    return fx;
  } catch (err) {
    throw new Error(
      `no NATS server for tests: no container runtime is reachable and the local nats-server binary failed (${(err as Error).message.split("\n")[0]}). Install nats-server (apt-get install nats-server) or start Docker.`,
      { cause: err },
    );
  }
}
