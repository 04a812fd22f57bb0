import { describe, expect, inject, it } from "vitest";
import { busContract } from "./bus.contract.js";
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
