import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { crc32, mapSecurityChecksum, settingsChecksum, xorChecksum } from "./checksums.js";
import { vieExeChecksum } from "./exe-checksum.js";
import { hex, readVector, sharedDir } from "./vectors.js";

interface ChecksumVectors {
  vie_exe_checksum: { key_u32: number; checksum_u32: number }[];
  map_file: { path: string; crc32_u32: number; security_checksums: { key_u32: number; checksum_u32: number }[] };
  news_file: { crc32_u32: number };
  settings_checksum: { values: { key_u32: number; checksum_u32: number }[] };
}

interface Session {
  logical_packets: { hex: string }[];
  security_exchange: { kind: string; key: number; exe?: number; settings?: number; map?: number }[];
}

const v = readVector<ChecksumVectors>("checksums.json");
const session = readVector<Session>("asss-session.json");
const settings = hex(readVector<{ settings_hex: string }>("settings-default-arena.json").settings_hex);
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

  it("computes the VIE EXE checksum for every key", () => {
    expect(v.vie_exe_checksum.length).toBeGreaterThan(5);
    for (const { key_u32, checksum_u32 } of v.vie_exe_checksum) {
      expect(vieExeChecksum(key_u32), `key ${key_u32}`).toBe(checksum_u32);
      expect(vieExeChecksum(key_u32 | 0), `key ${key_u32} as i32`).toBe(checksum_u32);
    }
  });

  it("computes the settings checksum for every key", () => {
    expect(settings.length).toBe(1428);
    for (const { key_u32, checksum_u32 } of v.settings_checksum.values) {
      expect(settingsChecksum(settings, key_u32), `key ${key_u32}`).toBe(checksum_u32);
    }
  });

  it("gives 0 over every recorded position packet, and not once a byte is corrupted", () => {
    const positions = session.logical_packets
      .map((p) => hex(p.hex))
      .filter((b) => (b[0] === 0x03 && b.length === 22) || (b[0] === 0x05 && b.length === 21));
    expect(positions.length).toBeGreaterThan(5);
    for (const b of positions) {
      expect(xorChecksum(b, 0, b.length)).toBe(0);
      b[3]! ^= 0x10;
      expect(xorChecksum(b, 0, b.length)).toBe(0x10);
    }
    expect(xorChecksum(Uint8Array.of(1, 2, 4), -5, 99)).toBe(7);
  });

  it("reproduces the security answer a live ASSS accepted", () => {
    const answer = session.security_exchange.find((e) => e.kind === "security_response_values");
    const key = answer?.key ?? -1;
    expect(key).not.toBe(0);
    expect(vieExeChecksum(key)).toBe(answer?.exe);
    expect(settingsChecksum(settings, key)).toBe(answer?.settings);
    const tiles = tilesOf(zoneFile("maps/smallmap.lvl"));
    expect(mapSecurityChecksum((x, y) => tiles.get(y * 1024 + x) ?? 0, key)).toBe(answer?.map);
  });
});
