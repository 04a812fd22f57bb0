import { describe, expect, it } from "vitest";
import { decodeC2S, encodeC2S } from "./c2s/index.js";
import { C2SType, S2CType } from "./packet-types.js";
import { decodeS2C, encodeS2C } from "./s2c/index.js";
import { KNOWN_C2S } from "./testing/c2s-known.js";
import { bytesOf, hexOf } from "./testing/known-bytes.js";
import { KNOWN_S2C } from "./testing/s2c-known.js";

const name = (type: number, what: string) => `0x${type.toString(16).padStart(2, "0")} ${what}`;

describe("C2S layouts", () => {
  it.each(KNOWN_C2S.map((k) => [name(k.packet.type, k.what), k] as const))(
    "%s decodes from its known bytes",
    (_, k) => {
      const r = decodeC2S(bytesOf(k.hex));
      if (!r.ok) throw r.error;
      expect(r.packet).toEqual(k.packet);
    },
  );

  it.each(KNOWN_C2S.map((k) => [name(k.packet.type, k.what), k] as const))("%s encodes to its known bytes", (_, k) => {
    expect(hexOf(encodeC2S(k.packet))).toBe(hexOf(bytesOf(k.hex)));
  });

  it("has a known packet for every C2S type", () => {
    const covered = new Set(KNOWN_C2S.map((k) => k.packet.type));
    const missing = Object.entries(C2SType).filter(([, t]) => !covered.has(t));
    expect(missing).toEqual([]);
  });
});

describe("S2C layouts", () => {
  it.each(KNOWN_S2C.map((k) => [name(k.packet.type, k.what), k] as const))(
    "%s decodes from its known bytes",
    (_, k) => {
      const r = decodeS2C(bytesOf(k.hex));
      if (!r.ok) throw r.error;
      expect(r.packet).toEqual(k.packet);
    },
  );

  it.each(KNOWN_S2C.map((k) => [name(k.packet.type, k.what), k] as const))("%s encodes to its known bytes", (_, k) => {
    expect(hexOf(encodeS2C(k.packet))).toBe(hexOf(bytesOf(k.hex)));
  });

  it("has a known packet for every S2C type", () => {
    const covered = new Set(KNOWN_S2C.map((k) => k.packet.type));
    const missing = Object.entries(S2CType).filter(([, t]) => !covered.has(t));
    expect(missing).toEqual([]);
  });
});
