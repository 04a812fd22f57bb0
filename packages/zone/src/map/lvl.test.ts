import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crc32 } from "../checksums.js";
import { DiagnosticCode, DiagnosticList } from "../diagnostics.js";
import { readVector, sharedZoneFile } from "../testing/shared.js";
import { parseLevelFile } from "./lvl.js";
import { chunk, encodeLevelFile, type RegionDefinition } from "./lvl-writer.js";
import { Tile } from "./tiles.js";

interface MapVector {
  map_file: { file_len: number; crc32_u32: number; security_checksums: { key_u32: number; checksum_u32: number }[] };
}

function parse(bytes: Uint8Array) {
  const d = new DiagnosticList();
  const map = parseLevelFile(bytes, "test.lvl", d);
  return { map, diagnostics: d.finish() };
}

/** A 56-byte stand-in tileset: a BMP file header and an empty info header. */
function fakeBmp(): Uint8Array {
  const b = new Uint8Array(56);
  b.set([0x42, 0x4d]);
  new DataView(b.buffer).setUint32(2, 56, true);
  return b;
}

const box = (x0: number, y0: number, x1: number, y1: number) => (x: number, y: number) =>
  x >= x0 && x <= x1 && y >= y0 && y <= y1;

const regions: RegionDefinition[] = [
  { name: "Base", tiles: box(10, 10, 19, 19), base: true, noFlagDrops: true },
  { name: "Center", tiles: box(15, 15, 24, 24), noWeapons: true, autoWarp: { x: 512, y: 500, arena: "duel" } },
  { name: "Gate", tiles: box(100, 0, 100, 1023), noAntiwarp: true, noReceiveWeapons: true, autoWarp: { x: -1, y: 0 } },
];

