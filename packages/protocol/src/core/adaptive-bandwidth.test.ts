import { describe, expect, it } from "vitest";
import { clientKeyExchange, NULL_SCHEME } from "../crypto/index.js";
import type { BandwidthConfig } from "./config.js";
import { Loopback } from "./loopback.js";
import { seededRandom } from "./seeded-random.test-support.js";
import { DropReason } from "./stats.js";
import { UnreliablePriority } from "./unreliable-queue.js";

/** A 24-byte droppable packet, like a relayed position; 8 per 10 ms is 20 kB/s with cluster costs. */
const POSITION = new Uint8Array(24).fill(0x28);
const PER_STEP = 8;

/** What the network does to each datagram, switchable mid-test. */
interface Path {
  s2cLoss: number;
  c2sOpen: boolean;
}

function arena(bandwidth: Partial<BandwidthConfig> = {}, syncIntervalMs = 5_000) {
  const path: Path = { s2cLoss: 0, c2sOpen: true };
  const random = seededRandom(7);
  const l = new Loopback({
    responder: NULL_SCHEME,
    keyExchange: clientKeyExchange({ clientKey: 9 }),
    clientConfig: { syncIntervalMs },
    serverConfig: { bandwidth },
    deliver: (_d, dir) => (dir === "c2s" ? path.c2sOpen : !(path.s2cLoss > 0 && random() < path.s2cLoss)),
  });
  l.runUntil(() => l.client.state === "open" && l.server !== undefined);
  return { l, path };
}

/**
 * Plays `ms` of an arena: the client sends a position every 100 ms, the server relays 20 kB/s
 * of droppable positions and, if asked, a reliable packet every `reliableEveryMs`. Returns the
 * positions the client received and the server dropped for bandwidth in that time.
 */
function play(l: Loopback, ms: number, reliableEveryMs = 0) {
  const server = l.serverEnd;
  const received = l.atClient.packets.length;
  const dropped = server.stats.drops[DropReason.Bandwidth];
  for (let t = 0; t < ms; t += 10) {
    if (t % 100 === 0) l.client.sendUnreliable(Uint8Array.of(0x03, 1, 2, 3));
    for (let k = 0; k < PER_STEP; k++) server.sendUnreliable(POSITION, UnreliablePriority.Normal, { droppable: true });
    if (reliableEveryMs > 0 && t % reliableEveryMs === 0) server.sendReliable(Uint8Array.of(0x07, 0, 1, 2));
    l.step(10);
  }
  const positions = l.atClient.packets.slice(received).filter((p) => p[0] === 0x28).length;
  return { positions, dropped: server.stats.drops[DropReason.Bandwidth] - dropped, due: (ms / 10) * PER_STEP };
}

describe("bandwidth that adapts upward", () => {
  it("raises the limit until a peer that keeps up gets every droppable packet, with no reliable traffic", () => {
    const { l } = arena();
    play(l, 4_000);
    const limit = l.serverEnd.bandwidthLimit;
    // 20 kB/s through the unreliable classes' 60 % share needs about 33 kB/s.
    expect(limit).toBeGreaterThan(33_000);
    expect(limit).toBeLessThan(60_000);
    const after = play(l, 2_000);
    expect(after.dropped).toBe(0);
    expect(after.positions).toBe(after.due);
  });

  it("keeps ASSS's fixed limit, dropping most of them, when the raise is off", () => {
    const { l } = arena({ growIntervalMs: 0 });
    play(l, 4_000);
    const after = play(l, 2_000);
    expect(l.serverEnd.bandwidthLimit).toBe(5_000);
    expect(after.dropped).toBeGreaterThan(after.due / 2);
  });

  it("falls back to ASSS's estimate when reliable packets start needing retransmission", () => {
    const { l, path } = arena();
    play(l, 4_000, 100);
    const grown = l.serverEnd.bandwidthLimit;
    expect(grown).toBeGreaterThan(33_000);
    path.s2cLoss = 0.3;
    play(l, 3_000, 100);
    expect(l.serverEnd.stats.retransmits).toBeGreaterThan(5);
    expect(l.serverEnd.bandwidthLimit).toBeLessThan(grown / 3);
    expect(l.serverEnd.bandwidthLimit).toBeGreaterThanOrEqual(5_000 * 0.9);
  });

  it("cuts the raise on losses the client reports in its 00 05, when nothing is reliable", () => {
    const { l, path } = arena({}, 500);
    play(l, 4_000);
    const grown = l.serverEnd.bandwidthLimit;
    path.s2cLoss = 0.3;
    play(l, 3_000);
    expect(l.serverEnd.stats.retransmits).toBe(0);
    expect(l.serverEnd.stats.reportedLossPercent).toBeGreaterThan(20);
    expect(l.serverEnd.bandwidthLimit).toBeLessThan(grown / 3);
  });

  it("ignores the reports when reportedLossPercent is 0", () => {
    const { l, path } = arena({ reportedLossPercent: 0 }, 500);
    play(l, 4_000);
    path.s2cLoss = 0.3;
    play(l, 3_000);
    expect(l.serverEnd.bandwidthLimit).toBeGreaterThan(33_000);
  });

  it("does not raise the limit towards a peer that has gone silent", () => {
    const { l, path } = arena();
    path.c2sOpen = false;
    const silent = play(l, 3_000);
    expect(l.serverEnd.bandwidthLimit).toBe(5_000);
    expect(silent.dropped).toBeGreaterThan(silent.due / 2);
  });

  it("never raises past maximum", () => {
    const { l } = arena({ maximum: 12_000 });
    play(l, 4_000);
    expect(l.serverEnd.bandwidthLimit).toBe(12_000);
  });
});
