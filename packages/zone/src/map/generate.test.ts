import { describe, expect, it } from "vitest";
import { DiagnosticList } from "../diagnostics.js";
import { DEFAULT_MAP_CENTER, generateDefaultMap } from "./generate.js";
import { parseLevelFile } from "./lvl.js";
import { MAP_SIZE, Tile } from "./tiles.js";

const load = (bytes: Uint8Array) => {
  const d = new DiagnosticList();
  const map = parseLevelFile(bytes, "zonebus.lvl", d);
  return { map, diagnostics: d.finish() };
};

describe("generated default map", () => {
  it("is the same valid plain .lvl every time", () => {
    const a = generateDefaultMap();
    expect(Buffer.from(a).equals(Buffer.from(generateDefaultMap()))).toBe(true);
    expect(a.length % 4).toBe(0);
    expect(a[0] === 0x42 && a[1] === 0x4d).toBe(false);
    expect(load(a).diagnostics).toEqual([]);
  });

  it("puts a safe zone at the centre, where spawns go", () => {
    const { map } = load(generateDefaultMap());
    expect(map.tileAt(DEFAULT_MAP_CENTER, DEFAULT_MAP_CENTER)).toBe(Tile.Safe);
    expect(map.tileAt(DEFAULT_MAP_CENTER + 4, DEFAULT_MAP_CENTER - 4)).toBe(Tile.Safe);
    expect(map.tileAt(DEFAULT_MAP_CENTER + 5, DEFAULT_MAP_CENTER)).toBe(Tile.Empty);
    expect(map.flagCount).toBe(0);
  });

  it("encloses a room of the asked size that ships can cross from the centre to the walls", () => {
    const size = 120;
    const { map } = load(generateDefaultMap({ size }));
    // Flood fill over non-wall tiles from the centre: it must reach all four inner edges and stay inside.
    const seen = new Uint8Array(MAP_SIZE * MAP_SIZE);
    const stack = [DEFAULT_MAP_CENTER * MAP_SIZE + DEFAULT_MAP_CENTER];
    let minX = MAP_SIZE;
    let maxX = 0;
    while (stack.length > 0) {
      const at = stack.pop()!;
      const x = at % MAP_SIZE;
      const y = Math.floor(at / MAP_SIZE);
      if (seen[at] || x <= 0 || y <= 0 || x >= MAP_SIZE - 1 || y >= MAP_SIZE - 1) continue;
      const t = map.tileAt(x, y);
      if (t >= Tile.FirstWall && t <= Tile.LastWall) continue;
      seen[at] = 1;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      stack.push(at + 1, at - 1, at + MAP_SIZE, at - MAP_SIZE);
    }
    expect(maxX - minX + 1).toBe(size - 2);
    const reachable = seen.reduce((n, v) => n + v, 0);
    const covered = (size - 2) * (size - 2);
    expect(reachable).toBeGreaterThan(covered * 0.9);
    expect(reachable).toBeLessThan(covered);
  });
});
