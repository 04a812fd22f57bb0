import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { subjectMatches } from "@zonebus/bus";
import { KvBucketConfigError, KvClosedError, KvExistsError, KvRevisionError } from "./errors.js";
import { encodeRecord, LogFile, type LogRecord, RecordOp } from "./log-file.js";
import {
  type BucketOptions,
  type KvBucket,
  type KvWatch,
  type KvWatchEvent,
  type Store,
  validateBucketName,
  validateKey,
  validatePattern,
} from "./store.js";

export interface FileStoreOptions {
  /** Directory holding `store.log`; created if missing. */
  dir: string;
  /** fdatasync every write batch before acknowledging it (default true). */
  sync?: boolean;
  /** Wall clock in ms, for expiry (injectable for tests). */
  now?: () => number;
  /** Compact when the log passes this size and is mostly dead records (default 8 MiB). */
  compactBytes?: number;
  /** Called when a torn or corrupt tail was cut off at open. */
  onRecovered?: (info: { path: string; droppedBytes: number }) => void;
}

interface Stored {
  value: Uint8Array;
  revision: number;
  writtenAt: number;
}

interface BucketState {
  readonly name: string;
  readonly ttlMs: number;
  readonly entries: Map<string, Stored>;
  readonly watchers: Set<{ pattern: string[]; handler: (ev: KvWatchEvent) => void }>;
  seq: number;
}

/**
 * The embedded store of the all-in-one mode: every bucket in one append-only log with a CRC
 * per record, replayed at open. A write is acknowledged after it is on disk (one fdatasync per
 * batch of writes made in the same turn of the event loop), so a crash loses no acknowledged
 * write; a torn last record is detected by its length or CRC and cut off at the next open.
 */
export class FileStore implements Store {
  private readonly log: LogFile;
  private readonly buckets = new Map<string, BucketState>();
  private pending: Buffer[] = [];
  private waiters: { resolve: () => void; reject: (e: Error) => void }[] = [];
  private flushScheduled = false;
  private closed = false;
  private readonly now: () => number;
  private readonly sync: boolean;
  private readonly compactBytes: number;
  private readonly sweeper: NodeJS.Timeout;

  private constructor(opts: FileStoreOptions) {
    mkdirSync(opts.dir, { recursive: true });
    this.now = opts.now ?? Date.now;
    this.sync = opts.sync ?? true;
    this.compactBytes = opts.compactBytes ?? 8 * 1024 * 1024;
    this.log = new LogFile(join(opts.dir, "store.log"));
    const res = this.log.readAll();
    if (res.validBytes < res.totalBytes)
      opts.onRecovered?.({ path: this.log.path, droppedBytes: res.totalBytes - res.validBytes });
    for (const r of res.records) this.replay(r);
    this.sweeper = setInterval(() => this.sweep(), 1_000);
    this.sweeper.unref();
  }

  /** Opens (or creates) the store in `opts.dir`. */
  static open(opts: FileStoreOptions): FileStore {
    return new FileStore(opts);
  }

  async bucket(name: string, opts: BucketOptions = {}): Promise<KvBucket> {
    if (this.closed) throw new KvClosedError();
    validateBucketName(name);
    const ttlMs = opts.ttlMs ?? 0;
    let state = this.buckets.get(name);
    if (state && state.ttlMs !== ttlMs)
      throw new KvBucketConfigError(`bucket ${name} has ttl ${state.ttlMs} ms, asked for ${ttlMs} ms`);
    if (!state) {
      state = { name, ttlMs, entries: new Map(), watchers: new Set(), seq: 0 };
      this.buckets.set(name, state);
      await this.write({
        op: RecordOp.Bucket,
        bucket: name,
        key: "",
        revision: 0,
        writtenAt: ttlMs,
        value: new Uint8Array(),
      });
    }
    return this.handle(state);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.flushNow();
    this.closed = true;
    clearInterval(this.sweeper);
    this.log.close();
  }

