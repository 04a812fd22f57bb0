import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type NatsServerHandle, startNatsServer } from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { busContract, busPayloadContract, CONTRACT_MAX_PAYLOAD } from "./bus.contract.js";
import { BusClosedError } from "./errors.js";
import { connectNatsBus } from "./nats-bus.js";

busContract("NatsBus", async ({ onHandlerError }) => {
  const servers = inject("natsUrl");
  // Two connections, as two services would have.
  return {
    a: await connectNatsBus({ servers, name: "contract-a" }),
    b: await connectNatsBus({ servers, name: "contract-b", onHandlerError }),
  };
});

describe("NatsBus on a server with a small max_payload", () => {
  let server: NatsServerHandle;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "zb-bus-payload-"));
    const conf = join(dir, "small.conf");
    writeFileSync(conf, `max_payload: ${CONTRACT_MAX_PAYLOAD}\n`);
    server = await startNatsServer({ jetstream: false, args: ["-c", conf] });
  });
  afterAll(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  // maxPayload is the server's, read from its INFO.
  busPayloadContract("NatsBus", async () => ({
    a: await connectNatsBus({ servers: server.url, name: "payload-a" }),
    b: await connectNatsBus({ servers: server.url, name: "payload-b" }),
  }));
});

describe("NatsBus", () => {
  it("shares its connection and accepts a comma-separated server list", async () => {
    const url = inject("natsUrl");
    const bus = await connectNatsBus({ servers: ` ${url} , ${url}`, name: "shared" });
    expect(bus.connection.isClosed()).toBe(false);
    expect(bus.connection.getServer()).toBe(new URL(url).host);
    await bus.close();
    expect(bus.connection.isClosed()).toBe(true);
  });

  it("rejects a request waiting on a bus that closes with BusClosedError", async () => {
    const servers = inject("natsUrl");
    const requester = await connectNatsBus({ servers, name: "requester" });
    const responder = await connectNatsBus({ servers, name: "mute" });
    responder.subscribe("nats-bus.mute", () => undefined);
    await responder.flush();
    const waiting = requester.request("nats-bus.mute", new Uint8Array(1), { timeoutMs: 10_000 });
    await requester.close();
    await expect(waiting).rejects.toBeInstanceOf(BusClosedError);
    await responder.close();
  });
});
