import { describe, expect, it } from "vitest";
import { decodeGameText, encodeGameText, gameTextLength } from "./text.js";

const allBytes = Uint8Array.from({ length: 255 }, (_, i) => i + 1);

describe("game text", () => {
  it("decodes Windows-1252: Latin-1 outside 0x80..0x9F, typographic characters inside", () => {
    const ours = decodeGameText(allBytes, 0, allBytes.length);
    const latin1 = Buffer.from(allBytes).toString("latin1");
    for (let b = 1; b < 256; b++) if (b < 0x80 || b >= 0xa0) expect(ours[b - 1]).toBe(latin1[b - 1]);
    const at = (b: number) => ours.codePointAt(b - 1);
    // 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned; WHATWG keeps them as C1 controls.
    expect([0x80, 0x81, 0x8a, 0x8e, 0x92, 0x99, 0x9d, 0x9f].map(at)).toEqual([
      0x20ac, 0x81, 0x160, 0x17d, 0x2019, 0x2122, 0x9d, 0x178,
    ]);
  });

  it("encodes every decoded character back to its byte", () => {
    const text = decodeGameText(allBytes, 0, allBytes.length);
    const out = new Uint8Array(300);
    expect(encodeGameText(text, out, 0, 300)).toBe(255);
    expect(out.subarray(0, 255)).toEqual(allBytes);
  });

  it("writes one ? for a character outside the code page, an astral character or a NUL", () => {
    const out = new Uint8Array(8);
    const n = encodeGameText("a\u4e2db\u{1f600}c\0", out, 0, 8);
    expect(Buffer.from(out.subarray(0, n)).toString("latin1")).toBe("a?b?c?");
    expect(gameTextLength("a\u{1f600}")).toBe(2);
  });

  it("stops at the byte limit without splitting a character", () => {
    const out = new Uint8Array(4).fill(0xee);
    expect(encodeGameText("\u{1f600}bcdef", out, 1, 2)).toBe(2);
    expect(Array.from(out)).toEqual([0xee, 0x3f, 0x62, 0xee]);
  });
});
