import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeRegionTiles, encodeRegionTiles } from "./rle.js";

/** Decodes into a set of `y*1024+x`. */
function cells(data: Uint8Array): { ok: boolean; set: Set<number> } {
  const set = new Set<number>();
  const r = decodeRegionTiles(data, (y, present) => {
    for (let x = 0; x < 1024; x++) if (present[x]) set.add(y * 1024 + x);
  });
  return { ok: r.ok, set };
}

describe("region tile run-length code", () => {
  it("reads A3 FF as the empty region and rejects an unfinished one", () => {
    expect(cells(Uint8Array.of(0xa3, 0xff))).toEqual({ ok: true, set: new Set() });
    expect(cells(Uint8Array.of(0xa3, 0xfe)).ok).toBe(false);
    expect(cells(new Uint8Array()).ok).toBe(false);
  });

  it("reads short and long runs and row repeats", () => {
    // Row 0: 10 empty, 3 present, rest (1011) empty; rows 1–2 repeat row 0; 1021 empty rows.
    const data = Uint8Array.of(0x09, 0x42, 0x23, 0xf2, 0xc1, 0xa3, 0xfc);
    const { ok, set } = cells(data);
    expect(ok).toBe(true);
    expect([...set].sort((a, b) => a - b)).toEqual([10, 11, 12, 1034, 1035, 1036, 2058, 2059, 2060]);
  });

  it("rejects runs past the edge, repeats before the first row and row ops mid-row", () => {
    expect(cells(Uint8Array.of(0x63, 0xff, 0x40)).ok).toBe(false); // 1024 present then 1 more in the row
    expect(cells(Uint8Array.of(0xc0)).ok).toBe(false);
    expect(cells(Uint8Array.of(0x00, 0x80)).ok).toBe(false);
    expect(cells(Uint8Array.of(0xa3, 0xff, 0x80)).ok).toBe(false);
    expect(cells(Uint8Array.of(0x23)).ok).toBe(false);
  });

  it("round-trips any set of rectangles through encode and decode", () => {
    const rect = fc.record({
      x: fc.integer({ min: 0, max: 1023 }),
      y: fc.integer({ min: 0, max: 1023 }),
      w: fc.integer({ min: 1, max: 300 }),
      h: fc.integer({ min: 1, max: 300 }),
    });
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 4 }), (rects) => {
        const grid = new Uint8Array(1024 * 1024);
        for (const r of rects) {
          for (let y = r.y; y < Math.min(1024, r.y + r.h); y++)
            grid.fill(1, y * 1024 + r.x, y * 1024 + Math.min(1024, r.x + r.w));
        }
        const inside = (x: number, y: number) => grid[y * 1024 + x] === 1;
        const { ok, set } = cells(encodeRegionTiles(inside));
        expect(ok).toBe(true);
        for (const r of rects) {
          expect(set.has(r.y * 1024 + r.x)).toBe(true);
          expect(set.has(Math.min(1023, r.y + r.h - 1) * 1024 + Math.min(1023, r.x + r.w - 1))).toBe(true);
        }
        expect(set.size).toBe(grid.reduce((n, v) => n + v, 0));
      }),
      { numRuns: 15 },
    );
  });

  it("never throws on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (data) => {
        expect(typeof decodeRegionTiles(data, () => {}).ok).toBe("boolean");
      }),
    );
  });
});
