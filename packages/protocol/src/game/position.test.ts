import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  C2S_POSITION_LENGTH,
  type C2SPosition,
  c2sPosition,
  createC2SPosition,
  decodeC2SPositionInto,
  encodeC2SPositionInto,
} from "./c2s/position.js";
import { GameEncodeError } from "./errors.js";
import { xorBytes } from "./le.js";
import { encodeRelayedPositionInto, encodeS2CWeaponInto, s2cWeapon } from "./s2c/position.js";
import { KNOWN_C2S } from "./testing/c2s-known.js";
import { bytesOf, observed } from "./testing/known-bytes.js";

const withExtra = bytesOf(KNOWN_C2S.find((k) => k.what === "position with weapon and extra data")!.hex);
const plain = bytesOf(observed("c2s", 0x03));

function relay(src: C2SPosition, playerId: number, latency = 0, extraLength: 0 | 2 | 10 = 0): Uint8Array {
  const out = new Uint8Array(40);
  return out.subarray(0, encodeRelayedPositionInto(src, playerId, 0x1234, latency, extraLength, out, 0));
}

describe("C2S position", () => {
  it("rejects a position whose XOR checksum does not cancel", () => {
    const bad = plain.slice();
    bad[5]! ^= 0x40;
    expect(decodeC2SPositionInto(bad, createC2SPosition())).toBe("BAD_CHECKSUM");
    const r = c2sPosition.decode(bad);
    expect(!r.ok && r.error.code).toBe("BAD_CHECKSUM");
  });

  it("accepts only the 22- and 32-byte forms", () => {
    const grown = new Uint8Array(40);
    grown.set(withExtra);
    const codeAt = (n: number) => decodeC2SPositionInto(grown.subarray(0, n), createC2SPosition());
    expect([21, 22, 23, 31, 32, 33].map(codeAt)).toEqual([
      "TRUNCATED",
      undefined,
      "BAD_LENGTH",
      "BAD_LENGTH",
      undefined,
      "BAD_LENGTH",
    ]);
  });

  it("decodes into the caller's object and keeps its extra-data object", () => {
    const out = createC2SPosition();
    const extra = out.extra;
    expect(decodeC2SPositionInto(withExtra, out)).toBeUndefined();
    expect([out.extraLength, out.extra.items, out.weapon]).toEqual([10, 0x403, 0x21]);
    expect(decodeC2SPositionInto(plain, out)).toBeUndefined();
    expect(out.extra).toBe(extra);
    expect([out.extraLength, out.extra.items, out.energy]).toEqual([0, 0, 1000]);
  });

  it("encodes positions whose first 22 bytes XOR to zero", () => {
    const arb = fc.record({ time: fc.nat(), x: fc.integer({ min: -32768, max: 32767 }), weapon: fc.nat(0xffff) });
    fc.assert(
      fc.property(arb, (fields) => {
        const bytes = c2sPosition.encode({ ...createC2SPosition(), ...fields });
        expect(xorBytes(bytes, 0, C2S_POSITION_LENGTH)).toBe(0);
      }),
    );
  });
});

describe("S2C position relay", () => {
  it("relays as 0x05 when there is a weapon, a bounty over 255 or a pid over 255, else as 0x28", () => {
    const base = createC2SPosition();
    expect(relay(base, 255)[0]).toBe(0x28);
    expect(relay({ ...base, weapon: 1 }, 1)[0]).toBe(0x05);
    expect(relay({ ...base, bounty: 256 }, 1)[0]).toBe(0x05);
    expect(relay(base, 256)[0]).toBe(0x05);
  });

  it("clamps the latency byte and sends the sender's main energy as the extra energy", () => {
    const src = { ...createC2SPosition(), energy: 1234, extraLength: 10 as const };
    src.extra.energy = 99;
    src.extra.timer = 7;
    const small = relay(src, 3, 400, 2);
    expect([small.length, small[6], small[16]! | (small[17]! << 8)]).toEqual([18, 255, 1234]);
    const weapon = relay({ ...src, weapon: 0x21 }, 3, -5, 10);
    expect([weapon.length, weapon[14], weapon[21]! | (weapon[22]! << 8), weapon[25]]).toEqual([31, 0, 1234, 7]);
    expect(xorBytes(weapon, 0, 21)).toBe(0);
  });

  it("writes at an offset and leaves the bytes around the packet alone", () => {
    const out = new Uint8Array(64).fill(0xaa);
    const n = encodeRelayedPositionInto(createC2SPosition(), 1, 0, 0, 0, out, 5);
    expect(n).toBe(16);
    expect(out[4]).toBe(0xaa);
    expect(out[5]).toBe(0x28);
    expect(out[21]).toBe(0xaa);
  });

  it("refuses to write past the end of the caller's buffer", () => {
    const weapon = s2cWeapon.decode(bytesOf(observed("s2c", 0x05)));
    if (!weapon.ok) throw weapon.error;
    expect(() => encodeS2CWeaponInto(weapon.packet, new Uint8Array(30), 10)).toThrow(GameEncodeError);
    expect(() => encodeC2SPositionInto(createC2SPosition(), new Uint8Array(21), 0)).toThrow(/do not fit/);
  });

  it("rejects an S2C weapon packet whose checksum does not cancel", () => {
    const bad = bytesOf(observed("s2c", 0x05));
    bad[19]! ^= 1;
    const r = s2cWeapon.decode(bad);
    expect(!r.ok && r.error.code).toBe("BAD_CHECKSUM");
  });
});
