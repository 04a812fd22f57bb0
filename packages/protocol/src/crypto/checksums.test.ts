import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hex, readVector, sharedDir } from "../testing/shared.js";
import { crc32, mapSecurityChecksum, settingsChecksum, xorChecksum } from "./checksums.js";

interface ChecksumVectors {
  map_file: { path: string; crc32_u32: number; security_checksums: { key_u32: number; checksum_u32: number }[] };
  news_file: { crc32_u32: number };
  settings_checksum: { values: { key_u32: number; checksum_u32: number }[] };
}

const v = readVector<ChecksumVectors>("checksums.json");
const zoneFile = (p: string) => readFileSync(join(sharedDir(), "zones", "asss-dist", p));

/** Minimal tile reader for the plain smallmap.lvl (no BMP header): u32 records x:12 y:12 tile:8. */
function tilesOf(file: Uint8Array): Map<number, number> {
  const tiles = new Map<number, number>();
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  for (let off = 0; off + 4 <= file.byteLength; off += 4) {
    const r = view.getUint32(off, true);
    tiles.set(((r >>> 12) & 0xfff) * 1024 + (r & 0xfff), r >>> 24);
  }
  return tiles;
}

describe("checksums against the vectors", () => {
  it("computes zlib's CRC-32 of the map and news files", () => {
    expect(crc32(zoneFile("maps/smallmap.lvl"))).toBe(v.map_file.crc32_u32);
    expect(crc32(zoneFile("news.txt"))).toBe(v.news_file.crc32_u32);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it("computes the map security checksum for every key", () => {
    const tiles = tilesOf(zoneFile("maps/smallmap.lvl"));
    const tileAt = (x: number, y: number) => tiles.get(y * 1024 + x) ?? 0;
    for (const { key_u32, checksum_u32 } of v.map_file.security_checksums) {
      expect(mapSecurityChecksum(tileAt, key_u32), `key ${key_u32}`).toBe(checksum_u32);
    }
  });

  it("computes the settings checksum for every key", () => {
    const settings = hex(readVector<{ settings_hex: string }>("settings-default-arena.json").settings_hex);
    expect(settings.length).toBe(1428);
    for (const { key_u32, checksum_u32 } of v.settings_checksum.values) {
      expect(settingsChecksum(settings, key_u32), `key ${key_u32}`).toBe(checksum_u32);
    }
  });

  it("gives 0 for a position packet whose checksum byte is right", () => {
    const pos = hex("0300e8030000200800000020000000000000e803");
    const full = new Uint8Array(22);
    full.set(pos);
    full[10] = xorChecksum(full, 0, 22);
    expect(xorChecksum(full, 0, 22)).toBe(0);
  });
});