  private handle(b: BucketState): KvBucket {
    const live = (key: string): Stored | undefined => {
      const e = b.entries.get(key);
      if (!e) return undefined;
      if (b.ttlMs > 0 && e.writtenAt + b.ttlMs <= this.now()) {
        b.entries.delete(key);
        return undefined;
      }
      return e;
    };
    const set = async (key: string, value: Uint8Array): Promise<number> => {
      const revision = ++b.seq;
      const writtenAt = this.now();
      b.entries.set(key, { value, revision, writtenAt });
      const done = this.write({ op: RecordOp.Put, bucket: b.name, key, revision, writtenAt, value });
      this.notify(b, { op: "put", key, value, revision });
      await done;
      return revision;
    };
    return {
      name: b.name,
      get: async (key) => {
        validateKey(key);
        this.assertOpen();
        const e = live(key);
        return e ? { key, value: e.value, revision: e.revision } : undefined;
      },
      put: async (key, value) => {
        validateKey(key);
        this.assertOpen();
        return set(key, value);
      },
      create: async (key, value) => {
        validateKey(key);
        this.assertOpen();
        if (live(key)) throw new KvExistsError(b.name, key);
        return set(key, value);
      },
      update: async (key, value, expected) => {
        validateKey(key);
        this.assertOpen();
        if (live(key)?.revision !== expected) throw new KvRevisionError(b.name, key, expected);
        return set(key, value);
      },
      delete: async (key, opts) => {
        validateKey(key);
        this.assertOpen();
        const e = live(key);
        if (opts?.expectedRevision !== undefined && e?.revision !== opts.expectedRevision) {
          throw new KvRevisionError(b.name, key, opts.expectedRevision);
        }
        b.entries.delete(key);
        const revision = ++b.seq;
        const done = this.write({
          op: RecordOp.Delete,
          bucket: b.name,
          key,
          revision,
          writtenAt: this.now(),
          value: new Uint8Array(),
        });
        this.notify(b, { op: "delete", key, revision });
        await done;
      },
      keys: async (pattern) => {
        if (pattern !== undefined) validatePattern(pattern);
        this.assertOpen();
        const p = pattern?.split(".");
        return [...b.entries.keys()].filter((k) => live(k) && (!p || subjectMatches(p, k.split("."))));
      },
      watch: async (opts, handler) => {
        if (opts.pattern !== undefined) validatePattern(opts.pattern);
        this.assertOpen();
        const pattern = (opts.pattern ?? ">").split(".");
        if (opts.includeCurrent) {
          for (const [key, e] of b.entries) {
            if (live(key) && subjectMatches(pattern, key.split(".")))
              handler({ op: "put", key, value: e.value, revision: e.revision });
          }
        }
        const w = { pattern, handler };
        b.watchers.add(w);
        const stop: KvWatch = { stop: () => b.watchers.delete(w) };
        return stop;
      },
    };
  }

  private notify(b: BucketState, ev: KvWatchEvent): void {
    const tokens = ev.key.split(".");
    for (const w of b.watchers) if (subjectMatches(w.pattern, tokens)) w.handler(ev);
  }

  private assertOpen(): void {
    if (this.closed) throw new KvClosedError();
  }

  private replay(r: LogRecord): void {
    if (r.op === RecordOp.Bucket) {
      const known = this.buckets.get(r.bucket);
      if (known) known.seq = Math.max(known.seq, r.revision);
      else
        this.buckets.set(r.bucket, {
          name: r.bucket,
          ttlMs: r.writtenAt,
          entries: new Map(),
          watchers: new Set(),
          seq: r.revision,
        });
      return;
    }
    const b = this.buckets.get(r.bucket);
    if (!b) return;
    b.seq = Math.max(b.seq, r.revision);
    if (r.op === RecordOp.Put) b.entries.set(r.key, { value: r.value, revision: r.revision, writtenAt: r.writtenAt });
    else b.entries.delete(r.key);
  }

  /** Queues a record; resolves once it is written (and synced) with the rest of its batch. */
  private write(r: LogRecord): Promise<void> {
    this.pending.push(encodeRecord(r));
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => void this.flushNow());
    }
    return done;
  }

  private async flushNow(): Promise<void> {
    this.flushScheduled = false;
    if (this.pending.length === 0) return;
    const chunks = this.pending;
    const waiters = this.waiters;
    this.pending = [];
    this.waiters = [];
    try {
      this.log.append(chunks, this.sync);
      for (const w of waiters) w.resolve();
    } catch (err) {
      for (const w of waiters) w.reject(err as Error);
      return;
    }
    if (this.log.size() > this.compactBytes) this.compact();
  }

  private compact(): void {
    const records: Buffer[] = [];
    let liveBytes = 0;
    for (const b of this.buckets.values()) {
      // The bucket record keeps the revision counter, so revisions never repeat after compaction.
      records.push(
        encodeRecord({
          op: RecordOp.Bucket,
          bucket: b.name,
          key: "",
          revision: b.seq,
          writtenAt: b.ttlMs,
          value: new Uint8Array(),
        }),
      );
      for (const [key, e] of b.entries) {
        const rec = encodeRecord({
          op: RecordOp.Put,
          bucket: b.name,
          key,
          revision: e.revision,
          writtenAt: e.writtenAt,
          value: e.value,
        });
        liveBytes += rec.length;
        records.push(rec);
      }
    }
    // Only worth it when most of the log is dead records.
    if (liveBytes * 2 < this.log.size()) this.log.rewrite(records);
  }

  private sweep(): void {
    const now = this.now();
    for (const b of this.buckets.values()) {
      if (b.ttlMs <= 0) continue;
      for (const [key, e] of b.entries) if (e.writtenAt + b.ttlMs <= now) b.entries.delete(key);
    }
  }
}
