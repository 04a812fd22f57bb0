import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zonebus } from "@zonebus/proto";
import { C2SCodecs, S2CCodecs } from "@zonebus/protocol";
import { encodeLevelFile, loadZone } from "@zonebus/zone";
import { afterAll, describe, expect, it } from "vitest";
import { listedFiles, mapInfoFor, requestedFile } from "./downloads.js";

describe("0x29 map information and 0x0C downloads per client kind", () => {
  const dir = mkdtempSync(join(tmpdir(), "zb-downloads-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const put = (path: string, content: string | Uint8Array) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  put("conf/global.conf", "[General]\n");
  put("arenas/(default)/arena.conf", "[General]\nMap = good.lvl\nLevelFiles = a.lvz, +b.lvz\n");
  put("arenas/(default)/a.lvz", "AAAA");
  put("maps/b.lvz", "BB");
  put("maps/good.lvl", encodeLevelFile({ tiles: [{ x: 1, y: 1, tile: 1 }] }));
  const found = loadZone(dir).arena("0");
  if (!found.ok) throw found.error;
  const content = found.arena;
  const vie = { clientKind: zonebus.ClientKind.CLIENT_KIND_VIE };
  const continuum = { clientKind: zonebus.ClientKind.CLIENT_KIND_CONTINUUM };
  const askedAll = { clientKind: zonebus.ClientKind.CLIENT_KIND_VIE, optionalGraphics: true };
  const request = (index?: number) => {
    const res = C2SCodecs.FileRequest.decode(
      index === undefined ? Uint8Array.of(0x0c) : Uint8Array.of(0x0c, index & 0xff, index >> 8),
    );
    if (!res.ok) throw new Error("bad request bytes");
    return res.packet;
  };

  it("gives a VIE client the 21-byte form with the map only", () => {
    const bytes = mapInfoFor(content, vie);
    expect(bytes.length).toBe(21);
    expect(S2CCodecs.MapInfo.decode(bytes)).toMatchObject({
      ok: true,
      packet: { name: "good.lvl", crc32: content.map.crc32 },
    });
    expect(requestedFile(content, vie, request())).toBe(content.map.downloadPacket);
    expect(requestedFile(content, vie, request(1))).toBeUndefined();
  });

  it("gives Continuum the file list, map first, then the LVZ files that are not optional, with download sizes", () => {
    const bytes = mapInfoFor(content, continuum);
    expect(bytes.length).toBe(1 + 24 * 2);
    const res = S2CCodecs.MapInfo.decode(bytes);
    expect(res.ok && "files" in res.packet ? res.packet.files.map((f) => [f.name, f.size]) : []).toEqual([
      ["good.lvl", content.map.downloadPacket.length],
      ["a.lvz", 17 + 4],
    ]);
    expect(requestedFile(content, continuum, request(1))).toBe(content.lvz[0]!.downloadPacket);
    expect(requestedFile(content, continuum, request(2))).toBeUndefined();
  });

  it("lists optional LVZ too for a client that asked for all of them, and serves them by index", () => {
    expect(listedFiles(content, askedAll).map((f) => f.name)).toEqual(["good.lvl", "a.lvz", "b.lvz"]);
    expect(requestedFile(content, askedAll, request(2))).toBe(content.lvz[1]!.downloadPacket);
    expect(requestedFile(content, askedAll, request(0))).toBe(content.map.downloadPacket);
  });
});
