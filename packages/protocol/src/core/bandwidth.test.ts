import { describe, expect, it } from "vitest";
import { clientKeyExchange, NULL_SCHEME } from "../crypto/index.js";
import { AdaptiveBandwidth, packetCost, SendClass, UnlimitedBandwidth } from "./bandwidth.js";
import { DEFAULT_TRANSPORT_CONFIG, type TransportConfigInput } from "./config.js";
import { Loopback } from "./loopback.js";
import { DropReason } from "./stats.js";
import { UnreliablePriority } from "./unreliable-queue.js";

const BW = DEFAULT_TRANSPORT_CONFIG.bandwidth;

function link(clientConfig: TransportConfigInput, lossEvery = 0) {
  let n = 0;
  const l = new Loopback({
    responder: NULL_SCHEME,
    keyExchange: clientKeyExchange({ clientKey: 5 }),
    clientConfig,
    deliver: (_d, dir) => !(lossEvery > 0 && dir === "c2s" && ++n % lossEvery === 0),
  });
  l.runUntil(() => l.client.state === "open");
  return l;
}

describe("adaptive bandwidth", () => {
  it("grows by 512²/limit per ack and shrinks by the retransmission formula, within bounds", () => {
    const bw = new AdaptiveBandwidth(BW, 0);
    bw.onAck();
    expect(bw.limit).toBeCloseTo(5000 + 262144 / 5000, 6);
    const before = bw.limit;
    bw.onRetransmit();
    expect(bw.limit).toBeCloseTo((before + Math.sqrt(before * before - 4 * 262144)) / 2, 6);
    for (let i = 0; i < 10_000; i++) bw.onRetransmit();
    expect(bw.limit).toBe(BW.minimum);
    for (let i = 0; i < 100_000; i++) bw.onAck();
    expect(bw.limit).toBe(BW.maximum);
  });

  it("sizes the reliable window as limit/512, between 1 and SendAtOnce; 30 when unlimited", () => {
    expect(new AdaptiveBandwidth(BW, 0).sendWindow).toBe(9);
    expect(new AdaptiveBandwidth({ ...BW, initial: 102_400 }, 0).sendWindow).toBe(200);
    expect(new AdaptiveBandwidth({ ...BW, initial: 102_400, sendAtOnce: 50 }, 0).sendWindow).toBe(50);
    expect(new UnlimitedBandwidth(BW).sendWindow).toBe(30);
  });

  it("lets a class spend lower classes' budget but never a higher one's", () => {
    const bw = new AdaptiveBandwidth({ ...BW, burst: 100 }, 0);
    // Low unreliable holds 100 bytes of budget: a 100-byte packet costs 101.
    expect(bw.trySpend(SendClass.UnreliableLow, 100)).toBe(false);
    expect(bw.trySpend(SendClass.UnreliableLow, 99)).toBe(true);
    // Reliable draws on its own 100 plus the untouched unreliable and high classes: 300 in all.
    expect(bw.trySpend(SendClass.Reliable, 254)).toBe(true);
    expect(bw.trySpend(SendClass.Reliable, 44)).toBe(true);
    expect(bw.trySpend(SendClass.Reliable, 1)).toBe(false);
    // The ack class kept its own budget.
    expect(bw.trySpend(SendClass.Ack, 99)).toBe(true);
    bw.refill(1000); // one second at 5000 B/s, capped at the 100-byte burst per class
    expect(bw.trySpend(SendClass.UnreliableLow, 100)).toBe(false);
    expect(bw.trySpend(SendClass.Reliable, 254)).toBe(true);
  });

  it("charges small packets their length + 1 and big ones a datagram's 28 bytes of overhead", () => {
    expect(packetCost(255)).toBe(256);
    expect(packetCost(256)).toBe(284);
  });
});

