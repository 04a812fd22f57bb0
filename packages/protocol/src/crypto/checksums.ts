/** Checksums of the protocol (files-and-settings.md §6, login-and-arena.md §9). */

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** zlib's CRC-32 (map and news files, `0x29`, `0x0A`). `prev` continues a running CRC. */
export function crc32(data: Uint8Array, prev = 0): number {
  let c = ~prev >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/**
 * XOR of bytes [start, end), clamped to the buffer: 0 over a whole valid position packet (C2S
 * `0x03` bytes 0..21, S2C `0x05` bytes 0..20), whose checksum byte makes it so.
 */
export function xorChecksum(buf: Uint8Array, start: number, end: number): number {
  const stop = Math.min(end, buf.length);
  let x = 0;
  for (let i = Math.max(0, start); i < stop; i++) x ^= buf[i]!;
  return x;
}

/**
 * Settings checksum: Σ (u32 word XOR key) mod 2^32 over the 357 little-endian words of the
 * 1428-byte `0x0F` exactly as sent to that player (type byte included). A trailing partial word,
 * which the real packet never has, is ignored.
 */
export function settingsChecksum(settings: Uint8Array, key: number): number {
  const view = new DataView(settings.buffer, settings.byteOffset, settings.byteLength);
  let sum = 0;
  for (let off = 0; off + 4 <= settings.byteLength; off += 4)
    sum = (sum + ((view.getUint32(off, true) ^ key) >>> 0)) >>> 0;
  return sum;
}

/** Tile at (x, y) of a 1024×1024 map, 0 = empty. */
export type TileAt = (x: number, y: number) => number;

/**
 * The map security checksum as ASSS computes it: sample every 31st column of every 32nd row,
 * starting at the key's truncated remainders (negative keys start at negative coordinates,
 * which wrap), summing `key XOR tile` for tiles 1..160 and 171.
 */
export function mapSecurityChecksum(tileAt: TileAt, key: number): number {
  const s = key | 0;
  let sum = key >>> 0;
  for (let y = s % 32; y < 1024; y += 32) {
    for (let x = s % 31; x < 1024; x += 31) {
      const tile = tileAt(x & 1023, y & 1023);
      if ((tile >= 1 && tile <= 160) || tile === 171) sum = (sum + ((s ^ tile) >>> 0)) >>> 0;
    }
  }
  return sum;
}
