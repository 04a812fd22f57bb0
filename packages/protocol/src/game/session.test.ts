import { describe, expect, it } from "vitest";
import { decodeC2S, encodeC2S } from "./c2s/index.js";
import { type C2SPosition, createC2SPosition } from "./c2s/position.js";
import { decodeS2C, encodeS2C, type S2CPacket } from "./s2c/index.js";
import { encodeRelayedPositionInto } from "./s2c/position.js";
import { bytesOf, hexOf, observed, SESSION_PACKETS } from "./testing/known-bytes.js";

/** Decodes and re-encodes one packet; the hex it re-encodes to. */
function roundTrip(dir: "c2s" | "s2c", buf: Uint8Array): string {
  if (dir === "c2s") {
    const r = decodeC2S(buf);
    if (!r.ok) throw r.error;
    return hexOf(encodeC2S(r.packet));
  }
  const r = decodeS2C(buf);
  if (!r.ok) throw r.error;
  return hexOf(encodeS2C(r.packet));
}

function s2cOf(client: "A" | "B"): S2CPacket[] {
  return SESSION_PACKETS.filter((p) => p.client === client && p.dir === "s2c").map((p) => {
    const r = decodeS2C(bytesOf(p.hex));
    if (!r.ok) throw r.error;
    return r.packet;
  });
}

describe("the live ASSS session", () => {
  it("decodes every game packet of both clients and re-encodes each byte for byte", () => {
    let checked = 0;
    for (const p of SESSION_PACKETS) {
      expect(roundTrip(p.dir, bytesOf(p.hex)), `${p.dir} ${p.type} at ${p.t_ms} ms`).toBe(p.hex);
      checked++;
    }
    expect(checked).toBe(94);
  });

  it("reads client A's arena-entry burst in the order ASSS sent it", () => {
    const types = s2cOf("A").map((p) => p.type);
    const start = types.indexOf(0x01);
    expect(types.slice(start, start + 7)).toEqual([0x01, 0x0f, 0x03, 0x29, 0x21, 0x02, 0x18]);
    const mapInfo = s2cOf("A").find((p) => p.type === 0x29);
    expect(mapInfo).toEqual({ type: 0x29, name: "smallmap.lvl", crc32: 0xb2fb5159 });
  });

  it("carries the login a VIE client sends and the answer it gets", () => {
    const login = decodeC2S(bytesOf(observed("c2s", 0x09)));
    expect(login.ok && login.packet.type === 0x09 && [login.packet.name, login.packet.clientVersion]).toEqual([
      "alpha",
      134,
    ]);
    const response = s2cOf("A").find((p) => p.type === 0x0a);
    expect(response).toMatchObject({ code: 0, serverVersion: 134, newsChecksum: 0x58aff3a1 });
  });

  it("relays B's position to A as the same 0x28 bytes ASSS sent", () => {
    const c2s = decodeC2S(bytesOf(observed("c2s", 0x03, 4)));
    if (!c2s.ok || c2s.packet.type !== 0x03) throw new Error("expected a position");
    const out = new Uint8Array(32);
    const n = encodeRelayedPositionInto(c2s.packet, 1, c2s.packet.time, 0, 0, out, 0);
    expect(hexOf(out.subarray(0, n))).toBe(observed("s2c", 0x28, 0));
  });

  it("relays A's bullet to B as the same 0x05 bytes ASSS sent", () => {
    const shot: C2SPosition = { ...createC2SPosition(), time: 0x7c3fe, x: 8192, y: 8192, energy: 1000, weapon: 1 };
    const out = new Uint8Array(32);
    const n = encodeRelayedPositionInto(shot, 0, shot.time, 0, 0, out, 0);
    expect(hexOf(out.subarray(0, n))).toBe(observed("s2c", 0x05, 0));
  });

  it("shows the public chat A sent arriving at B from pid 0", () => {
    const sent = decodeC2S(bytesOf(observed("c2s", 0x06, 0)));
    const got = s2cOf("B").find((p) => p.type === 0x07);
    expect(sent.ok && sent.packet.type === 0x06 && sent.packet.text).toBe("hello public");
    expect(got).toEqual({ type: 0x07, chatType: 2, sound: 0, playerId: 0, text: "hello public" });
  });
});
