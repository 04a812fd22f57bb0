import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { crc32 } from "../checksums.js";
import { DiagnosticList } from "../diagnostics.js";
import { newsFromBytes } from "../news.js";
import { readVector, sharedZoneFile } from "../testing/shared.js";
import { mapFileFromBytes, TINY_MAP_NAME, tinyMapFile } from "./map-file.js";

interface Vectors {
  map_file: { crc32_u32: number };
  news_file: { crc32_u32: number; file_len: number };
}
const v = readVector<Vectors>("checksums.json");

describe("file downloads", () => {
  it("builds the 0x2A map packet: type, 16-byte name, zlib stream of the whole file", () => {
    const bytes = sharedZoneFile("asss-dist", "maps/smallmap.lvl");
    const map = mapFileFromBytes("smallmap.lvl", "maps/smallmap.lvl", bytes, new DiagnosticList());
    const p = map.downloadPacket;
    expect(p[0]).toBe(0x2a);
    expect(Buffer.from(p.subarray(1, 17)).toString("latin1")).toBe("smallmap.lvl\0\0\0\0");
    expect([p[17], p[18]]).toEqual([0x78, 0x9c]);
    const inflated = inflateSync(p.subarray(17));
    expect(crc32(inflated)).toBe(v.map_file.crc32_u32);
    expect(map.crc32).toBe(v.map_file.crc32_u32);
  });

  it("serves ASSS's tinymap.lvl as the stand-in map", () => {
    const tiny = tinyMapFile(new DiagnosticList());
    expect(tiny).toMatchObject({ name: TINY_MAP_NAME, fallback: true, crc32: 0x5643ef8a });
    expect(tiny.level.tileAt(0, 0)).toBe(1);
    expect(Buffer.from(inflateSync(tiny.downloadPacket.subarray(17))).toString("hex")).toBe("00000001");
  });

  it("builds the 0x10 news packet with a zeroed name and the news CRC", () => {
    const bytes = sharedZoneFile("asss-dist", "news.txt");
    const news = newsFromBytes(bytes);
    expect(bytes.length).toBe(v.news_file.file_len);
    expect(news.crc32).toBe(v.news_file.crc32_u32);
    expect(news.downloadPacket[0]).toBe(0x10);
    expect([...news.downloadPacket.subarray(1, 17)]).toEqual(new Array(16).fill(0));
    expect(Buffer.from(inflateSync(news.downloadPacket.subarray(17))).equals(Buffer.from(bytes))).toBe(true);
  });

  it("cuts a long file name to the 16-byte field and says so", () => {
    const d = new DiagnosticList();
    const map = mapFileFromBytes("a-very-long-map-name.lvl", "maps/a-very-long-map-name.lvl", new Uint8Array(), d);
    expect(Buffer.from(map.downloadPacket.subarray(1, 17)).toString("latin1")).toBe("a-very-long-map-");
    expect(d.finish()).toHaveLength(1);
  });
});
