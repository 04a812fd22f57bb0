import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { DirLock } from "./dir-lock.js";
import { KvBucketConfigError, KvClosedError } from "./errors.js";
import { type BucketHost, BucketState, FileBucket } from "./file-bucket.js";
import { validateBucketName, validateTtl } from "./keys.js";
import { encodeRecord, type LogRecord, MAX_RECORD_BYTES, RecordOp } from "./log-codec.js";
import { CorruptionPolicy, LogFile, type OpenedLog, type Recovery } from "./log-file.js";
import type { BucketOptions, KvBucket, Store } from "./store.js";
import { WriteQueue } from "./write-queue.js";

/** Largest maxValueBytes FileStore accepts: a record must stay under the reader's limit. */
export const MAX_VALUE_BYTES = MAX_RECORD_BYTES / 2;

export interface FileStoreOptions {
  /** Directory holding `store.log` and `store.lock`; created if missing. One open store per directory (KvLockedError). */
  dir: string;
  /** fdatasync each write batch before acknowledging it (default true). Off: a crash may lose acknowledged writes. */
  sync?: boolean;
  /** Wall clock in ms, for expiry (default Date.now; injectable for tests). */
  now?: () => number;
  /** Compact once the log passes this size and has doubled since the last compaction (default 8 MiB). */
  compactBytes?: number;
  /** Largest value accepted (default 1 MiB, as a NATS server's max_payload; at most MAX_VALUE_BYTES). */
  maxValueBytes?: number;
  /** How often expired entries are dropped from memory (default 1000 ms); reads check expiry anyway. */
  sweepIntervalMs?: number;
  /** Damage in the middle of the log: refuse to open (default "fail") or keep the valid prefix ("truncate"). */
  onCorrupt?: CorruptionPolicy;
  /** Told when bytes were cut from the end of the log at open (a torn last write, or kept-prefix damage). */
  onRecovered?: (recovery: Recovery) => void;
}

/** Mode of a data folder the store creates: owner only. */
export const STORE_DIR_MODE = 0o700;

/**
 * The embedded store of the all-in-one mode: every bucket in one append-only log
 * (`<dir>/store.log`) with a CRC per record, replayed into memory at open.
 *
 * Durability: a write resolves once its record is written and fdatasync'd; writes made while
 * a sync is in flight share the next one (group commit), so a crash, even SIGKILL, loses no
 * acknowledged write. Recovery at open: a torn last write (a record cut short, or bytes after
 * the last valid record with no valid record following them) is cut off and reported through
 * `onRecovered`; damage followed by valid records is not a crash artefact, so opening fails
 * with KvCorruptError naming the file and byte offset, unless `onCorrupt: "truncate"` asks to
 * keep the valid prefix. Opening never hangs on a damaged file: the search for valid records
 * after damage is bounded.
 *
 * Compaction rewrites the live entries (plus each bucket's revision counter, so revisions never
 * repeat) to a new file, syncs it and renames it over the log.
 */
export class FileStore implements Store {
  private readonly buckets = new Map<string, BucketState>();
  private readonly queue: WriteQueue;
  private readonly host: BucketHost;
  private readonly sweeper: NodeJS.Timeout;
  private readonly compactBytes: number;
  private compactAt: number;
  private closed = false;

  private constructor(
    private readonly log: LogFile,
    private readonly lock: DirLock,
    records: LogRecord[],
    opts: FileStoreOptions,
    maxValueBytes: number,
  ) {
    for (const r of records) this.replay(r);
    const now = opts.now ?? Date.now;
    this.compactBytes = opts.compactBytes ?? 8 * 1024 * 1024;
    this.compactAt = this.compactBytes;
    this.queue = new WriteQueue(log, () => this.maybeCompact());
    this.host = {
      maxValueBytes,
      now,
      assertOpen: () => this.assertOpen(),
      write: (r) => this.queue.enqueue(encodeRecord(r)),
    };
    this.sweeper = setInterval(() => {
      for (const b of this.buckets.values()) b.sweep(now());
    }, opts.sweepIntervalMs ?? 1_000);
    this.sweeper.unref();
  }

