import { describe, expect, it } from "vitest";
import { C2SCodecs, type C2SPacket, decodeC2S, encodeC2S } from "./c2s/index.js";
import { createC2SPosition, decodeC2SPositionInto } from "./c2s/position.js";
import type { DecodeResult, PacketCodec } from "./codec.js";
import type { FieldSpec } from "./dsl/spec.js";
import { GameErrorCode } from "./errors.js";
import { decodeS2C, encodeS2C, S2CCodecs, type S2CPacket } from "./s2c/index.js";
import { KNOWN_C2S } from "./testing/c2s-known.js";
import { bytesOf, hexOf, observed, SESSION_PACKETS } from "./testing/known-bytes.js";
import { KNOWN_S2C } from "./testing/s2c-known.js";

const CODES = new Set<string>(Object.values(GameErrorCode));
const C2S_CODECS: readonly PacketCodec<C2SPacket>[] = Object.values(C2SCodecs);
const S2C_CODECS: readonly PacketCodec<S2CPacket>[] = Object.values(S2CCodecs);

function isFixed(spec: FieldSpec): boolean {
  switch (spec.kind) {
    case "array":
      return isFixed(spec.of);
    case "struct":
      return spec.fields.every(([, f]) => isFixed(f));
    case "opt":
    case "list":
    case "rest":
    case "cstr":
    case "text":
      return false;
    default:
      return true;
  }
}

/** True when the codec accepts exactly one length (every field fixed, nothing optional). */
function fixedLength<P extends { type: number }>(codec: PacketCodec<P> | undefined): boolean {
  return (
    codec !== undefined && "fields" in codec && Array.isArray(codec.fields) && codec.fields.every(([, f]) => isFixed(f))
  );
}

/** The bytes placed in a larger buffer whose tail is `filler`, as a view of exactly those bytes. */
function inside(bytes: Uint8Array, filler: number): Uint8Array {
  const big = new Uint8Array(bytes.length + 64).fill(filler);
  big.set(bytes);
  return big.subarray(0, bytes.length);
}

function checkPrefixes<P extends { type: number }>(
  full: Uint8Array,
  decode: (b: Uint8Array) => DecodeResult<P>,
  encode: (p: P) => Uint8Array,
  fixed: boolean,
): void {
  for (let n = 0; n < full.length; n++) {
    const prefix = full.subarray(0, n);
    const a = decode(inside(prefix, 0x00));
    // A decoder that read past the end would see the different filler.
    expect(decode(inside(prefix, 0xff))).toEqual(a);
    if (a.ok) expect(decode(encode(a.packet))).toEqual(a);
    else expect(CODES.has(a.error.code)).toBe(true);
    if (fixed && n > 0) expect(a.ok ? "ok" : a.error.code, `prefix of ${n} bytes`).toBe("TRUNCATED");
  }
}

const c2sCases = [...KNOWN_C2S.map((k) => k.hex), ...SESSION_PACKETS.filter((p) => p.dir === "c2s").map((p) => p.hex)];
const s2cCases = [...KNOWN_S2C.map((k) => k.hex), ...SESSION_PACKETS.filter((p) => p.dir === "s2c").map((p) => p.hex)];
const label = (hex: string) => [
  `${hex.replace(/\s+/g, "").slice(0, 24)}… (${hex.replace(/\s+/g, "").length / 2} bytes)`,
  hex,
];

describe("truncated packets", () => {
  it.each(c2sCases.map(label))("every prefix of C2S %s is rejected or decodes consistently", (_, hex) => {
    const full = bytesOf(hex);
    checkPrefixes(full, decodeC2S, encodeC2S, fixedLength(C2S_CODECS.find((c) => c.type === full[0])));
  });

  it.each(s2cCases.map(label))("every prefix of S2C %s is rejected or decodes consistently", (_, hex) => {
    const full = bytesOf(hex);
    checkPrefixes(full, decodeS2C, encodeS2C, fixedLength(S2C_CODECS.find((c) => c.type === full[0])));
  });

  it("rejects every prefix of a position in the hot-path decoder as TRUNCATED", () => {
    const full = bytesOf(observed("c2s", 0x03));
    const out = createC2SPosition();
    for (let n = 0; n < full.length; n++) expect(decodeC2SPositionInto(full.subarray(0, n), out)).toBe("TRUNCATED");
  });

  it("rejects one byte more than a fixed-size packet as BAD_LENGTH", () => {
    const checked = countOverlong(KNOWN_C2S, decodeC2S, C2S_CODECS) + countOverlong(KNOWN_S2C, decodeS2C, S2C_CODECS);
    expect(checked).toBeGreaterThan(50);
  });
});

/** Appends a byte to every fixed-size known packet, expects BAD_LENGTH; returns how many. */
function countOverlong<P extends { type: number }>(
  known: readonly { hex: string }[],
  decode: (b: Uint8Array) => DecodeResult<P>,
  codecs: readonly PacketCodec<P>[],
): number {
  let checked = 0;
  for (const k of known) {
    const full = bytesOf(k.hex);
    if (!fixedLength(codecs.find((c) => c.type === full[0]))) continue;
    const longer = new Uint8Array(full.length + 1);
    longer.set(full);
    const r = decode(longer);
    expect(r.ok ? "ok" : r.error.code, hexOf(full)).toBe("BAD_LENGTH");
    checked++;
  }
  return checked;
}
