/**
 * Mutation strategies over datagrams: the classic byte-level ones (bit flips, interesting
 * values, truncation, extension, insertion, deletion, splicing) and ones that know the core
 * framing (length and sequence fields, wrapping a game packet in reliable / cluster / big-chunk
 * / stream headers), so that mutated bytes get past the framing into the decoders behind it.
 */
import type { Prng } from "./prng.js";

/** Largest datagram a SubSpace peer sends (ASSS `MAXPACKET`, 512); fuzz inputs go a little past it. */
export const WIRE_MAX = 512;

export const Strategy = {
  Random: "random",
  BitFlip: "bitflip",
  ByteSet: "byteset",
  Interesting: "interesting",
  Truncate: "truncate",
  Extend: "extend",
  Insert: "insert",
  Delete: "delete",
  Splice: "splice",
  LengthField: "length_field",
  Wrap: "wrap",
} as const;
export type Strategy = (typeof Strategy)[keyof typeof Strategy];

const INTERESTING_8 = [0x00, 0x01, 0x02, 0x7f, 0x80, 0x81, 0xfe, 0xff];
const INTERESTING_16 = [0x0000, 0x0001, 0x00ff, 0x0100, 0x01ff, 0x0200, 0x0201, 0x7fff, 0x8000, 0xfffe, 0xffff];
const INTERESTING_32 = [
  0x0000_0000, 0x0000_0001, 0x0000_00ff, 0x0000_0200, 0x0000_0201, 0x0000_ffff, 0x0001_0000, 0x0010_0000, 0x0011_0000,
  0x7fff_ffff, 0x8000_0000, 0xffff_fffe, 0xffff_ffff,
];
/** Core types a framing-aware mutation writes (core.md §2): 01..0E, and 10..14 (Continuum). */
const CORE_TYPES = [
  0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x10, 0x11, 0x13,
];

