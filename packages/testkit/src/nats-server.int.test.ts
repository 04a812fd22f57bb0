import { connect } from "@nats-io/transport-node";
import { describe, expect, inject, it } from "vitest";
import { natsVarz } from "./nats-monitor.js";
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

  it("serves /varz on a free port when asked, counting the messages it carried", async () => {
    const srv = await startNatsServer({ jetstream: false, monitor: true });
    try {
      expect(srv.monitorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const before = await natsVarz(srv.monitorUrl!);
      const nc = await connect({ servers: srv.url });
      const sub = nc.subscribe("varz.test", { max: 3 });
      for (let i = 0; i < 3; i++) nc.publish("varz.test", new Uint8Array(10));
      for await (const _ of sub) {
        // drain the three messages
      }
      await nc.close();
      const after = await natsVarz(srv.monitorUrl!);
      expect(after.inMsgs - before.inMsgs).toBe(3);
      expect(after.outMsgs - before.outMsgs).toBe(3);
      expect(after.inBytes - before.inBytes).toBe(30);
    } finally {
      await srv.stop();
    }
  });
});
