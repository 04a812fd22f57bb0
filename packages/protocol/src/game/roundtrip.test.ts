import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { C2SCodecs, type C2SPacket, decodeC2S, encodeC2S, encodeC2SInto } from "./c2s/index.js";
import type { C2SPosition } from "./c2s/position.js";
import type { PacketCodec } from "./codec.js";
import type { FieldSpec } from "./dsl/spec.js";
import type { ExtraLength, ExtraPositionData } from "./extra-position.js";
import { s2cMapInfoContinuum, s2cMapInfoVie } from "./s2c/files.js";
import { decodeS2C, encodeS2C, encodeS2CInto, S2CCodecs, type S2CPacket } from "./s2c/index.js";
import type { S2CPosition, S2CWeapon } from "./s2c/position.js";
import { decodeGameText } from "./text.js";

const int = (bytes: number, signed: boolean) =>
  signed
    ? fc.integer({ min: -(2 ** (bytes * 8 - 1)), max: 2 ** (bytes * 8 - 1) - 1 })
    : fc.integer({ min: 0, max: 2 ** (bytes * 8) - 1 });

/** Text the game can carry: any code-page character but NUL, at most `max` of them. */
const gameText = (max: number) =>
  fc
    .array(fc.integer({ min: 1, max: 255 }), { maxLength: max })
    .map((b) => decodeGameText(Uint8Array.from(b), 0, b.length));

/**
 * `n` arbitrary bytes. Long fixed fields (the 1427-byte settings body) draw a seed and fill
 * from it, which exercises the codec as well and costs far less than one draw per byte.
 */
function byteArray(n: number): fc.Arbitrary<Uint8Array> {
  if (n <= 32) return fc.uint8Array({ minLength: n, maxLength: n });
  return fc.tuple(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.nat()).map(([head, seed]) => {
    const out = new Uint8Array(n);
    let x = seed | 1;
    for (let i = 0; i < n; i++) {
      x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) ^ (x >>> 12);
      out[i] = i < head.length ? head[i]! : x;
    }
    return out;
  });
}

const speed14 = fc.integer({ min: -8192, max: 8191 });
const batched = {
  time: fc.nat(1023),
  rotation: fc.nat(63),
  x: fc.nat(16383),
  y: fc.nat(16383),
  xSpeed: speed14,
  ySpeed: speed14,
};
const CUSTOM: Record<string, fc.Arbitrary<unknown>> = {
  batchedPosition: fc.record({ playerId: fc.nat(255), ...batched }),
  batchedLargePosition: fc.record({ playerId: fc.nat(1023), status: fc.nat(63), ...batched }),
};

function fieldArbitrary(spec: FieldSpec): fc.Arbitrary<unknown> {
  switch (spec.kind) {
    case "int":
      return int(spec.bytes, spec.signed);
    case "enum":
      return fc.constantFrom(...spec.values);
    case "str":
      return gameText(spec.bytes);
    case "cstr":
    case "text":
      return gameText(spec.max - 1);
    case "bytes":
      return byteArray(spec.bytes);
    case "rest":
      return fc.uint8Array({ minLength: spec.min, maxLength: Math.min(spec.max, spec.min + 64) });
    case "ipv4":
      return fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((o) => o.join("."));
    case "bits":
      return fc.record(Object.fromEntries(spec.parts.map(([name, width]) => [name, fc.nat(2 ** width - 1)])));
    case "opt":
      return fc.option(fieldArbitrary(spec.of), { nil: undefined });
    case "array":
      return fc.array(fieldArbitrary(spec.of), { minLength: spec.count, maxLength: spec.count });
    case "list":
      return fc.array(fieldArbitrary(spec.of), { minLength: spec.min, maxLength: Math.min(spec.max, 6) });
    case "struct":
      return recordArbitrary(spec.fields);
    case "custom":
      return CUSTOM[spec.name] ?? fc.constant(undefined);
    case "pad":
    case "const":
      return fc.constant(undefined);
  }
}

function recordArbitrary(fields: readonly (readonly [string, FieldSpec])[]): fc.Arbitrary<Record<string, unknown>> {
  const valued = fields.filter(([, s]) => s.kind !== "pad" && s.kind !== "const");
  return fc.record(Object.fromEntries(valued.map(([name, s]) => [name, fieldArbitrary(s)])));
}

const extraArb = (length: ExtraLength): fc.Arbitrary<ExtraPositionData> =>
  fc.record({
    energy: length === 0 ? fc.constant(0) : fc.nat(0xffff),
    s2cLag: length === 10 ? fc.nat(0xffff) : fc.constant(0),
    timer: length === 10 ? fc.nat(0xffff) : fc.constant(0),
    items: length === 10 ? fc.nat(0xffffffff) : fc.constant(0),
  });

