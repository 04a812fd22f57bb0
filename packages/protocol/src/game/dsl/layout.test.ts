import { describe, expect, it } from "vitest";
import { GameEncodeError } from "../errors.js";
import { bytesOf, hexOf } from "../testing/known-bytes.js";
import { bytes, constant, cstr, enumOf, i16, ipv4, list, opt, pad, str, text, u8, u16, u32 } from "./fields.js";
import { layout } from "./layout.js";

const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? "ok" : r.error?.code);

describe("layout decoding", () => {
  it("rejects bytes after the last field as BAD_LENGTH and a short packet as TRUNCATED", () => {
    const c = layout(0xf0, "Test", [["a", u16]]);
    expect(codeOf(c.decode(bytesOf("f0 0100")))).toBe("ok");
    expect(codeOf(c.decode(bytesOf("f0 0100 00")))).toBe("BAD_LENGTH");
    expect(codeOf(c.decode(bytesOf("f0 01")))).toBe("TRUNCATED");
    expect(codeOf(c.decode(bytesOf("f1 0100")))).toBe("BAD_VALUE");
  });

  it("needs a NUL within a cstr's bound and within the packet", () => {
    const c = layout(0xf0, "Test", [
      ["s", cstr(4)],
      ["n", u8],
    ]);
    expect(c.decode(bytesOf("f0 616200 07"))).toEqual({ ok: true, packet: { type: 0xf0, s: "ab", n: 7 } });
    expect(codeOf(c.decode(bytesOf("f0 61626364 00 07")))).toBe("BAD_STRING");
    expect(codeOf(c.decode(bytesOf("f0 6162")))).toBe("BAD_STRING");
  });

  it("lets trailing text run to the end when the NUL is missing and ignores bytes after the NUL", () => {
    const c = layout(0xf0, "Test", [["t", text(10)]]);
    expect(c.decode(bytesOf("f0 6869"))).toEqual({ ok: true, packet: { type: 0xf0, t: "hi" } });
    expect(c.decode(bytesOf("f0 686900 7a7a"))).toEqual({ ok: true, packet: { type: 0xf0, t: "hi" } });
    expect(c.decode(bytesOf("f0"))).toEqual({ ok: true, packet: { type: 0xf0, t: "" } });
  });

  it("reads an optional field only when bytes remain, and a partial one as TRUNCATED", () => {
    const c = layout(0xf0, "Test", [["o", opt(u32)]]);
    expect(c.decode(bytesOf("f0"))).toEqual({ ok: true, packet: { type: 0xf0, o: undefined } });
    expect(c.decode(bytesOf("f0 05000000"))).toEqual({ ok: true, packet: { type: 0xf0, o: 5 } });
    expect(codeOf(c.decode(bytesOf("f0 0500")))).toBe("TRUNCATED");
  });

  it("rejects a partial record and more records than the list allows as BAD_LENGTH", () => {
    const c = layout(0xf0, "Test", [["l", list(u16, { max: 2 })]]);
    expect(c.decode(bytesOf("f0 0100 0200"))).toEqual({ ok: true, packet: { type: 0xf0, l: [1, 2] } });
    expect(codeOf(c.decode(bytesOf("f0 0100 02")))).toBe("BAD_LENGTH");
    expect(codeOf(c.decode(bytesOf("f0 0100 0200 0300")))).toBe("BAD_LENGTH");
  });

  it("rejects enum values outside the table and wrong record markers as BAD_VALUE", () => {
    const e = layout(0xf0, "Test", [["k", enumOf(1, { A: 1, B: 4 })]]);
    expect(codeOf(e.decode(bytesOf("f0 04")))).toBe("ok");
    expect(codeOf(e.decode(bytesOf("f0 03")))).toBe("BAD_VALUE");
    const m = layout(0xf0, "Test", [["r", list(constant(0x03), { max: 4 })]]);
    expect(codeOf(m.decode(bytesOf("f0 0303")))).toBe("ok");
    expect(codeOf(m.decode(bytesOf("f0 0304")))).toBe("BAD_VALUE");
  });

  it("enforces a layout's minimum and maximum packet length", () => {
    const c = layout(0xf0, "Test", [["t", text(100)]], { minLength: 3, maxLength: 5 });
    expect(codeOf(c.decode(bytesOf("f0 61")))).toBe("TRUNCATED");
    expect(codeOf(c.decode(bytesOf("f0 616200")))).toBe("ok");
    expect(codeOf(c.decode(bytesOf("f0 6162636465")))).toBe("BAD_LENGTH");
  });

  it("skips padding on decode and writes its fill on encode", () => {
    const c = layout(0xf0, "Test", [
      ["a", u8],
      ["_pad", pad(2, 0xff)],
    ]);
    const r = c.decode(bytesOf("f0 07 1234"));
    expect(r).toEqual({ ok: true, packet: { type: 0xf0, a: 7 } });
    expect(hexOf(c.encode({ type: 0xf0, a: 7 }))).toBe("f007ffff");
  });

  it("copies byte fields into plain arrays, even from a Node Buffer", () => {
    const c = layout(0xf0, "Test", [["b", bytes(2)]]);
    const input = Buffer.from("f0aabb", "hex");
    const r = c.decode(input);
    input[1] = 0;
    expect(r.ok && r.packet.b).toEqual(new Uint8Array([0xaa, 0xbb]));
    expect(r.ok && Buffer.isBuffer(r.packet.b)).toBe(false);
  });
});

describe("layout encoding", () => {
  it("writes integers modulo their width, as C would", () => {
    const c = layout(0xf0, "Test", [
      ["a", u8],
      ["b", i16],
      ["c", u32],
    ]);
    expect(hexOf(c.encode({ type: 0xf0, a: 300, b: -1, c: 2 ** 32 + 5 }))).toBe("f02cffff05000000");
  });

  it("cuts long text to the field and pads short text with NULs", () => {
    const c = layout(0xf0, "Test", [
      ["s", str(3)],
      ["z", cstr(3)],
    ]);
    expect(hexOf(c.encode({ type: 0xf0, s: "abcdef", z: "xyz" }))).toBe("f0616263787900");
    expect(hexOf(c.encode({ type: 0xf0, s: "a", z: "" }))).toBe("f061000000");
  });

  it("throws GameEncodeError naming the packet for values no packet can carry", () => {
    const c = layout(0xf0, "TestPacket", [
      ["b", bytes(2)],
      ["ip", ipv4],
      ["l", list(u8, { max: 1 })],
    ]);
    const good = { type: 0xf0 as const, b: new Uint8Array(2), ip: "10.0.0.1", l: [1] };
    expect(hexOf(c.encode(good))).toBe("f000000100000a01");
    expect(() => c.encode({ ...good, b: new Uint8Array(3) })).toThrow(/TestPacket: b: needs 2 bytes/);
    expect(() => c.encode({ ...good, ip: "10.0.0.256" })).toThrow(GameEncodeError);
    expect(() => c.encode({ ...good, l: [1, 2] })).toThrow(/needs 0..1 records/);
  });

  it("refuses to encode past the packet's maximum length", () => {
    const c = layout(0xf0, "Test", [["b", list(u8, { max: 10 })]], { maxLength: 3 });
    expect(() => c.encode({ type: 0xf0, b: [1, 2, 3] })).toThrow(/exceed the packet's 3/);
    expect(c.encode({ type: 0xf0, b: [1, 2] }).length).toBe(3);
  });
});
