import {
  closeSync,
  fdatasyncSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  truncateSync,
  writeSync,
} from "node:fs";
import { KvCorruptError } from "./errors.js";

/**
 * One record of the embedded store's append-only log:
 * `u32 length, u32 crc32(body), body` where body = `u8 op, u32 revision, f64 writtenAt,
 * u16 bucket length, bucket, u16 key length, key, value`.
 */
export const RecordOp = { Put: 1, Delete: 2, Bucket: 3 } as const;
export type RecordOp = (typeof RecordOp)[keyof typeof RecordOp];

export interface LogRecord {
  readonly op: RecordOp;
  readonly bucket: string;
  readonly key: string;
  readonly revision: number;
  /** Wall-clock ms of the write; for Bucket records, the bucket's TTL. */
  readonly writtenAt: number;
  readonly value: Uint8Array;
}

const HEADER = 8;
const FIXED = 1 + 4 + 8 + 2 + 2;
/** Upper bound of one record, so a corrupt length cannot make us allocate gigabytes. */
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

function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function encodeRecord(r: LogRecord): Buffer {
  const bucket = Buffer.from(r.bucket, "utf8");
  const key = Buffer.from(r.key, "utf8");
  const bodyLen = FIXED + bucket.length + key.length + r.value.length;
  const out = Buffer.allocUnsafe(HEADER + bodyLen);
  let o = HEADER;
  o = out.writeUInt8(r.op, o);
  o = out.writeUInt32LE(r.revision >>> 0, o);
  o = out.writeDoubleLE(r.writtenAt, o);
  o = out.writeUInt16LE(bucket.length, o);
  o += bucket.copy(out, o);
  o = out.writeUInt16LE(key.length, o);
  o += key.copy(out, o);
  out.set(r.value, o);
  out.writeUInt32LE(bodyLen, 0);
  out.writeUInt32LE(crc32(out.subarray(HEADER)), 4);
  return out;
}

export interface ReadResult {
  readonly records: LogRecord[];
  /** Bytes of valid records; anything after is a torn or corrupt tail. */
  readonly validBytes: number;
  readonly totalBytes: number;
}

/** Reads every valid record from the start of `buf`, stopping at the first torn or corrupt one. */
export function decodeRecords(buf: Buffer): ReadResult {
  const records: LogRecord[] = [];
  let o = 0;
  while (o + HEADER <= buf.length) {
    const len = buf.readUInt32LE(o);
    if (len < FIXED || len > MAX_RECORD_BYTES || o + HEADER + len > buf.length) break;
    const body = buf.subarray(o + HEADER, o + HEADER + len);
    if (crc32(body) !== buf.readUInt32LE(o + 4)) break;
    let p = 0;
    const op = body.readUInt8(p++) as RecordOp;
    const revision = body.readUInt32LE(p);
    p += 4;
    const writtenAt = body.readDoubleLE(p);
    p += 8;
    const bl = body.readUInt16LE(p);
    p += 2;
    if (p + bl + 2 > body.length) break;
    const bucket = body.toString("utf8", p, p + bl);
    p += bl;
    const kl = body.readUInt16LE(p);
    p += 2;
    if (p + kl > body.length) break;
    const key = body.toString("utf8", p, p + kl);
    p += kl;
    if (op !== RecordOp.Put && op !== RecordOp.Delete && op !== RecordOp.Bucket) break;
    records.push({ op, bucket, key, revision, writtenAt, value: new Uint8Array(body.subarray(p)) });
    o += HEADER + len;
  }
  return { records, validBytes: o, totalBytes: buf.length };
}

/** The append-only file: read at open, appended with one write and one fdatasync per batch. */
export class LogFile {
  private fd: number;

  constructor(readonly path: string) {
    this.fd = openSync(path, "a+");
  }

  /** Reads all valid records; a torn tail is cut off so later appends follow valid data. */
  readAll(): ReadResult {
    let buf: Buffer;
    try {
      buf = readFileSync(this.path);
    } catch (err) {
      throw new KvCorruptError(`cannot read store file ${this.path}: ${(err as Error).message}`, { cause: err });
    }
    const res = decodeRecords(buf);
    if (res.validBytes < res.totalBytes) truncateSync(this.path, res.validBytes);
    return res;
  }

  append(chunks: Buffer[], sync: boolean): void {
    const all = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    writeSync(this.fd, all);
    if (sync) fdatasyncSync(this.fd);
  }

  size(): number {
    return statSync(this.path).size;
  }

  /** Replaces the file with `records` (write a new file, sync it, rename over the old one). */
  rewrite(records: Buffer[]): void {
    const tmp = `${this.path}.compact`;
    const fd = openSync(tmp, "w");
    try {
      if (records.length > 0) writeSync(fd, Buffer.concat(records));
      fdatasyncSync(fd);
    } finally {
      closeSync(fd);
    }
    closeSync(this.fd);
    renameSync(tmp, this.path);
    this.fd = openSync(this.path, "a+");
  }

  close(): void {
    closeSync(this.fd);
  }
}