const common = { rotation: int(1, true), x: int(2, true), y: int(2, true), xSpeed: int(2, true), ySpeed: int(2, true) };

const c2sPositionArb: fc.Arbitrary<C2SPosition> = fc.constantFrom<0 | 10>(0, 10).chain((extraLength) =>
  fc.record({
    type: fc.constant(0x03 as const),
    ...common,
    time: int(4, false),
    status: int(1, false),
    bounty: int(2, false),
    energy: int(2, true),
    weapon: int(2, false),
    extraLength: fc.constant(extraLength),
    extra: extraArb(extraLength),
  }),
);

const s2cExtraLength = fc.constantFrom<ExtraLength>(0, 2, 10);
const s2cPositionArb: fc.Arbitrary<S2CPosition> = s2cExtraLength.chain((extraLength) =>
  fc.record({
    type: fc.constant(0x28 as const),
    ...common,
    time: int(2, false),
    latency: int(1, false),
    bounty: int(1, false),
    playerId: int(1, false),
    status: int(1, false),
    extraLength: fc.constant(extraLength),
    extra: extraArb(extraLength),
  }),
);

const s2cWeaponArb: fc.Arbitrary<S2CWeapon> = s2cExtraLength.chain((extraLength) =>
  fc.record({
    type: fc.constant(0x05 as const),
    ...common,
    time: int(2, false),
    playerId: int(2, false),
    status: int(1, false),
    latency: int(1, false),
    bounty: int(2, false),
    weapon: int(2, false),
    extraLength: fc.constant(extraLength),
    extra: extraArb(extraLength),
  }),
);

const HAND_WRITTEN: Record<number, Record<number, fc.Arbitrary<unknown>>> = {
  0: { 3: c2sPositionArb },
  1: {
    40: s2cPositionArb,
    5: s2cWeaponArb,
    41: fc.oneof(layoutArbitrary(s2cMapInfoVie), layoutArbitrary(s2cMapInfoContinuum)),
  },
};

function layoutArbitrary<P extends { type: number }>(codec: PacketCodec<P>): fc.Arbitrary<unknown> {
  if (!("fields" in codec)) throw new Error(`${codec.name} needs a hand-written arbitrary`);
  const fields = codec.fields as readonly (readonly [string, FieldSpec])[];
  return recordArbitrary(fields).map((r) => ({ type: codec.type, ...r }));
}

/** Arbitrary packets of one codec: from its field spec, or hand-written for hand codecs. */
function packetArbitrary<P extends { type: number }>(codec: PacketCodec<P>, direction: 0 | 1): fc.Arbitrary<P> {
  const arb = HAND_WRITTEN[direction]?.[codec.type] ?? layoutArbitrary(codec);
  // The spec (or the hand-written record) describes exactly P's fields.
  return arb as fc.Arbitrary<P>;
}

/** Byte arrays as hex, so deep equality of large packets stays cheap. */
function comparable(value: unknown): unknown {
  if (value instanceof Uint8Array) return Buffer.from(value).toString("hex");
  if (Array.isArray(value)) return value.map(comparable);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, comparable(v)]));
  return value;
}

function roundTrips<P extends { type: number }>(
  p: P,
  encode: (p: P) => Uint8Array,
  encodeInto: (p: P, out: Uint8Array, offset: number) => number,
  decode: (b: Uint8Array) => unknown,
): void {
  const bytes = encode(p);
  expect(comparable(decode(bytes))).toEqual({ ok: true, packet: comparable(p) });
  const out = new Uint8Array(bytes.length + 7);
  expect(encodeInto(p, out, 7)).toBe(bytes.length);
  expect(comparable(out.subarray(7))).toBe(comparable(bytes));
}

const c2sCodecs: readonly PacketCodec<C2SPacket>[] = Object.values(C2SCodecs);
const s2cCodecs: readonly PacketCodec<S2CPacket>[] = Object.values(S2CCodecs);

describe("encode then decode gives the packet back", () => {
  it.each(c2sCodecs.map((c) => [c.name, c] as const))("for every %s", (_, codec) => {
    fc.assert(
      fc.property(packetArbitrary(codec, 0), (p) => {
        roundTrips(p, encodeC2S, encodeC2SInto, decodeC2S);
      }),
      { numRuns: 100 },
    );
  });

  it.each(s2cCodecs.map((c) => [c.name, c] as const))("for every %s", (_, codec) => {
    fc.assert(
      fc.property(packetArbitrary(codec, 1), (p) => {
        roundTrips(p, encodeS2C, encodeS2CInto, decodeS2C);
      }),
      { numRuns: 100 },
    );
  });
});
