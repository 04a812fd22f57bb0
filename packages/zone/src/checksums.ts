/**
 * Checksums over zone content (files-and-settings.md §6). Kept here rather than imported so the
 * content package depends on no other zonebus package.
 */
import { MAP_SIZE } from "./map/tiles.js";

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** zlib's CRC-32 (map, LVZ and news files). `prev` continues a running CRC. */
export function crc32(data: Uint8Array, prev = 0): number {
  let c = ~prev >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** Settings checksum: Σ (u32 word XOR key) mod 2^32 over the 357 words of the 1428-byte packet. */
export function settingsChecksum(settings: Uint8Array, key: number): number {
  const view = new DataView(settings.buffer, settings.byteOffset, settings.byteLength);
  let sum = 0;
  for (let off = 0; off + 4 <= settings.byteLength; off += 4) {
    sum = (sum + ((view.getUint32(off, true) ^ key) >>> 0)) >>> 0;
  }
  return sum;
}

/**
 * The map security checksum as ASSS computes it (login-and-arena.md §9): with s = key as i32,
 * start at sum = key and, for y from s rem 32 step 32 and x from s rem 31 step 31 (C remainders,
 * so negative keys start at negative coordinates, which wrap), add `s XOR tile` for tiles 1–160
 * and 171. `tiles` is the row-major 1024×1024 grid.
 */
export function mapSecurityChecksum(tiles: Uint8Array, key: number): number {
  const s = key | 0;
  let sum = key >>> 0;
  for (let y = s % 32; y < MAP_SIZE; y += 32) {
    const row = (y & (MAP_SIZE - 1)) * MAP_SIZE;
    for (let x = s % 31; x < MAP_SIZE; x += 31) {
      const tile = tiles[row + (x & (MAP_SIZE - 1))]!;
      if ((tile >= 1 && tile <= 160) || tile === 171) sum = (sum + ((s ^ tile) >>> 0)) >>> 0;
    }
  }
  return sum;
}
