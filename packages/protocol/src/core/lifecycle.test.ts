import { describe, expect, it } from "vitest";
import { clientKeyExchange, NULL_CIPHER, NULL_SCHEME, VIE_SCHEME } from "../crypto/index.js";
import { ticksAt } from "./clock-sync.js";
import type { TransportConfigInput } from "./config.js";
import { Loopback, type LoopbackOptions } from "./loopback.js";
import { encodeControl } from "./packets/control.js";
import { CoreType } from "./packets/core-type.js";
import { encodeConnectionInit } from "./packets/key-exchange.js";
import { encodeReliable } from "./packets/reliable.js";
import { DropReason } from "./stats.js";
import { toHex } from "./vectors.js";

const KEY = -0x0badf00d;
const make = (o: Partial<LoopbackOptions> = {}) =>
  new Loopback({ responder: VIE_SCHEME, keyExchange: clientKeyExchange({ clientKey: KEY }), ...o });
function open(o: Partial<LoopbackOptions> = {}) {
  const l = make(o);
  expect(l.runUntil(() => l.client.state === "open")).toBe(true);
  return l;
}
const plain = (config: TransportConfigInput = {}) => open({ responder: NULL_SCHEME, serverConfig: config });

describe("connecting", () => {
  it("sends 00 01 every second until answered, then gives up after 5 s", () => {
    const inits: number[] = [];
    const l: Loopback = make({
      deliver: (d, dir) => {
        if (dir === "c2s" && d[1] === CoreType.ConnectionInit) inits.push(l.now);
        return false;
      },
    });
    l.run(6_000);
    expect(inits).toEqual([10, 1010, 2010, 3010, 4010]);
    expect(l.client.closeReason).toBe("connect_timeout");
    expect(l.atClient.eventsOf("disconnected")).toEqual([{ type: "disconnected", reason: "connect_timeout" }]);
  });

  it("connects over VIE and reports the server key", () => {
    const l = open();
    expect(l.atClient.eventsOf("connected")).toEqual([{ type: "connected", serverKey: -KEY }]);
    expect(l.serverEnd.state).toBe("open");
  });

  it("closes with key_rejected when the 00 02 key fits no scheme the client speaks", () => {
    const l = make({ responder: { respond: () => ({ serverKey: 12345, cipher: NULL_CIPHER }) } });
    l.run(100);
    expect(l.client.closeReason).toBe("key_rejected");
  });

  it("answers a repeated 00 01 with the same 00 02 until something was delivered", () => {
    const l = open();
    const init = encodeConnectionInit({ clientKey: KEY, clientType: 1 });
    l.serverEnd.receive(init.slice(), l.now);
    expect(l.serverEnd.poll(l.now).map(toHex)).toEqual([toHex(Uint8Array.of(0, 2, 0x0d, 0xf0, 0xad, 0x0b))]);
    l.client.sendReliable(Uint8Array.of(0x09, 1));
    l.run(100);
    l.serverEnd.receive(init.slice(), l.now);
    expect(l.serverEnd.closeReason).toBe("reconnect");
  });
});

describe("disconnecting", () => {
  it("closes on the peer's 00 07 and ignores everything after it", () => {
    const l = plain();
    l.serverEnd.receive(encodeControl(CoreType.Disconnect), l.now);
    expect(l.serverEnd.closeReason).toBe("remote");
    l.serverEnd.receive(encodeReliable(0, Uint8Array.of(0x09)), l.now);
    expect(l.atServer.packets).toHaveLength(0);
    expect(l.serverEnd.stats.drops[DropReason.Closed]).toBe(1);
    expect(l.serverEnd.poll(l.now + 10)).toEqual([]);
  });

  it("sends 00 07 on close(), and the peer closes with reason remote", () => {
    const l = open();
    l.recordWire = true;
    l.client.close();
    l.step();
    expect(l.wire.map((w) => [w.direction, toHex(w.bytes)])).toEqual([["c2s", "0007"]]);
    expect(l.serverEnd.closeReason).toBe("remote");
    const r = l.client.sendReliable(Uint8Array.of(0x06));
    expect(r.ok || r.error.code).toBe("CORE_CLOSED");
  });

  it("times out after 30 s without a datagram, telling the peer with 00 07", () => {
    let cut = false;
    const l = open({ deliver: (_d, dir) => dir === "c2s" || !cut });
    cut = true;
    l.recordWire = true;
    l.run(29_900);
    expect(l.client.state).toBe("open");
    l.run(200);
    expect(l.client.closeReason).toBe("timeout");
    expect(l.wire.filter((w) => w.direction === "c2s").map((w) => toHex(w.bytes))).toContain("0007");
    expect(l.serverEnd.closeReason).toBe("remote");
  });

  it("takes its drop timeout from the configuration", () => {
    const l = open({ serverConfig: { dropTimeoutMs: 2_000, syncIntervalMs: 0 }, clientConfig: { syncIntervalMs: 0 } });
    l.run(1_900);
    expect(l.serverEnd.state).toBe("open");
    l.run(200);
    expect(l.serverEnd.closeReason).toBe("timeout");
  });

  it("closes with outgoing_overflow once more than maxOutgoingReliable packets pile up", () => {
    const l = plain({ maxOutgoingReliable: 10 });
    const results = [...Array(11)].map(() => l.serverEnd.sendReliable(Uint8Array.of(0x27)));
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(results[10]!.ok || results[10]!.error.code).toBe("CORE_QUEUE_FULL");
    expect(l.serverEnd.stats.drops[DropReason.ReliableQueueFull]).toBe(1);
    l.step();
    expect(l.serverEnd.closeReason).toBe("outgoing_overflow");
    expect(l.client.closeReason).toBe("remote");
  });
});

describe("time sync", () => {
  it("has the server answer 00 05 with its own ticks and the client estimate the offset", () => {
    // The server's clock runs 50 s (5000 ticks) ahead of the client's.
    const ahead = make({ serverTicks: (now) => ticksAt(now) + 5_000 });
    ahead.run(12_000);
    const syncs = ahead.atClient.eventsOf("time_sync");
    expect(syncs.length).toBeGreaterThanOrEqual(3);
    // Round trips are 10–20 ms here (1–2 ticks), so the estimate lands within 2 ticks of 5000.
    expect(Math.abs(ahead.client.clockOffsetTicks - 5_000)).toBeLessThanOrEqual(2);
    expect(syncs.every((s) => s.rttTicks >= 0 && s.rttTicks <= 3)).toBe(true);
  });
});