describe("level files", () => {
  it("reads asss-dist's smallmap.lvl with the vector's CRC and security checksums", () => {
    const bytes = sharedZoneFile("asss-dist", "maps/smallmap.lvl");
    const v = readVector<MapVector>("checksums.json").map_file;
    const { map, diagnostics } = parse(bytes);
    expect(diagnostics).toEqual([]);
    expect(bytes.length).toBe(v.file_len);
    expect(crc32(bytes)).toBe(v.crc32_u32);
    for (const { key_u32, checksum_u32 } of v.security_checksums) {
      expect(map.securityChecksum(key_u32), `key ${key_u32}`).toBe(checksum_u32);
    }
    expect(map.countTiles()).toBe(1236);
    expect(map.regions).toEqual([]);
  });

  it("expands big objects, counts flags and skips records off the map", () => {
    const bytes = encodeLevelFile({
      tiles: [
        { x: 5, y: 5, tile: Tile.Station },
        { x: 1022, y: 1022, tile: Tile.BigAsteroid },
        { x: 40, y: 40, tile: Tile.TurfFlag },
        { x: 41, y: 40, tile: Tile.TurfFlag },
      ],
    });
    const raw = new Uint8Array([...bytes, 0xff, 0x0f, 0x00, 0x01]); // x = 4095
    const { map, diagnostics } = parse(raw);
    expect(map.tileAt(10, 10)).toBe(Tile.Station);
    expect(map.tileAt(11, 10)).toBe(Tile.Empty);
    expect(map.tileAt(1023, 1023)).toBe(Tile.BigAsteroid);
    expect(map.tileAt(-1, 0)).toBe(Tile.Empty);
    expect(map.flagCount).toBe(2);
    expect(diagnostics.map((d) => d.code)).toEqual([DiagnosticCode.LvlBadTile]);
  });

  it("reads extended-lvl regions and attributes after a BMP tileset", () => {
    const tiles = [{ x: 12, y: 12, tile: 1 }];
    const { map, diagnostics } = parse(
      encodeLevelFile({ tiles, tileset: fakeBmp(), attributes: { NAME: "Test" }, regions }),
    );
    expect(diagnostics).toEqual([]);
    expect(map.tileAt(12, 12)).toBe(1);
    expect(map.attributes.get("NAME")).toBe("Test");
    expect(map.regionsAt(12, 12).map((r) => r.name)).toEqual(["Base"]);
    expect(map.regionsAt(17, 17).map((r) => r.name)).toEqual(["Base", "Center"]);
    expect(map.regionsAt(17, 17)).toBe(map.regionsAt(19, 15));
    expect(map.regionsAt(30, 30)).toEqual([]);
    const center = map.regionByName("center");
    expect(center).toMatchObject({
      tileCount: 100,
      noWeapons: true,
      base: false,
      autoWarp: { x: 512, y: 500, arena: "duel" },
    });
    expect(map.regionByName("Base")).toMatchObject({ base: true, noFlagDrops: true, tileCount: 100 });
    expect(map.regionByName("Gate")).toMatchObject({
      tileCount: 1024,
      noAntiwarp: true,
      noReceiveWeapons: true,
      autoWarp: { x: -1, y: 0 },
    });
    expect(map.contains(center!, 24, 24)).toBe(true);
  });

  it("reads metadata placed at offset 0 without a BMP", () => {
    const { map, diagnostics } = parse(
      encodeLevelFile({ tiles: [{ x: 3, y: 4, tile: Tile.Safe }], regions: regions.slice(0, 1) }),
    );
    expect(diagnostics).toEqual([]);
    expect(map.tileAt(3, 4)).toBe(Tile.Safe);
    expect(map.regionsAt(10, 10).map((r) => r.name)).toEqual(["Base"]);
  });

  it("drops unnamed regions, ignores oversized chunks and reports both", () => {
    const unnamed = chunk("REGN", chunk("rBSE", new Uint8Array()));
    const huge = new Uint8Array(16);
    huge.set([0x41, 0x54, 0x54, 0x52]);
    new DataView(huge.buffer).setUint32(4, 200 * 1024, true);
    for (const body of [unnamed, huge]) {
      const head = new Uint8Array(12);
      const view = new DataView(head.buffer);
      view.setUint32(0, 0x6c766c65, true);
      view.setUint32(4, 12 + body.length, true);
      const { map, diagnostics } = parse(new Uint8Array([...head, ...body, 1, 0, 0, 1]));
      expect(map.regions).toEqual([]);
      expect(map.tileAt(1, 0)).toBe(1);
      expect(diagnostics.map((d) => d.code)).toEqual(
        body === unnamed ? [DiagnosticCode.LvlBadRegion] : [DiagnosticCode.LvlBadMetadata],
      );
    }
  });

  it("loads a file cut at every length without throwing, reporting the damage", () => {
    const whole = encodeLevelFile({
      tiles: [1, 2, 3, 4, 5].map((i) => ({ x: i, y: i, tile: i })),
      tileset: fakeBmp(),
      attributes: { NAME: "cut" },
      regions: regions.slice(0, 2),
    });
    const tilesAt = whole.length - 5 * 4;
    for (let len = 0; len < whole.length; len++) {
      const { map, diagnostics } = parse(whole.subarray(0, len));
      expect(map.countTiles()).toBeLessThanOrEqual(5);
      const damaged = diagnostics.some(
        (d) => d.code === DiagnosticCode.LvlTruncated || d.code === DiagnosticCode.LvlBadMetadata,
      );
      // A cut on a record boundary of the tile list reads as a shorter, valid file.
      const looksWhole = len === 0 || (len >= tilesAt && (len - tilesAt) % 4 === 0);
      expect(damaged, `length ${len}`).toBe(!looksWhole);
    }
    expect(parse(whole).diagnostics).toEqual([]);
  });

  it("never throws on arbitrary bytes, with or without a BMP or elvl header", () => {
    const prefix = fc.constantFrom(new Uint8Array(), Uint8Array.of(0x42, 0x4d), Uint8Array.of(0x65, 0x6c, 0x76, 0x6c));
    fc.assert(
      fc.property(prefix, fc.uint8Array({ maxLength: 300 }), (p, rest) => {
        const { map } = parse(new Uint8Array([...p, ...rest]));
        expect(map.tileAt(0, 0)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 60 },
    );
  });
});
