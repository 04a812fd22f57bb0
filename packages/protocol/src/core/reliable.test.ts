import { describe, expect, it } from "vitest";
import { clientKeyExchange, NULL_SCHEME, VIE_SCHEME } from "../crypto/index.js";
import { INCOMING_WINDOW } from "./constants.js";
import { Loopback, type LoopbackOptions } from "./loopback.js";
import { CoreType } from "./packets/core-type.js";
import { decodeAck, encodeReliable } from "./packets/reliable.js";
import { DropReason } from "./stats.js";

const vie = (o: Partial<LoopbackOptions> = {}) =>
  new Loopback({ responder: VIE_SCHEME, keyExchange: clientKeyExchange({ clientKey: -0x12345678 }), ...o });
/** Unencrypted, so tests can write raw packets into either end. */
const plain = (o: Partial<LoopbackOptions> = {}) => vie({ responder: NULL_SCHEME, ...o });

/** A game packet of `len` bytes whose body encodes `n`. */
function game(n: number, len = 8): Uint8Array {
  const p = new Uint8Array(len).fill(n & 0xff);
  p[0] = 0x06;
  new DataView(p.buffer).setUint32(1, n, true);
  return p;
}
const idOf = (p: Uint8Array) => new DataView(p.buffer, p.byteOffset).getUint32(1, true);

function connected(l: Loopback) {
  expect(l.runUntil(() => l.client.state === "open" && l.server !== undefined, 1_000)).toBe(true);
  return l;
}

describe("reliable delivery", () => {
  it("delivers reliable packets in order, exactly once, both ways over VIE", () => {
    const l = connected(vie());
    for (let i = 0; i < 100; i++) {
      expect(l.client.sendReliable(game(i)).ok).toBe(true);
      expect(l.serverEnd.sendReliable(game(1000 + i)).ok).toBe(true);
    }
    expect(l.runUntil(() => l.atServer.packets.length === 100 && l.atClient.packets.length === 100, 10_000)).toBe(true);
    expect(l.atServer.packets.map(idOf)).toEqual([...Array(100).keys()]);
    expect(l.atClient.packets.map(idOf)).toEqual([...Array(100).keys()].map((i) => 1000 + i));
    expect(l.atServer.reliableFlags.every((r) => r)).toBe(true);
    l.run(500);
    expect(l.client.reliableBacklog).toBe(0);
    expect(l.serverEnd.reliableBacklog).toBe(0);
  });

  it("numbers reliable packets from 0 and acks each one with 00 04", () => {
    const l = connected(plain());
    l.recordWire = true;
    l.serverEnd.sendReliable(game(1));
    l.serverEnd.sendReliable(game(2, 300));
    l.run(100);
    const s2c = l.wire.filter((w) => w.direction === "s2c").flatMap((w) => clusterItems(w.bytes));
    const c2s = l.wire.filter((w) => w.direction === "c2s").flatMap((w) => clusterItems(w.bytes));
    const seqOf = (p: Uint8Array) => new DataView(p.buffer, p.byteOffset).getInt32(2, true);
    expect(s2c.filter((p) => p[1] === CoreType.Reliable).map(seqOf)).toEqual([1, 0]);
    expect(
      c2s
        .filter((p) => p[1] === CoreType.Ack)
        .map(seqOf)
        .sort(),
    ).toEqual([0, 1]);
    expect(l.atClient.packets.map(idOf)).toEqual([1, 2]);
    expect(l.serverEnd.reliableBacklog).toBe(0);
  });

  it("delivers out-of-order arrivals in sequence and acks duplicates again", () => {
    const l = connected(plain());
    const server = l.serverEnd;
    server.receive(encodeReliable(2, game(2)), l.now);
    server.receive(encodeReliable(1, game(1)), l.now);
    expect(l.atServer.packets).toHaveLength(0);
    server.receive(encodeReliable(0, game(0)), l.now);
    server.receive(encodeReliable(1, game(1)), l.now);
    expect(l.atServer.packets.map(idOf)).toEqual([0, 1, 2]);
    expect(server.stats.drops[DropReason.Duplicate]).toBe(1);
    const acks = server
      .poll(l.now + 10)
      .flatMap(clusterItems)
      .map((p) => decodeAck(p));
    expect(acks.map((a) => (a.ok ? a.value.seq : -1))).toEqual([2, 1, 0, 1]);
  });

  it("drops sequence numbers 32 or more ahead, and negative ones, without an ack", () => {
    const l = connected(plain());
    const server = l.serverEnd;
    server.receive(encodeReliable(INCOMING_WINDOW, game(32)), l.now);
    server.receive(encodeReliable(-1, game(9)), l.now);
    server.receive(encodeReliable(INCOMING_WINDOW - 1, game(31)), l.now);
    expect(server.stats.drops[DropReason.OutOfWindow]).toBe(2);
    const acks = server.poll(l.now + 10).flatMap(clusterItems);
    expect(acks).toHaveLength(1);
    expect(decodeAck(acks[0]!)).toEqual({ ok: true, value: { seq: INCOMING_WINDOW - 1 } });
    expect(l.atServer.packets).toHaveLength(0);
  });
});

/** The packets of a datagram: its cluster items, or itself. */
function clusterItems(d: Uint8Array): Uint8Array[] {
  if (d[0] !== 0 || d[1] !== CoreType.Cluster) return [d];
  const out: Uint8Array[] = [];
  for (let off = 2; off < d.length; off += 1 + d[off]!) out.push(d.subarray(off + 1, off + 1 + d[off]!));
  return out;
}
