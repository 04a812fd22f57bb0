import { describe, expect, it } from "vitest";
import { ByteBudgetImpl } from "./byte-budget.js";
import type { TransportConfigInput } from "./config.js";
import { Connection } from "./connection.js";
import type { CoreEvent } from "./events.js";
import { encodeChunk, encodeStreamChunk } from "./packets/big-data.js";
import { encodeCluster } from "./packets/cluster.js";
import { AssemblyOutcome, BigPacketAssembler, StreamAssembler } from "./reassembly.js";
import { DropReason } from "./stats.js";

const identity = { encrypt() {}, decrypt() {} };

/** A server-side connection with no encryption, fed datagrams directly. */
function serverConnection(config: TransportConfigInput, sharedBudget?: ByteBudgetImpl) {
  const events: CoreEvent[] = [];
  const packets: Uint8Array[] = [];
  const conn = Connection.server({
    now: 0,
    cipher: identity,
    keyResponse: Uint8Array.of(0, 2, 0, 0, 0, 0),
    config,
    sharedBudget,
    listener: { onPacket: (p) => packets.push(p), onEvent: (e) => events.push(e) },
  });
  return { conn, events, packets };
}

/** A cluster of `n` one-byte pieces made by `piece`, as the measured attack sent them. */
const cluster = (n: number, piece: () => Uint8Array) => encodeCluster(Array.from({ length: n }, piece));

describe("reassembly charged in bytes", () => {
  it("assembles a stream sent one byte at a time, byte for byte", () => {
    const budget = new ByteBudgetImpl(10_000);
    const s = new StreamAssembler(5_000, budget);
    const want = Uint8Array.from({ length: 5_000 }, (_, i) => (i * 13 + 1) & 0xff);
    want[0] = 0x16;
    for (let i = 0; i < want.length - 1; i++)
      expect(s.push(want.length, want.subarray(i, i + 1)).outcome).toBe(AssemblyOutcome.Partial);
    const done = s.push(want.length, want.subarray(want.length - 1));
    expect(done).toEqual({ outcome: AssemblyOutcome.Complete, packet: want });
    expect(budget.used).toBe(0);
  });

  it("charges a big packet's 1-byte pieces by capacity and refuses past the budget", () => {
    const budget = new ByteBudgetImpl(4_096);
    const big = new BigPacketAssembler(65_536, budget);
    let outcome: string = AssemblyOutcome.Partial;
    let stored = 0;
    while (outcome === AssemblyOutcome.Partial) {
      outcome = big.push(Uint8Array.of(1), false).outcome;
      if (outcome === AssemblyOutcome.Partial) stored++;
      expect(budget.used).toBeLessThanOrEqual(4_096);
    }
    expect(outcome).toBe(AssemblyOutcome.OverBudget);
    expect(stored).toBe(4_096);
    expect(budget.used).toBe(0);
    // The rest of that transfer is ignored, free, up to its tail.
    expect(big.push(Uint8Array.of(1), false).outcome).toBe(AssemblyOutcome.Discarded);
  });

  it("closes a connection whose 1-byte pieces outgrow its budget, and gives the bytes back", () => {
    const shared = new ByteBudgetImpl(1 << 20);
    const { conn, events } = serverConnection({ maxReassemblyBytes: 2_048 }, shared);
    // Each cluster carries 100 one-byte `00 08` pieces (3 bytes each plus a length byte).
    for (let i = 0; i < 30 && conn.state === "open"; i++)
      conn.receive(
        cluster(100, () => encodeChunk(false, Uint8Array.of(1))),
        i,
      );
    expect(conn.state).toBe("closed");
    expect(conn.closeReason).toBe("over_budget");
    expect(conn.stats.drops[DropReason.OverBudget]).toBe(1);
    expect(events).toContainEqual({ type: "disconnected", reason: "over_budget" });
    expect(shared.used).toBe(0);
  });

  it("shares the server-wide budget: a second connection cannot take what the first holds", () => {
    const shared = new ByteBudgetImpl(1_024);
    const a = serverConnection({}, shared);
    const b = serverConnection({}, shared);
    for (let i = 0; i < 2; i++) a.conn.receive(encodeStreamChunk(60_000, new Uint8Array(480).fill(0x16)), 0);
    expect(shared.used).toBe(1_024);
    b.conn.receive(encodeStreamChunk(60_000, new Uint8Array(100).fill(0x16)), 0);
    expect(b.conn.closeReason).toBe("over_budget");
    expect(a.conn.state).toBe("open");
    a.conn.close();
    expect(shared.used).toBe(0);
  });

  it("refuses an upload over the maximum at its first chunk, holding nothing", () => {
    const shared = new ByteBudgetImpl(1 << 20);
    const { conn, packets } = serverConnection({ maxIncomingStream: 65_536 }, shared);
    const total = 1_100 * 1024;
    for (let off = 0; off < 20 * 480; off += 480)
      conn.receive(encodeStreamChunk(total, new Uint8Array(480).fill(0x16)), 0);
    expect(conn.stats.drops[DropReason.StreamRejected]).toBe(1);
    expect(conn.stats.drops[DropReason.StreamCancelled]).toBe(19);
    expect([shared.used, packets.length]).toEqual([0, 0]);
  });
});

describe("the per-connection datagram rate limit", () => {
  it("drops datagrams past the rate, counted, then closes a sustained flood", () => {
    const { conn } = serverConnection({ maxDatagramsPerSecond: 100, datagramBurst: 100, floodCloseSeconds: 3 });
    let now = 0;
    for (; now < 10_000 && conn.state === "open"; now += 1) conn.receive(Uint8Array.of(0x18, 1), now);
    expect(conn.stats.drops[DropReason.RateLimited]).toBeGreaterThan(1_500);
    expect(conn.closeReason).toBe("flood");
    // About three seconds of a thousand datagrams a second: the flood is cut, not tolerated.
    expect(now).toBeLessThan(3_500);
  });
});