  /** Opens (or creates) the store in `opts.dir`; see the class comment for recovery. */
  static async open(opts: FileStoreOptions): Promise<FileStore> {
    const maxValueBytes = opts.maxValueBytes ?? 1024 * 1024;
    if (!Number.isSafeInteger(maxValueBytes) || maxValueBytes < 0 || maxValueBytes > MAX_VALUE_BYTES)
      throw new KvBucketConfigError(`maxValueBytes must be 0..${MAX_VALUE_BYTES}, got ${maxValueBytes}`);
    // Folders the store creates are the owner's only (an existing folder is left as it is).
    await mkdir(opts.dir, { recursive: true, mode: STORE_DIR_MODE });
    const lock = await DirLock.acquire(opts.dir);
    let opened: OpenedLog;
    try {
      opened = await LogFile.open(join(opts.dir, "store.log"), {
        sync: opts.sync ?? true,
        onCorrupt: opts.onCorrupt ?? CorruptionPolicy.Fail,
      });
    } catch (err) {
      await lock.release();
      throw err;
    }
    if (opened.recovery) opts.onRecovered?.(opened.recovery);
    return new FileStore(opened.file, lock, opened.records, opts, maxValueBytes);
  }

  /** Path of the log file. */
  get path(): string {
    return this.log.path;
  }

  async bucket(name: string, opts: BucketOptions = {}): Promise<KvBucket> {
    this.assertOpen();
    validateBucketName(name);
    const ttlMs = validateTtl(name, opts.ttlMs);
    const known = this.buckets.get(name);
    if (known && known.ttlMs !== ttlMs)
      throw new KvBucketConfigError(`bucket ${name} has ttl ${known.ttlMs} ms, asked for ${ttlMs} ms`);
    if (known) return new FileBucket(known, this.host);
    const state = new BucketState(name, ttlMs, 0);
    this.buckets.set(name, state);
    await this.queue.enqueue(encodeRecord({ op: RecordOp.Bucket, bucket: name, revision: 0, ttlMs }));
    return new FileBucket(state, this.host);
  }

  /** Stops every watch, waits for queued writes, closes the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.sweeper);
    for (const b of this.buckets.values()) b.hub.stopAll();
    await this.queue.drain();
    await this.log.close();
    await this.lock.release();
  }

  private assertOpen(): void {
    if (this.closed) throw new KvClosedError();
    const failed = this.queue.failed;
    if (failed !== undefined) throw new KvClosedError({ cause: failed });
  }

  private replay(r: LogRecord): void {
    const b = this.buckets.get(r.bucket);
    if (r.op === RecordOp.Bucket) {
      if (b) b.seq = Math.max(b.seq, r.revision);
      else this.buckets.set(r.bucket, new BucketState(r.bucket, r.ttlMs, r.revision));
      return;
    }
    // A bucket record always precedes the bucket's first write; without one the record is orphaned.
    if (!b) return;
    b.seq = Math.max(b.seq, r.revision);
    if (r.op === RecordOp.Put) b.entries.set(r.key, { value: r.value, revision: r.revision, writtenAt: r.writtenAt });
    else b.entries.delete(r.key);
  }

  /**
   * Runs between write batches. Compacts when the log has passed the threshold; the next
   * threshold is twice the compacted size, so a store whose live data is large does not compact
   * after every batch. Entries in memory whose records are still queued are included: replaying
   * their records again after the compacted file changes nothing.
   */
  private async maybeCompact(): Promise<void> {
    if (this.log.size <= this.compactAt) return;
    const now = this.host.now();
    const records: Buffer[] = [];
    for (const b of this.buckets.values()) {
      b.sweep(now);
      records.push(encodeRecord({ op: RecordOp.Bucket, bucket: b.name, revision: b.seq, ttlMs: b.ttlMs }));
      for (const [key, e] of b.entries) {
        records.push(
          encodeRecord({
            op: RecordOp.Put,
            bucket: b.name,
            key,
            revision: e.revision,
            writtenAt: e.writtenAt,
            value: e.value,
          }),
        );
      }
    }
    await this.log.rewrite(records);
    this.compactAt = Math.max(this.compactBytes, 2 * this.log.size);
  }
}
