/**
 * Writes `.lvl` files: tile records, optionally after a BMP tileset and with extended-lvl
 * metadata (attributes and regions). Used for the generated default map and to build test maps.
 */
import { ELVL_MAGIC } from "./lvl.js";
import { encodeRegionTiles } from "./rle.js";
import { MAP_SIZE } from "./tiles.js";

/** One tile record. */
export interface TileRecord {
  readonly x: number;
  readonly y: number;
  readonly tile: number;
}

/** A region to write. `tiles` is a membership test, or an already encoded `rTIL` payload. */
export interface RegionDefinition {
  readonly name: string;
  readonly tiles: ((x: number, y: number) => boolean) | Uint8Array;
  readonly base?: boolean;
  readonly noAntiwarp?: boolean;
  readonly noWeapons?: boolean;
  readonly noFlagDrops?: boolean;
  readonly noReceiveAntiwarp?: boolean;
  readonly noReceiveWeapons?: boolean;
  readonly autoWarp?: { readonly x: number; readonly y: number; readonly arena?: string };
}

/** What to write. */
export interface LevelFileContent {
  readonly tiles: readonly TileRecord[];
  /** A BMP file (the tileset) to put first; its header is patched to point at tiles and metadata. */
  readonly tileset?: Uint8Array;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly regions?: readonly RegionDefinition[];
}

/** Encodes a level file. Tiles off the map are dropped. */
export function encodeLevelFile(content: LevelFileContent): Uint8Array {
  const meta = encodeMetadata(content);
  const tiles = encodeTiles(content.tiles);
  if (content.tileset === undefined) return concat([meta ?? new Uint8Array(), tiles]);
  const bmp = new Uint8Array(content.tileset.length + ((4 - (content.tileset.length & 3)) & 3));
  bmp.set(content.tileset);
  const view = new DataView(bmp.buffer);
  if (bmp.length >= 10) {
    view.setUint32(2, bmp.length + (meta?.length ?? 0), true);
    view.setUint32(6, meta === undefined ? 0 : bmp.length, true);
  }
  return concat([bmp, meta ?? new Uint8Array(), tiles]);
}

function encodeTiles(tiles: readonly TileRecord[]): Uint8Array {
  const kept = tiles.filter((t) => t.x >= 0 && t.y >= 0 && t.x < MAP_SIZE && t.y < MAP_SIZE);
  const out = new Uint8Array(kept.length * 4);
  const view = new DataView(out.buffer);
  kept.forEach((t, i) => {
    view.setUint32(i * 4, ((t.tile & 0xff) << 24) | (t.y << 12) | t.x, true);
  });
  return out;
}

function encodeMetadata(content: LevelFileContent): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  for (const [k, v] of Object.entries(content.attributes ?? {})) chunks.push(chunk("ATTR", latin1(`${k}=${v}`)));
  for (const r of content.regions ?? []) chunks.push(chunk("REGN", encodeRegion(r)));
  if (chunks.length === 0) return undefined;
  const body = concat(chunks);
  const head = new Uint8Array(12);
  const view = new DataView(head.buffer);
  view.setUint32(0, ELVL_MAGIC, true);
  view.setUint32(4, 12 + body.length, true);
  return concat([head, body]);
}

function encodeRegion(r: RegionDefinition): Uint8Array {
  const subs = [chunk("rNAM", latin1(r.name))];
  subs.push(chunk("rTIL", r.tiles instanceof Uint8Array ? r.tiles : encodeRegionTiles(r.tiles)));
  const flags: [boolean | undefined, string][] = [
    [r.base, "rBSE"],
    [r.noAntiwarp, "rNAW"],
    [r.noWeapons, "rNWP"],
    [r.noFlagDrops, "rNFL"],
    [r.noReceiveAntiwarp, "rNRA"],
    [r.noReceiveWeapons, "rNRW"],
  ];
  for (const [on, type] of flags) if (on === true) subs.push(chunk(type, new Uint8Array()));
  if (r.autoWarp !== undefined) {
    const data = new Uint8Array(r.autoWarp.arena === undefined ? 4 : 20);
    const view = new DataView(data.buffer);
    view.setInt16(0, r.autoWarp.x, true);
    view.setInt16(2, r.autoWarp.y, true);
    if (r.autoWarp.arena !== undefined) data.set(latin1(r.autoWarp.arena).subarray(0, 15), 4);
    subs.push(chunk("rAWP", data));
  }
  return concat(subs);
}

/** One chunk: type, size, data, zero padding to a multiple of 4. */
export function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(8 + data.length + ((4 - (data.length & 3)) & 3));
  out.set(latin1(type).subarray(0, 4));
  new DataView(out.buffer).setUint32(4, data.length, true);
  out.set(data, 8);
  return out;
}

function latin1(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, "latin1"));
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}
