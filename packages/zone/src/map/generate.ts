/**
 * The built-in map for a zone started without a folder: a walled square room centred on the
 * map's middle, a safe zone in its centre where players spawn, and symmetric cover. Always the
 * same bytes for the same options.
 */
import { encodeLevelFile, type TileRecord } from "./lvl-writer.js";
import { MAP_SIZE, Tile } from "./tiles.js";

/** Options for {@link generateDefaultMap}. */
export interface DefaultMapOptions {
  /** Side of the room in tiles, walls included (clamped to 40…1000). */
  readonly size?: number;
}

/** Wall tile used for the room and the cover. */
const WALL = 1;

/** Centre of the map, where the safe zone and spawn are. */
export const DEFAULT_MAP_CENTER = MAP_SIZE / 2;

/** Encodes the default map as a plain `.lvl` (tile records only, which every client reads). */
export function generateDefaultMap(options: DefaultMapOptions = {}): Uint8Array {
  const size = Math.max(40, Math.min(1000, Math.floor(options.size ?? 200)));
  const lo = DEFAULT_MAP_CENTER - Math.floor(size / 2);
  const hi = lo + size - 1;
  const tiles: TileRecord[] = [];
  const put = (x: number, y: number, tile: number) => tiles.push({ x, y, tile });

  for (let i = lo; i <= hi; i++) {
    put(i, lo, WALL);
    put(i, hi, WALL);
    if (i !== lo && i !== hi) {
      put(lo, i, WALL);
      put(hi, i, WALL);
    }
  }
  const c = DEFAULT_MAP_CENTER;
  for (let y = c - 4; y <= c + 4; y++) for (let x = c - 4; x <= c + 4; x++) put(x, y, Tile.Safe);

  // Cover: four 6×6 blocks on the diagonals and four walls across the axes, a quarter of the way out.
  const q = Math.floor(size / 4);
  for (const [sx, sy] of [
    [-1, -1],
    [1, -1],
    [-1, 1],
    [1, 1],
  ] as const) {
    const bx = c + sx * q - 3;
    const by = c + sy * q - 3;
    for (let y = by; y < by + 6; y++) for (let x = bx; x < bx + 6; x++) put(x, y, WALL);
  }
  const half = Math.floor(q / 2);
  for (let i = -half; i <= half; i++) {
    put(c + i, c - q, WALL);
    put(c + i, c + q, WALL);
    put(c - q, c + i, WALL);
    put(c + q, c + i, WALL);
  }
  return encodeLevelFile({ tiles });
}
