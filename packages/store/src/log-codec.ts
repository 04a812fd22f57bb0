/**
 * Byte layout of the embedded store's append-only log.
 *
 * File: `FILE_MAGIC` (8 bytes), then records. Record: `u32 bodyLength, u32 crc32(body), body`;
 * body: `u8 op, u32 revisionLow, u32 revisionHigh, f64 time, u16 bucketLength, bucket,
 * u16 keyLength, key, value`, all little-endian. `time` is the write's wall-clock ms for Put and
 * Delete and the bucket's TTL for Bucket; a Bucket record's revision is the bucket's sequence
 * when it was written, so compaction never lets a revision repeat.
 */
export const FILE_MAGIC = Buffer.from("ZBKVLOG\x01", "latin1");

/** Record kinds, 1..3. */
export const RecordOp = { Put: 1, Delete: 2, Bucket: 3 } as const;
export type RecordOp = (typeof RecordOp)[keyof typeof RecordOp];

export type LogRecord =
  | {
      readonly op: typeof RecordOp.Put;
      readonly bucket: string;
      readonly key: string;
      readonly revision: number;
      readonly writtenAt: number;
      readonly value: Uint8Array;
    }
  | {
      readonly op: typeof RecordOp.Delete;
      readonly bucket: string;
      readonly key: string;
      readonly revision: number;
      readonly writtenAt: number;
    }
  | { readonly op: typeof RecordOp.Bucket; readonly bucket: string; readonly revision: number; readonly ttlMs: number };

export const RECORD_HEADER_LENGTH = 8;
/** Body bytes before the variable parts: op, revision, time, two string lengths. */
export const BODY_FIXED_LENGTH = 1 + 8 + 8 + 2 + 2;
/** CRC work the torn-or-corrupt search may do, so a pathological tail cannot stall opening. */
export const SCAN_BUDGET_BYTES = 64 * 1024 * 1024;
/** Upper bound of one record body, so a damaged length cannot make the reader allocate gigabytes. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (IEEE, as zlib). */
export function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function encodeRecord(r: LogRecord): Buffer {
  const bucket = Buffer.from(r.bucket, "utf8");
  const key = Buffer.from(r.op === RecordOp.Bucket ? "" : r.key, "utf8");
  const value = r.op === RecordOp.Put ? r.value : new Uint8Array(0);
  const bodyLength = BODY_FIXED_LENGTH + bucket.length + key.length + value.length;
  const out = Buffer.allocUnsafe(RECORD_HEADER_LENGTH + bodyLength);
  let o = RECORD_HEADER_LENGTH;
  o = out.writeUInt8(r.op, o);
  o = out.writeUInt32LE(r.revision % 2 ** 32, o);
  o = out.writeUInt32LE(Math.floor(r.revision / 2 ** 32), o);
  o = out.writeDoubleLE(r.op === RecordOp.Bucket ? r.ttlMs : r.writtenAt, o);
  o = out.writeUInt16LE(bucket.length, o);
  o += bucket.copy(out, o);
  o = out.writeUInt16LE(key.length, o);
  o += key.copy(out, o);
  out.set(value, o);
  out.writeUInt32LE(bodyLength, 0);
  out.writeUInt32LE(crc32(out.subarray(RECORD_HEADER_LENGTH)), 4);
  return out;
}

/** One record read at `offset`, or why none could be. */
export type RecordRead =
  | { readonly ok: true; readonly record: LogRecord; readonly next: number }
  | { readonly ok: false; readonly reason: "short" | "length" | "crc" | "body" };

/** Reads the record at `offset`; never reads past `buf` and never throws. */
export function readRecord(buf: Buffer, offset: number): RecordRead {
  if (offset + RECORD_HEADER_LENGTH > buf.length) return { ok: false, reason: "short" };
  const length = buf.readUInt32LE(offset);
  if (length < BODY_FIXED_LENGTH || length > MAX_RECORD_BYTES) return { ok: false, reason: "length" };
  const end = offset + RECORD_HEADER_LENGTH + length;
  if (end > buf.length) return { ok: false, reason: "short" };
  const body = buf.subarray(offset + RECORD_HEADER_LENGTH, end);
  if (crc32(body) !== buf.readUInt32LE(offset + 4)) return { ok: false, reason: "crc" };
  const record = decodeBody(body);
  return record ? { ok: true, record, next: end } : { ok: false, reason: "body" };
}

function decodeBody(body: Buffer): LogRecord | undefined {
  const op = body.readUInt8(0);
  const revision = body.readUInt32LE(1) + body.readUInt32LE(5) * 2 ** 32;
  const time = body.readDoubleLE(9);
  let p = 17;
  const bucketLength = body.readUInt16LE(p);
  p += 2;
  if (p + bucketLength + 2 > body.length) return undefined;
  const bucket = body.toString("utf8", p, p + bucketLength);
  p += bucketLength;
  const keyLength = body.readUInt16LE(p);
  p += 2;
  if (p + keyLength > body.length) return undefined;
  const key = body.toString("utf8", p, p + keyLength);
  p += keyLength;
  switch (op) {
    case RecordOp.Put:
      return { op, bucket, key, revision, writtenAt: time, value: new Uint8Array(body.subarray(p)) };
    case RecordOp.Delete:
      return p === body.length ? { op, bucket, key, revision, writtenAt: time } : undefined;
    case RecordOp.Bucket:
      return p === body.length && keyLength === 0 ? { op, bucket, revision, ttlMs: time } : undefined;
    default:
      return undefined;
  }
}

/** Where the valid records of a log end, and whether what follows is a torn tail or damage. */
export interface LogScan {
  readonly records: LogRecord[];
  /** Offset just past the last valid record of the unbroken prefix. */
  readonly validBytes: number;
  readonly totalBytes: number;
  /**
   * "torn": nothing valid follows the prefix (a write cut short by a crash). "corrupt": a valid
   * record follows damaged bytes, so data inside the file was lost, at `damageOffset`.
   */
  readonly end: "clean" | "torn" | "corrupt";
  readonly damageOffset: number;
}

/**
 * Reads records after the file magic up to the first that fails; then looks for any valid
 * record further on to tell a torn tail from damage in the middle. The search checks a CRC only
 * where a plausible length fits, so garbage and zero-filled tails are passed over quickly.
 */
export function scanLog(buf: Buffer): LogScan {
  const records: LogRecord[] = [];
  let o = FILE_MAGIC.length;
  for (;;) {
    const r = readRecord(buf, o);
    if (!r.ok) break;
    records.push(r.record);
    o = r.next;
  }
  const base = { records, validBytes: o, totalBytes: buf.length, damageOffset: o };
  if (o === buf.length) return { ...base, end: "clean" };
  let budget = SCAN_BUDGET_BYTES;
  for (let p = o + 1; p + RECORD_HEADER_LENGTH + BODY_FIXED_LENGTH <= buf.length; p++) {
    const length = buf.readUInt32LE(p);
    if (length < BODY_FIXED_LENGTH || length > MAX_RECORD_BYTES || p + RECORD_HEADER_LENGTH + length > buf.length)
      continue;
    budget -= length;
    // Past the budget the tail is too large and odd to call torn; refusing is the safe answer.
    if (budget < 0 || readRecord(buf, p).ok) return { ...base, end: "corrupt" };
  }
  return { ...base, end: "torn" };
}