function writeLE(buf: Uint8Array, at: number, value: number, bytes: number): void {
  for (let i = 0; i < bytes && at + i < buf.length; i++) buf[at + i] = (value >>> (8 * i)) & 0xff;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const u32 = (v: number) => {
  const b = new Uint8Array(4);
  writeLE(b, 0, v, 4);
  return b;
};

/** A datagram of random bytes; most are short, and a third look like core packets. */
export function randomDatagram(r: Prng): Uint8Array {
  const roll = r.int(1000);
  const length = roll < 600 ? r.int(24) : roll < 950 ? r.int(WIRE_MAX + 1) : roll < 999 ? r.int(2048) : r.int(9000);
  const buf = r.bytes(length);
  if (length >= 2 && r.chance(0.35)) {
    buf[0] = 0;
    buf[1] = r.pick(CORE_TYPES);
  }
  return buf;
}

/** Wraps a (game or core) packet in one of the core framings, with plausible header values. */
export function wrap(r: Prng, inner: Uint8Array, seq = r.int(64)): Uint8Array {
  switch (r.int(5)) {
    case 0:
      return concat(Uint8Array.of(0, 0x03), u32(seq), inner);
    case 1: {
      // A cluster of the packet and a few copies or pieces of it: length byte, then the item.
      const items: Uint8Array[] = [];
      for (let n = 1 + r.int(4); n > 0; n--) {
        const item = r.chance(0.7) ? inner : inner.subarray(0, r.int(inner.length + 1));
        items.push(Uint8Array.of(Math.min(255, item.length)), item.subarray(0, 255));
      }
      return concat(Uint8Array.of(0, 0x0e), ...items);
    }
    case 2:
      return concat(Uint8Array.of(0, r.chance(0.5) ? 0x08 : 0x09), inner);
    case 3:
      return concat(Uint8Array.of(0, 0x0a), u32(r.chance(0.5) ? inner.length : r.pick(INTERESTING_32)), inner);
    default:
      // A reliable packet inside a cluster inside a reliable packet.
      return concat(
        Uint8Array.of(0, 0x03),
        u32(seq),
        Uint8Array.of(0, 0x0e, Math.min(255, inner.length + 6), 0, 0x03),
        u32(seq + 1),
        inner,
      );
  }
}

/**
 * Applies 1–4 mutations to a copy of `seed` (`other` is spliced in where a strategy needs a
 * second input). Returns the datagram and the first strategy used, for the per-strategy count.
 */
export function mutate(r: Prng, seed: Uint8Array, other: Uint8Array): { data: Uint8Array; strategy: Strategy } {
  let buf: Uint8Array = seed.slice();
  let first: Strategy | undefined;
  for (let k = 1 + r.int(4); k > 0; k--) {
    const s = pickStrategy(r);
    first ??= s;
    buf = apply(r, s, buf, other);
  }
  return { data: buf, strategy: first ?? Strategy.BitFlip };
}

function pickStrategy(r: Prng): Strategy {
  const roll = r.int(100);
  if (roll < 18) return Strategy.BitFlip;
  if (roll < 28) return Strategy.ByteSet;
  if (roll < 42) return Strategy.Interesting;
  if (roll < 52) return Strategy.Truncate;
  if (roll < 60) return Strategy.Extend;
  if (roll < 66) return Strategy.Insert;
  if (roll < 72) return Strategy.Delete;
  if (roll < 80) return Strategy.Splice;
  if (roll < 92) return Strategy.LengthField;
  return Strategy.Wrap;
}

function apply(r: Prng, s: Strategy, buf: Uint8Array, other: Uint8Array): Uint8Array {
  const at = buf.length === 0 ? 0 : r.int(buf.length);
  switch (s) {
    case Strategy.BitFlip:
      for (let n = 1 + r.int(3); n > 0 && buf.length > 0; n--) buf[r.int(buf.length)]! ^= 1 << r.int(8);
      return buf;
    case Strategy.ByteSet:
      if (buf.length > 0) buf[at] = r.int(256);
      return buf;
    case Strategy.Interesting: {
      const width = r.pick([1, 2, 4]);
      const value = width === 1 ? r.pick(INTERESTING_8) : width === 2 ? r.pick(INTERESTING_16) : r.pick(INTERESTING_32);
      writeLE(buf, at, value, width);
      return buf;
    }
    case Strategy.Truncate:
      return buf.slice(0, r.int(buf.length + 1));
    case Strategy.Extend: {
      const tail = r.chance(0.5) ? r.bytes(1 + r.int(32)) : new Uint8Array(1 + r.int(WIRE_MAX)).fill(r.int(256));
      return concat(buf, tail);
    }
    case Strategy.Insert:
      return concat(buf.subarray(0, at), r.bytes(1 + r.int(8)), buf.subarray(at));
    case Strategy.Delete:
      return concat(buf.subarray(0, at), buf.subarray(Math.min(buf.length, at + 1 + r.int(8))));
    case Strategy.Splice:
      return concat(buf.subarray(0, at), other.subarray(other.length === 0 ? 0 : r.int(other.length)));
    case Strategy.LengthField:
      return lengthField(r, buf);
    default:
      return wrap(r, buf);
  }
}

/**
 * Rewrites a field the core reads as a length, count or sequence number: a reliable packet's
 * sequence, a stream's total size, a cluster item's length byte — or, for a game packet, a
 * 16/32-bit field near the start — with a boundary value.
 */
function lengthField(r: Prng, buf: Uint8Array): Uint8Array {
  if (buf.length >= 6 && buf[0] === 0 && (buf[1] === 0x03 || buf[1] === 0x0a || buf[1] === 0x04)) {
    const near = [buf.length, buf.length - 6, buf.length + 1, 1 << 20, 1 << 24];
    writeLE(buf, 2, r.chance(0.5) ? r.pick(INTERESTING_32) : r.pick(near), 4);
    return buf;
  }
  if (buf.length >= 3 && buf[0] === 0 && buf[1] === 0x0e) {
    // Walk the items and corrupt one length byte.
    const lengths: number[] = [];
    for (let i = 2; i < buf.length; i += 1 + buf[i]!) lengths.push(i);
    const at = r.pick(lengths);
    buf[at] = r.pick([0, 1, 2, 255, buf.length - at, buf.length - at - 1, buf[at]! + 1]) & 0xff;
    return buf;
  }
  if (buf.length >= 3) writeLE(buf, 1 + r.int(Math.min(8, buf.length - 1)), r.pick(INTERESTING_16), 2);
  return buf;
}
