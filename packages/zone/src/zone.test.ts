import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultZone } from "./default-zone.js";
import { type Diagnostic, DiagnosticCode, formatDiagnostic, hasErrors } from "./diagnostics.js";
import { ArenaNameError, ZoneFolderError } from "./errors.js";
import { MemoryZoneFiles } from "./files.js";
import { encodeLevelFile } from "./map/lvl-writer.js";
import { decodeClientSettings } from "./settings/decode.js";
import { fromHex, readVector, sharedZone } from "./testing/shared.js";
import { loadZone, MAX_CACHED_ARENA_CONTENT, openZone, type Zone } from "./zone.js";

interface Checksums {
  map_file: { crc32_u32: number; security_checksums: { key_u32: number; checksum_u32: number }[] };
  news_file: { crc32_u32: number };
  settings_checksum: { values: { key_u32: number; checksum_u32: number }[] };
}
const sums = readVector<Checksums>("checksums.json");

function arena(zone: Zone, name: string) {
  const r = zone.arena(name);
  if (!r.ok) throw r.error;
  return r.arena;
}

const errorsOf = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity === "error").map(formatDiagnostic);

describe("loading asss-dist", () => {
  const zone = loadZone(sharedZone("asss-dist"));

  it("loads the global config, news and arena folders without diagnostics", () => {
    expect(zone.diagnostics).toEqual([]);
    expect(zone.global.getInt("Listen", "Port", 0)).toBe(5000);
    expect(zone.news?.crc32).toBe(sums.news_file.crc32_u32);
    expect(zone.arenaFolders).toEqual(["(default)", "(public)"]);
    expect(zone.arenaNames).toEqual([]);
  });

  it("loads every arena folder and the public arena without errors", () => {
    for (const name of ["0", "1", ...zone.arenaFolders, ...zone.arenaNames]) {
      const a = arena(zone, name);
      expect(errorsOf(a.diagnostics), name).toEqual([]);
      expect(a.map.fallback, name).toBe(false);
    }
  });

  it("serves arena 0 the golden settings, map and checksums", () => {
    const a = arena(zone, "0");
    expect(a.baseName).toBe("(public)");
    expect(
      Buffer.from(a.settings).equals(
        Buffer.from(fromHex(readVector<{ settings_hex: string }>("settings-default-arena.json").settings_hex)),
      ),
    ).toBe(true);
    for (const { key_u32, checksum_u32 } of sums.settings_checksum.values)
      expect(a.settingsChecksum(key_u32)).toBe(checksum_u32);
    expect(a.map).toMatchObject({ name: "smallmap.lvl", path: "maps/smallmap.lvl", crc32: sums.map_file.crc32_u32 });
    for (const { key_u32, checksum_u32 } of sums.map_file.security_checksums)
      expect(a.map.level.securityChecksum(key_u32)).toBe(checksum_u32);
    expect(a.lvz).toEqual([]);
  });

  it("shares content between arenas of one base name and maps between arenas", () => {
    expect(arena(zone, "1").config).toBe(arena(zone, "0").config);
    expect(arena(zone, "turf2").config).toBe(arena(zone, "turf").config);
    expect(arena(zone, "duel").map.level).toBe(arena(zone, "0").map.level);
    expect(arena(zone, "turf2").name).toBe("turf2");
  });

  it("refuses arena names that could leave the zone folder", () => {
    for (const bad of ["", "../x", "a/b", "a\\b", "..", "x".repeat(33), "a\0b", "%b"]) {
      const r = zone.arena(bad);
      expect(r.ok, JSON.stringify(bad)).toBe(false);
      if (!r.ok) expect(r.error).toBeInstanceOf(ArenaNameError);
    }
  });
});

