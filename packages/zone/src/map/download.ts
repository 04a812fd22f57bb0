import { deflateSync } from "node:zlib";

/** S2C packet carrying a map or LVZ file (streamed with `00 0A`). */
export const S2C_MAP_DATA = 0x2a;
/** S2C packet carrying news or any other file (streamed with `00 0A`). */
export const S2C_INCOMING_FILE = 0x10;
/** Length of the file-name field in file packets and in the `0x29` map list. */
export const FILE_NAME_LENGTH = 16;
/** ASSS warns when a compressed map or LVZ is bigger than this. */
export const LARGE_DOWNLOAD_BYTES = 256 * 1024;

/** `type`, the name NUL-padded (or cut) to 16 bytes, then `body`. */
export function filePacket(type: number, name: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(1 + FILE_NAME_LENGTH + body.length);
  out[0] = type;
  out.set(Buffer.from(name, "latin1").subarray(0, FILE_NAME_LENGTH), 1);
  out.set(body, 1 + FILE_NAME_LENGTH);
  return out;
}

/** zlib `compress()` of `data`: a zlib stream with header (`78 9C`), default level. */
export function zlibCompress(data: Uint8Array): Uint8Array {
  const out = deflateSync(data);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
