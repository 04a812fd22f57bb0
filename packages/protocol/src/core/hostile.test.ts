import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clientKeyExchange, NULL_SCHEME, VIE_SCHEME } from "../crypto/index.js";
import { MAX_NESTING } from "./constants.js";
import { Loopback } from "./loopback.js";
import { encodeCluster } from "./packets/cluster.js";
import { encodeReliable } from "./packets/reliable.js";
import { DropReason, totalDrops } from "./stats.js";

function server(responder = NULL_SCHEME) {
  const l = new Loopback({ responder, keyExchange: clientKeyExchange({ clientKey: -42 }) });
  l.runUntil(() => l.client.state === "open");
  return l;
}

/**
 * Datagrams shaped like core traffic (right prefixes, wrong everything else) plus plain noise.
 * `00 07` is left out on purpose: it legitimately ends the connection under test.
 */
const hostileDatagram = fc.oneof(
  fc.uint8Array({ minLength: 0, maxLength: 700 }),
  fc
    .tuple(
      fc.constantFrom(0x03, 0x04, 0x05, 0x06, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0e),
      fc.uint8Array({ maxLength: 520 }),
    )
    .map(([t, body]) => Uint8Array.of(0, t, ...body)),
  fc.array(fc.uint8Array({ minLength: 1, maxLength: 60 }), { minLength: 1, maxLength: 8 }).map(encodeCluster),
);

describe("a connection fed hostile datagrams", () => {
  it("never throws and accounts for what it drops; only a genuine 00 07 closes it", () => {
    for (const responder of [NULL_SCHEME, VIE_SCHEME]) {
      let l = server(responder);
      let datagrams = 0;
      let accounted = 0;
      fc.assert(
        fc.property(hostileDatagram, (d) => {
          const s = l.serverEnd;
          s.receive(d, l.now);
          datagrams++;
          if (!s.poll(l.now).every((out) => out.length <= 512)) return false;
          if (s.state === "open") return true;
          // Noise does contain `00 07` now and then, bare or inside a cluster or reliable.
          accounted += totalDrops(s.stats) + s.stats.packetsDelivered;
          l = server(responder);
          return s.closeReason === "remote";
        }),
        { numRuns: 2500 },
      );
      accounted += totalDrops(l.serverEnd.stats) + l.serverEnd.stats.packetsDelivered;
      expect(datagrams).toBeGreaterThanOrEqual(2500);
      expect(accounted).toBeGreaterThan(datagrams / 2);
    }
  });

  it("counts oversized datagrams among the drops", () => {
    const l = server();
    l.serverEnd.receive(new Uint8Array(700), l.now);
    l.serverEnd.receive(new Uint8Array(0), l.now);
    expect(l.serverEnd.stats.drops[DropReason.BadDatagramSize]).toBe(2);
  });

  it("delivers a replayed reliable packet once, acking every replay", () => {
    const l = server();
    const d = encodeReliable(0, Uint8Array.of(0x09, 1, 2, 3));
    for (let i = 0; i < 100; i++) l.serverEnd.receive(d.slice(), l.now);
    expect(l.atServer.packets).toHaveLength(1);
    expect(l.serverEnd.stats.drops[DropReason.Duplicate]).toBe(99);
    l.step();
    expect(l.serverEnd.stats.acksSent).toBe(100);
  });

  it("bounds the ack queue when a peer floods reliables faster than it is polled", () => {
    const l = server();
    const d = encodeReliable(0, Uint8Array.of(0x09));
    for (let i = 0; i < 1000; i++) l.serverEnd.receive(d.slice(), l.now);
    expect(l.serverEnd.stats.drops[DropReason.AckQueueFull]).toBe(1000 - 256);
  });

  it("refuses clusters nested past MAX_NESTING and 00 03 inside 00 03", () => {
    const l = server();
    let p: Uint8Array = Uint8Array.of(0x09, 7);
    for (let i = 0; i < MAX_NESTING + 2; i++) p = encodeCluster([p, Uint8Array.of(0, 0x0d)]);
    l.serverEnd.receive(p, l.now);
    l.serverEnd.receive(encodeReliable(0, encodeReliable(1, Uint8Array.of(0x09))), l.now);
    expect(l.serverEnd.stats.drops[DropReason.TooDeep]).toBe(2);
    expect(l.atServer.packets).toHaveLength(0);
  });

  it("drops datagrams over 520 bytes and game types 0x40 and up", () => {
    const l = server();
    l.serverEnd.receive(new Uint8Array(521).fill(6), l.now);
    l.serverEnd.receive(Uint8Array.of(0x40, 1), l.now);
    l.serverEnd.receive(new Uint8Array(520).fill(6), l.now);
    expect(l.serverEnd.stats.drops[DropReason.BadDatagramSize]).toBe(1);
    expect(l.serverEnd.stats.drops[DropReason.BadGameType]).toBe(1);
    expect(l.atServer.packets.map((p) => p.length)).toEqual([520]);
  });

  it("ignores acks for packets it never sent", () => {
    const l = server();
    l.serverEnd.sendReliable(Uint8Array.of(0x27));
    const ack = (seq: number) => Uint8Array.of(0, 4, seq, 0, 0, 0);
    for (const seq of [5, 1, 200]) l.serverEnd.receive(ack(seq), l.now); // seq 0 was queued, not sent
    l.serverEnd.receive(ack(0), l.now);
    expect(l.serverEnd.stats.drops[DropReason.UnknownAck]).toBe(4);
    expect(l.serverEnd.reliableBacklog).toBe(1);
  });
});
