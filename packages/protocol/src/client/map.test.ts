import { readFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { crc32, mapSecurityChecksum } from "../crypto/index.js";
import { S2CType } from "../game/index.js";
import { BotErrorCode } from "./errors.js";
import { announcedMap, levelTiles, verifyMap } from "./map.js";

const MAP = new Uint8Array(readFileSync("/work/shared/zones/asss-dist/maps/smallmap.lvl"));
const VECTORS = JSON.parse(readFileSync("/work/shared/protocol/vectors/checksums.json", "utf8")) as {
  map_file: { crc32_u32: number; security_checksums: { key_u32: number; checksum_u32: number }[] };
};

const mapData = (data: Uint8Array) => ({ type: S2CType.MapData, name: "smallmap.lvl", data });

describe("map download checks", () => {
  it("reads smallmap.lvl's tiles so the security checksum matches ASSS for every vector key", () => {
    const tiles = levelTiles(MAP);
    for (const { key_u32, checksum_u32 } of VECTORS.map_file.security_checksums) {
      expect(mapSecurityChecksum(tiles, key_u32), `key ${key_u32}`).toBe(checksum_u32);
    }
  });

  it("skips a BMP tileset in front of the tile records", () => {
    const bmp = new Uint8Array(64);
    bmp.set([0x42, 0x4d]);
    new DataView(bmp.buffer).setUint32(2, 64, true);
    bmp.fill(0xff, 6);
    const withBmp = new Uint8Array([...bmp, ...MAP]);
    const plain = levelTiles(MAP);
    const skipped = levelTiles(withBmp);
    for (const key of [1, 5, 123456789])
      expect(mapSecurityChecksum(skipped, key)).toBe(mapSecurityChecksum(plain, key));
  });

  it("ignores a truncated trailing record and records outside the 1024×1024 map", () => {
    const records = new Uint8Array(10);
    const v = new DataView(records.buffer);
    v.setUint32(0, (5 << 24) | (7 << 12) | 3, true);
    v.setUint32(4, (9 << 24) | (2000 << 12) | 1, true);
    const tiles = levelTiles(records);
    expect(tiles(3, 7)).toBe(5);
    expect(tiles(1, 2000 & 1023)).toBe(0);
  });

  it("inflates a 0x2A map whose CRC matches the announcement", async () => {
    const map = await verifyMap(mapData(deflateSync(MAP)), { name: "smallmap.lvl", crc32: VECTORS.map_file.crc32_u32 });
    expect(map.crc32).toBe(VECTORS.map_file.crc32_u32);
    expect(map.bytes).toEqual(MAP);
  });

  it("rejects a map whose CRC differs from 0x29 with MAP_CHECKSUM", async () => {
    const changed = MAP.slice();
    changed[100] = (changed[100] ?? 0) ^ 1;
    const result = verifyMap(mapData(deflateSync(changed)), { name: "smallmap.lvl", crc32: crc32(MAP) });
    await expect(result).rejects.toMatchObject({ code: BotErrorCode.MapChecksum });
  });

  it("rejects corrupt zlib data and maps over the size limit with MAP_CORRUPT", async () => {
    const expected = { name: "smallmap.lvl", crc32: crc32(MAP) };
    const corrupt = deflateSync(MAP).subarray(0, 100);
    await expect(verifyMap(mapData(corrupt), expected)).rejects.toMatchObject({ code: BotErrorCode.MapCorrupt });
    await expect(verifyMap(mapData(deflateSync(MAP)), expected, 1000)).rejects.toMatchObject({
      code: BotErrorCode.MapCorrupt,
    });
  });

  it("takes the map entry from either form of 0x29", () => {
    expect(announcedMap({ type: S2CType.MapInfo, name: "a.lvl", crc32: 7 })).toEqual({ name: "a.lvl", crc32: 7 });
    const continuum = {
      type: S2CType.MapInfo,
      files: [
        { name: "b.lvl", crc32: 8, size: 100 },
        { name: "x.lvz", crc32: 9, size: 50 },
      ],
    };
    expect(announcedMap(continuum)).toEqual({ name: "b.lvl", crc32: 8 });
  });
});
