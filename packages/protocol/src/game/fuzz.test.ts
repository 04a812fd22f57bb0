import { expect, it } from "vitest";
import { decodeC2S, encodeC2S } from "./c2s/index.js";
import { createC2SPosition, decodeC2SPositionInto } from "./c2s/position.js";
import type { DecodeResult } from "./codec.js";
import { GameErrorCode } from "./errors.js";
import { C2SType, S2CType } from "./packet-types.js";
import { decodeS2C, encodeS2C } from "./s2c/index.js";
import { KNOWN_C2S } from "./testing/c2s-known.js";
import { bytesOf, hexOf, SESSION_PACKETS } from "./testing/known-bytes.js";
import { KNOWN_S2C } from "./testing/s2c-known.js";

// ZB_FUZZ_ITERATIONS=5000000 for a long run; ZB_FUZZ_SEED to replay another sequence.
const ITERATIONS = Number(process.env.ZB_FUZZ_ITERATIONS ?? 200_000);
const SEED = Number(process.env.ZB_FUZZ_SEED ?? 0x5eed1e55);
/** Generous: about 10 µs per iteration on this machine, so a slow, shared box still finishes. */
const TIMEOUT_MS = Math.max(10_000, ITERATIONS * 0.1);

/** xorshift32: fast, seedable, good enough to pick bytes. */
function rng(seed: number): (n: number) => number {
  let x = seed >>> 0 || 1;
  return (n) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

const CORPUS = [
  ...KNOWN_C2S.map((k) => bytesOf(k.hex)),
  ...KNOWN_S2C.map((k) => bytesOf(k.hex)),
  ...SESSION_PACKETS.map((p) => bytesOf(p.hex)),
];
const TYPES = [...new Set<number>([...Object.values(C2SType), ...Object.values(S2CType)])];
const INTERESTING = [0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff];

function randomPacket(pick: (n: number) => number): Uint8Array {
  const roll = pick(100);
  const length = roll < 70 ? pick(41) : roll < 97 ? pick(601) : 1400 + pick(60);
  const buf = new Uint8Array(length);
  for (let i = 0; i < length; i++) buf[i] = pick(256);
  if (length > 0 && pick(10) < 9) buf[0] = TYPES[pick(TYPES.length)]!;
  return buf;
}

function mutate(pick: (n: number) => number, seed: Uint8Array): Uint8Array {
  let buf = seed.slice();
  for (let k = 1 + pick(3); k > 0; k--) {
    const at = buf.length === 0 ? 0 : pick(buf.length);
    switch (pick(7)) {
      case 0:
        if (buf.length) buf[at]! ^= 1 << pick(8);
        break;
      case 1:
        if (buf.length) buf[at] = pick(256);
        break;
      case 2:
        if (buf.length) buf[at] = INTERESTING[pick(INTERESTING.length)]!;
        break;
      case 3:
        buf = buf.slice(0, pick(buf.length + 1));
        break;
      case 4: {
        const grown = new Uint8Array(buf.length + 1 + pick(16));
        grown.set(buf);
        for (let i = buf.length; i < grown.length; i++) grown[i] = pick(256);
        buf = grown;
        break;
      }
      case 5:
        buf = Uint8Array.from([...buf.subarray(0, at), pick(256), ...buf.subarray(at)]);
        break;
      default:
        buf = Uint8Array.from([...buf.subarray(0, at), ...buf.subarray(at + 1)]);
    }
  }
  return buf;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface Tally {
  ok: number;
  codes: Map<string, number>;
}

/** Decodes; an accepted packet must re-encode, and re-encoding its re-decoding must be stable. */
function exercise<P extends { type: number }>(
  buf: Uint8Array,
  decode: (b: Uint8Array) => DecodeResult<P>,
  encode: (p: P) => Uint8Array,
  tally: Tally,
): void {
  const r = decode(buf);
  if (!r.ok) {
    tally.codes.set(r.error.code, (tally.codes.get(r.error.code) ?? 0) + 1);
    return;
  }
  tally.ok++;
  const once = encode(r.packet);
  const again = decode(once);
  if (!again.ok) throw new Error(`re-encoded packet rejected: ${again.error.message}`);
  if (!sameBytes(encode(again.packet), once)) throw new Error("re-encoding is not stable");
}

it(
  `survives ${ITERATIONS} random and mutated packets: no throw, every accepted packet re-encodes`,
  () => {
    const pick = rng(SEED);
    const tally: Tally = { ok: 0, codes: new Map() };
    const scratch = createC2SPosition();
    for (let i = 0; i < ITERATIONS; i++) {
      const buf = pick(10) < 3 ? randomPacket(pick) : mutate(pick, CORPUS[pick(CORPUS.length)]!);
      try {
        exercise(buf, decodeC2S, encodeC2S, tally);
        exercise(buf, decodeS2C, encodeS2C, tally);
        if (buf[0] === C2SType.Position) decodeC2SPositionInto(buf, scratch);
      } catch (e) {
        throw new Error(`iteration ${i} (seed ${SEED}), input ${hexOf(buf)}: ${String(e)}`);
      }
    }
    expect(tally.ok).toBeGreaterThan(ITERATIONS / 10);
    if (ITERATIONS >= 50_000) expect([...tally.codes.keys()].sort()).toEqual(Object.values(GameErrorCode).sort());
  },
  TIMEOUT_MS,
);
