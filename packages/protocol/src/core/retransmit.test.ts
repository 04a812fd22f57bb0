import { describe, expect, it } from "vitest";
import { clientKeyExchange, NULL_SCHEME } from "../crypto/index.js";
import type { TransportConfigInput } from "./config.js";
import { type LinkDirection, Loopback } from "./loopback.js";
import { CoreType } from "./packets/core-type.js";

/** Packets of a plain datagram: its cluster items, or itself. */
function items(d: Uint8Array): Uint8Array[] {
  if (d[0] !== 0 || d[1] !== CoreType.Cluster) return [d];
  const out: Uint8Array[] = [];
  for (let off = 2; off < d.length; off += 1 + d[off]!) out.push(d.subarray(off + 1, off + 1 + d[off]!));
  return out;
}
const seqOf = (p: Uint8Array) => new DataView(p.buffer, p.byteOffset).getInt32(2, true);
const game = (n: number) => Uint8Array.of(0x06, n & 0xff, n >> 8);

/**
 * A plain (unencrypted) link that records, per sequence number, when the client sent a
 * reliable packet, and loses the ones `lose` picks.
 */
function link(config: TransportConfigInput, lose: (seq: number, attempt: number) => boolean) {
  const sends = new Map<number, number[]>();
  const l: Loopback = new Loopback({
    responder: NULL_SCHEME,
    keyExchange: clientKeyExchange({ clientKey: 77 }),
    clientConfig: config,
    deliver: (d: Uint8Array, dir: LinkDirection) => {
      if (dir !== "c2s") return true;
      const reliables = items(d).filter((p) => p[0] === 0 && p[1] === CoreType.Reliable);
      let keep = true;
      for (const p of reliables) {
        const times = sends.get(seqOf(p)) ?? [];
        times.push(l.now);
        sends.set(seqOf(p), times);
        if (lose(seqOf(p), times.length)) keep = false;
      }
      return keep;
    },
  });
  l.runUntil(() => l.client.state === "open");
  return { l, sends };
}

describe("retransmission", () => {
  it("resends an unacked packet after the RTT timeout, waiting n times longer after the n-th try", () => {
    const { l, sends } = link({ dropTimeoutMs: 600_000, fastRetransmitAcks: 0 }, () => true);
    l.client.sendReliable(game(1));
    l.run(10_000, 5);
    const times = sends.get(0)!;
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    // Initial estimate: avg 200 + 4 × dev 100 = 600 ms; a resend goes when the wait exceeds 600 × tries.
    expect(gaps.slice(0, 4)).toEqual([605, 1205, 1805, 2405]);
  });

  it("gives up after 15 tries and closes with a 00 07", () => {
    const { l, sends } = link({ dropTimeoutMs: 600_000, fastRetransmitAcks: 0 }, () => true);
    l.client.sendReliable(game(1));
    l.runUntil(() => l.client.state === "closed", 200_000, 50);
    expect(l.client.closeReason).toBe("too_many_retries");
    expect(sends.get(0)).toHaveLength(15);
    expect(l.atServer.eventsOf("disconnected").map((e) => e.reason)).toEqual(["remote"]);
  });

  it("lowers the timeout to the 250 ms floor once round trips are measured short", () => {
    const { l } = link({}, () => false);
    expect(l.client.rtt.timeoutMs).toBe(600);
    for (let i = 0; i < 60; i++) l.client.sendReliable(game(i));
    l.run(3_000);
    expect(l.client.rtt.averageMs).toBeLessThan(40);
    expect(l.client.rtt.timeoutMs).toBe(250);
    expect(l.client.stats.retransmits).toBe(0);
  });

  it("resends a lost packet well before the 250 ms floor once later packets are acked", () => {
    const { l, sends } = link({}, (seq, attempt) => seq === 40 && attempt === 1);
    for (let i = 0; i < 40; i++) l.client.sendReliable(game(i));
    l.run(1_000); // round trips measured: the timeout sits at its 250 ms floor
    expect(l.client.rtt.timeoutMs).toBe(250);
    l.client.sendReliable(game(40));
    l.step(); // seq 40 leaves alone in its datagram and is lost
    for (let i = 41; i < 60; i++) l.client.sendReliable(game(i));
    l.run(300);
    const [first, second] = sends.get(40)!;
    expect(second! - first!).toBeLessThan(150);
    expect(l.atServer.packets.map((p) => p[1])).toEqual([...Array(60).keys()]);
  });

  it("waits for the timeout when fast retransmit is off", () => {
    const { l, sends } = link({ fastRetransmitAcks: 0 }, (seq, attempt) => seq === 40 && attempt === 1);
    for (let i = 0; i < 40; i++) l.client.sendReliable(game(i));
    l.run(1_000);
    l.client.sendReliable(game(40));
    l.step();
    for (let i = 41; i < 60; i++) l.client.sendReliable(game(i));
    l.run(400);
    const [first, second] = sends.get(40)!;
    expect(second! - first!).toBeGreaterThan(250);
    expect(l.atServer.packets).toHaveLength(60);
  });
});

describe("send window", () => {
  it("keeps limit/512 packets in flight: 9 at the initial 5000 B/s", () => {
    const { l, sends } = link({}, () => true);
    for (let i = 0; i < 50; i++) l.client.sendReliable(game(i));
    l.step();
    expect([...sends.keys()]).toEqual([...Array(9).keys()]);
    expect(l.client.reliableBacklog).toBe(50);
  });

  it("never puts more than the peer's 32-slot window in flight, even when bandwidth allows 255", () => {
    const { l, sends } = link({ bandwidth: { initial: 200_000, maximum: 200_000 } }, () => true);
    for (let i = 0; i < 100; i++) l.client.sendReliable(game(i));
    l.step();
    expect(sends.size).toBe(32);
  });

  it("moves the window forward as acks come back", () => {
    const { l, sends } = link({}, () => false);
    for (let i = 0; i < 100; i++) l.client.sendReliable(game(i));
    l.runUntil(() => l.atServer.packets.length === 100, 10_000);
    expect(sends.size).toBe(100);
    expect([...sends.values()].every((t) => t.length === 1)).toBe(true);
  });
});
