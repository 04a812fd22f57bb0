import { connect } from "@nats-io/transport-node";
import { describe, expect, inject, it } from "vitest";
import { startNatsServer } from "./nats-server.js";

describe("nats fixture", () => {
  it("provides a reachable JetStream server to integration tests", async () => {
    const nc = await connect({ servers: inject("natsUrl") });
    expect(nc.info?.jetstream).toBe(true);
    await nc.close();
  });

  it("a spawned server is gone after stop", async () => {
    const srv = await startNatsServer();
    const nc = await connect({ servers: srv.url });
    await nc.close();
    await srv.stop();
    await expect(connect({ servers: srv.url, reconnect: false, timeout: 500 })).rejects.toThrow();
  });
});