describe("bandwidth on a connection", () => {
  it("grows the limit while acks come back, and less when the path loses packets", () => {
    const run = (lossEvery: number) => {
      const l = link({ bandwidth: { initial: 20_000 } }, lossEvery);
      for (let i = 0; i < 300; i++) l.client.sendReliable(Uint8Array.of(6, i & 0xff));
      l.runUntil(() => l.atServer.packets.length === 300 && l.client.reliableBacklog === 0, 120_000);
      expect(l.atServer.packets.map((p) => p[1])).toEqual([...Array(300).keys()].map((i) => i & 0xff));
      return l.client;
    };
    const clean = run(0);
    // 300 acks: limit² grows by about 2·512² per ack.
    expect(clean.bandwidthLimit).toBeCloseTo(Math.sqrt(20_000 ** 2 + 300 * 2 * 512 ** 2), -3);
    const lossy = run(2);
    expect(lossy.stats.retransmits).toBeGreaterThan(100);
    expect(lossy.bandwidthLimit).toBeLessThan(clean.bandwidthLimit - 2_000);
  });

  it("drops droppable unreliable packets, never reliable data, when the link is saturated", () => {
    const l = link({ bandwidth: { initial: 2_500, minimum: 2_500, maximum: 2_500 } });
    const big = new Uint8Array(400).fill(0x0a);
    for (let i = 0; i < 40; i++) l.client.sendReliable(big); // 17 kB: far past the starting bursts
    let positions = 0;
    const done = l.runUntil(() => {
      for (let k = 0; k < 3; k++, positions++) {
        l.client.sendUnreliable(new Uint8Array(30).fill(0x03), UnreliablePriority.Normal, { droppable: true });
      }
      return l.atServer.packets.filter((p) => p[0] === 0x0a).length === 40;
    }, 120_000);
    expect(done).toBe(true);
    const { unreliableSent, drops } = l.client.stats;
    expect(drops[DropReason.Bandwidth]).toBeGreaterThan(positions / 2);
    expect(unreliableSent).toBeGreaterThan(0);
    // Droppable packets are sent or dropped in the pass that sees them, never left queued.
    expect(unreliableSent + drops[DropReason.Bandwidth]).toBe(positions - l.client.unreliableBacklog);
  });

  it("keeps non-droppable unreliable packets queued, in order, until bandwidth frees up", () => {
    const l = link({ bandwidth: { initial: 2_500, minimum: 2_500, maximum: 2_500, burst: 600 } });
    for (let i = 0; i < 20; i++) l.client.sendUnreliable(new Uint8Array(200).fill(i).fill(0x07, 0, 1));
    l.step();
    expect(l.client.unreliableBacklog).toBeGreaterThan(0);
    l.run(5_000);
    expect(l.client.unreliableBacklog).toBe(0);
    expect(l.atServer.packets.map((p) => p[1])).toEqual([...Array(20).keys()]);
    expect(l.atServer.reliableFlags.some((r) => r)).toBe(false);
  });

  it("refuses and counts unreliable packets past maxUnreliableQueue", () => {
    const l = link({ maxUnreliableQueue: 4 });
    const results = [...Array(6)].map(() => l.client.sendUnreliable(Uint8Array.of(0x03)));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, false, false]);
    expect(results[5]!.ok || results[5]!.error.code).toBe("CORE_QUEUE_FULL");
    expect(l.client.stats.drops[DropReason.UnreliableQueueFull]).toBe(2);
  });

  it("sends high-priority unreliable packets first, which may spend the low class's budget", () => {
    const l = link({ bandwidth: { initial: 2_500, minimum: 2_500, maximum: 2_500, burst: 100 } });
    l.client.sendUnreliable(new Uint8Array(60).fill(1).fill(0x07, 0, 1), UnreliablePriority.Low, { droppable: true });
    l.client.sendUnreliable(new Uint8Array(250).fill(2).fill(0x07, 0, 1), UnreliablePriority.High, { droppable: true });
    l.step(0);
    expect(l.atServer.packets.map((p) => p[1])).toEqual([2]);
    expect(l.client.stats.drops[DropReason.Bandwidth]).toBe(1);
  });
});
