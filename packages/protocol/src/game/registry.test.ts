import { describe, expect, it } from "vitest";
import { type C2SPacket, decodeC2S, encodeC2S } from "./c2s/index.js";
import { GameEncodeError, GamePacketError } from "./errors.js";
import { C2SType, S2CType } from "./packet-types.js";
import { decodeS2C } from "./s2c/index.js";
import { bytesOf, cstrHex } from "./testing/known-bytes.js";

describe("dispatch by type byte", () => {
  it("rejects an empty packet as TRUNCATED without a packet type", () => {
    for (const decode of [decodeC2S, decodeS2C]) {
      const r = decode(new Uint8Array(0));
      expect(!r.ok && [r.error.code, r.error.packetType]).toEqual(["TRUNCATED", undefined]);
    }
  });

  it("answers UNKNOWN_TYPE for every type byte its direction does not define", () => {
    const c2s = new Set<number>(Object.values(C2SType));
    const s2c = new Set<number>(Object.values(S2CType));
    for (let t = 0; t < 256; t++) {
      const c = decodeC2S(new Uint8Array([t]));
      const s = decodeS2C(new Uint8Array([t]));
      expect(!c.ok && c.error.code === "UNKNOWN_TYPE").toBe(!c2s.has(t));
      expect(!s.ok && s.error.code === "UNKNOWN_TYPE").toBe(!s2c.has(t));
    }
    expect([c2s.size, s2c.size]).toEqual([32, 57]);
  });

  it("reports errors as GamePacketError naming the type, never the packet's text", () => {
    const r = decodeC2S(bytesOf(`06 06 00 ffff ${cstrHex("secret words")}`));
    if (r.ok) throw new Error("chat type 6 must be rejected");
    expect(r.error).toBeInstanceOf(GamePacketError);
    expect([r.error.code, r.error.packetType]).toEqual(["BAD_VALUE", 0x06]);
    expect(r.error.message).toMatch(/^packet 0x06: /);
    expect(r.error.message).not.toMatch(/secret/);
  });

  it("throws GameEncodeError for a packet object of a type no codec handles", () => {
    const bogus = JSON.parse('{"type":4}') as C2SPacket;
    expect(() => encodeC2S(bogus)).toThrow(GameEncodeError);
  });
});