describe("loading a damaged zone", () => {
  const dir = mkdtempSync(join(tmpdir(), "zone-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const put = (path: string, content: string | Uint8Array) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  const good = encodeLevelFile({ tiles: [{ x: 1, y: 1, tile: 1 }] });
  put("conf/global.conf", "[General]\nNewsFile = missing-news.txt\n");
  put("arenas/(default)/arena.conf", "[General]\nMap = good.lvl\nLevelFiles = a.lvz, +b.lvz, gone.lvz\n");
  put("arenas/(default)/a.lvz", "AAAA");
  put("maps/b.lvz", "BB");
  put("maps/good.lvl", good);
  put("arenas/broken/arena.conf", "\u0001\u0002garbage\n[General]\nMap = good.lvl\n#include nope.conf\n");
  put("arenas/cut/arena.conf", "[General]\nMap = cut.lvl\n");
  put("arenas/cut/cut.lvl", good.subarray(0, 3));
  put("arenas/nomap/arena.conf", "[General]\nMap = absent.lvl\n");
  const zone = loadZone(dir);

  it("reports the missing news and still serves every arena", () => {
    expect(zone.news).toBeUndefined();
    expect(zone.diagnostics.map((d) => d.code)).toEqual([DiagnosticCode.NewsMissing]);
    expect(zone.arenaNames).toEqual(["broken", "cut", "nomap"]);
    expect(hasErrors(arena(zone, "0").diagnostics)).toBe(true); // the missing LVZ
  });

  it("finds LVZ files on their search path, keeping order and optional marks", () => {
    const a = arena(zone, "0");
    expect(a.lvz.map((f) => [f.name, f.path, f.optional, f.bytes.length])).toEqual([
      ["a.lvz", "arenas/(default)/a.lvz", false, 4],
      ["b.lvz", "maps/b.lvz", true, 2],
    ]);
    expect(a.lvz[0]?.downloadPacket.length).toBe(17 + 4);
    expect(a.downloads(false).map((f) => f.name)).toEqual(["good.lvl", "a.lvz"]);
    expect(a.downloads(true).map((f) => f.name)).toEqual(["good.lvl", "a.lvz", "b.lvz"]);
    expect(a.downloads(true)[0]).toBe(a.map);
    expect(errorsOf(a.diagnostics)).toEqual([
      expect.stringMatching(/^arenas\/\(default\)\/arena\.conf:3: .*LVZ gone\.lvz not found/),
    ]);
  });

  it("names the file and line of a malformed conf and a missing include", () => {
    const a = arena(zone, "broken");
    expect(a.map.name).toBe("good.lvl");
    expect(errorsOf(a.diagnostics)).toContainEqual(
      expect.stringMatching(/^arenas\/broken\/arena\.conf:4: error CONF_INCLUDE_MISSING: #include nope\.conf/),
    );
    expect(a.diagnostics.find((d) => d.code === DiagnosticCode.ConfNoValue)).toMatchObject({
      file: "arenas/broken/arena.conf",
      line: 1,
    });
  });

  it("reports a truncated map by name and keeps the part that was read", () => {
    const a = arena(zone, "cut");
    expect(a.map).toMatchObject({ name: "cut.lvl", path: "arenas/cut/cut.lvl", fallback: false });
    expect(a.diagnostics.find((d) => d.code === DiagnosticCode.LvlTruncated)?.file).toBe("arenas/cut/cut.lvl");
  });

  it("falls back to tinymap.lvl for a missing map, naming what it looked for", () => {
    const a = arena(zone, "nomap");
    expect(a.map).toMatchObject({ name: "tinymap.lvl", fallback: true });
    const d = a.diagnostics.find((x) => x.code === DiagnosticCode.MapFallback);
    expect(d?.message).toContain("absent.lvl");
    expect(d?.message).toContain("maps/absent.lvl");
    expect(d).toMatchObject({ file: "arenas/nomap/arena.conf", line: 2 });
  });

  it("throws only when the zone folder itself is missing", () => {
    expect(() => loadZone(join(dir, "no-such-dir"))).toThrow(ZoneFolderError);
    expect(() => loadZone(join(dir, "maps/good.lvl"))).toThrow(ZoneFolderError);
  });
});

describe("the built-in zone", () => {
  it("loads without diagnostics, with the generated map and news", () => {
    const zone = defaultZone();
    const a = arena(zone, "0");
    expect(zone.diagnostics).toEqual([]);
    expect(a.diagnostics).toEqual([]);
    expect(a.map).toMatchObject({ name: "zonebus.lvl", fallback: false });
    expect(zone.news?.bytes.length).toBeGreaterThan(10);
    const s = decodeClientSettings(a.settings);
    expect(s?.["Warbird:InitialGuns"]).toBe(1);
    expect(s?.["Spawn:Team0-X"]).toBe(512);
    expect(a.map.level.tileAt(512, 512)).toBe(171);
  });

  it("keeps a bounded number of arena contents, dropping the least recently used", () => {
    const zone = openZone(new MemoryZoneFiles({ "arenas/(default)/arena.conf": "[General]\nMap = none.lvl\n" }));
    const first = arena(zone, "first").config;
    const recent = arena(zone, "recent").config;
    for (let i = 0; i < MAX_CACHED_ARENA_CONTENT - 1; i++) {
      arena(zone, `filler${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
      arena(zone, "recent");
    }
    expect(arena(zone, "recent").config).toBe(recent);
    expect(arena(zone, "first").config).not.toBe(first);
  });
});
