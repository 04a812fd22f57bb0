/**
 * The map a bot downloads (files-and-settings.md §2–§3): the CRC-32 `0x29` announces, the zlib
 * stream `0x2A` carries, and the level's tiles for the security checksum.
 */
import { inflate } from "node:zlib";
import { crc32, type TileAt } from "../crypto/index.js";
import type { S2CMapData, S2CMapInfo } from "../game/index.js";
import { BotError, BotErrorCode } from "./errors.js";

/** Largest inflated map accepted: a BMP tileset plus a full 1024×1024 tile list (ours). */
export const DEFAULT_MAX_MAP_BYTES = 8 * 1024 * 1024;

/** What `0x29` says about the map: its name and the CRC-32 of the uncompressed file. */
export interface MapAnnouncement {
  readonly name: string;
  readonly crc32: number;
}

/** The map entry of either `0x29` form (VIE: one file; Continuum: the first of the list). */
export function announcedMap(info: S2CMapInfo): MapAnnouncement | undefined {
  if ("files" in info) {
    const first = info.files[0];
    return first && { name: first.name, crc32: first.crc32 };
  }
  return { name: info.name, crc32: info.crc32 };
}

/** A downloaded map: its name, the inflated .lvl bytes and their CRC-32 (equal to the announced one). */
export interface DownloadedMap {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly crc32: number;
}

/** Inflates a `0x2A` and checks it against the announcement; rejects with MapCorrupt or MapChecksum. */
export async function verifyMap(
  data: S2CMapData,
  expected: MapAnnouncement,
  maxBytes = DEFAULT_MAX_MAP_BYTES,
): Promise<DownloadedMap> {
  const bytes = await new Promise<Uint8Array>((resolve, reject) => {
    inflate(data.data, { maxOutputLength: maxBytes }, (err, out) => {
      if (err)
        reject(
          new BotError(`map ${data.name} does not inflate: ${err.message}`, BotErrorCode.MapCorrupt, { cause: err }),
        );
      else resolve(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
    });
  });
  const crc = crc32(bytes);
  if (crc !== expected.crc32 >>> 0) {
    throw new BotError(
      `map ${data.name}: CRC-32 ${hex(crc)} differs from the announced ${hex(expected.crc32)}`,
      BotErrorCode.MapChecksum,
    );
  }
  return { name: data.name, bytes, crc32: crc };
}

const hex = (n: number): string => `0x${(n >>> 0).toString(16).padStart(8, "0")}`;

const BMP_MAGIC = 0x4d42;
const ELVL_MAGIC = 0x6c766c65;
const MAP_SIDE = 1024;

/**
 * The tiles of a .lvl: skips a BMP tileset or a bare elvl header, then reads the u32 records
 * (x 12 bits, y 12 bits, tile 8 bits), ignoring out-of-range ones. Big objects are not expanded:
 * their tile numbers do not count in the security checksum. Malformed headers give an empty map.
 */
export function levelTiles(lvl: Uint8Array): TileAt {
  const view = new DataView(lvl.buffer, lvl.byteOffset, lvl.byteLength);
  let offset = 0;
  if (lvl.length >= 6 && view.getUint16(0, true) === BMP_MAGIC) offset = view.getUint32(2, true);
  else if (lvl.length >= 8 && view.getUint32(0, true) === ELVL_MAGIC) offset = view.getUint32(4, true);
  const tiles = new Map<number, number>();
  for (let o = offset; o + 4 <= lvl.length; o += 4) {
    const record = view.getUint32(o, true);
    const x = record & 0xfff;
    const y = (record >>> 12) & 0xfff;
    if (x >= MAP_SIDE || y >= MAP_SIDE) continue;
    tiles.set(y * MAP_SIDE + x, record >>> 24);
  }
  return (x, y) => tiles.get(y * MAP_SIDE + x) ?? 0;
}
