/**
 * Packets too big for one datagram: `00 08` body / `00 09` tail pieces (core.md §6) and the
 * sized stream `00 0A` (core.md §7). Both carry slices of one game packet.
 */
import { CHUNK_DATA_LENGTH } from "../constants.js";
import { CoreErrorCode, type Decoded, decoded, decodeError } from "../errors.js";
import { corePacket, readI32, writeU32 } from "./bytes.js";
import { checkMin } from "./check.js";
import { CoreType } from "./core-type.js";

/** `00 08` (more follows) or `00 09` (last piece), then the piece's bytes. */
export interface Chunk {
  readonly tail: boolean;
  /** A view into the decoded bytes, not a copy. */
  readonly data: Uint8Array;
}
export const CHUNK_HEADER_LENGTH = 2;
/** Shortest `00 08`/`00 09`: header and one data byte (core.md §6). */
export const CHUNK_MIN_LENGTH = CHUNK_HEADER_LENGTH + 1;

export function encodeChunk(tail: boolean, data: Uint8Array): Uint8Array {
  const b = corePacket(tail ? CoreType.ChunkTail : CoreType.Chunk, CHUNK_HEADER_LENGTH + data.length);
  b.set(data, CHUNK_HEADER_LENGTH);
  return b;
}

export function decodeChunk(b: Uint8Array): Decoded<Chunk> {
  const tail = b[1] === CoreType.ChunkTail;
  const bad = checkMin<Chunk>(b, tail ? CoreType.ChunkTail : CoreType.Chunk, CHUNK_MIN_LENGTH, "chunk");
  return bad ?? decoded({ tail, data: b.subarray(CHUNK_HEADER_LENGTH) });
}

/** Splits a big game packet into `00 08` pieces of 480 bytes and a final `00 09`. */
export function splitIntoChunks(packet: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let off = 0; off < packet.length; off += CHUNK_DATA_LENGTH) {
    const end = Math.min(off + CHUNK_DATA_LENGTH, packet.length);
    out.push(encodeChunk(end === packet.length, packet.subarray(off, end)));
  }
  return out;
}

/** `00 0A`: i32 total length of the streamed packet, then the next slice of it. */
export interface StreamChunk {
  readonly total: number;
  /** A view into the decoded bytes, not a copy. */
  readonly data: Uint8Array;
}
export const STREAM_HEADER_LENGTH = 6;
export const STREAM_MIN_LENGTH = STREAM_HEADER_LENGTH + 1;

export function encodeStreamChunk(total: number, data: Uint8Array): Uint8Array {
  const b = corePacket(CoreType.Stream, STREAM_HEADER_LENGTH + data.length);
  writeU32(b, 2, total);
  b.set(data, STREAM_HEADER_LENGTH);
  return b;
}

export function decodeStreamChunk(b: Uint8Array): Decoded<StreamChunk> {
  const bad = checkMin<StreamChunk>(b, CoreType.Stream, STREAM_MIN_LENGTH, "stream chunk");
  if (bad) return bad;
  const total = readI32(b, 2);
  const data = b.subarray(STREAM_HEADER_LENGTH);
  if (total < data.length) return decodeError(CoreErrorCode.BadField, `stream chunk: total ${total} < slice`);
  return decoded({ total, data });
}

/** Number of `00 0A` chunks a packet of this length needs. */
export const streamChunkCount = (length: number): number => Math.ceil(length / CHUNK_DATA_LENGTH);

/** The `index`-th `00 0A` chunk of a streamed packet. */
export function streamChunkAt(packet: Uint8Array, index: number): Uint8Array {
  const off = index * CHUNK_DATA_LENGTH;
  return encodeStreamChunk(packet.length, packet.subarray(off, Math.min(off + CHUNK_DATA_LENGTH, packet.length)));
}
