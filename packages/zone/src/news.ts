import { crc32 } from "./checksums.js";
import { filePacket, S2C_INCOMING_FILE, zlibCompress } from "./map/download.js";

/** Largest news file read. */
export const MAX_NEWS_BYTES = 1024 * 1024;

/** The zone news, ready to send. */
export interface News {
  /** The file as read. */
  readonly bytes: Uint8Array;
  /** CRC-32 of the file (the news checksum in the login response, `0x0A`). */
  readonly crc32: number;
  /** The S2C `0x10` packet: type, 16 zero bytes as name, zlib-compressed news. */
  readonly downloadPacket: Uint8Array;
}

/** Prepares news bytes (e.g. the contents of `news.txt`). */
export function newsFromBytes(bytes: Uint8Array): News {
  return { bytes, crc32: crc32(bytes), downloadPacket: filePacket(S2C_INCOMING_FILE, "", zlibCompress(bytes)) };
}
