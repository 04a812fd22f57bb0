import { subjectMatches } from "@zonebus/bus";
import { KvExistsError, KvRevisionError, KvValueTooLargeError } from "./errors.js";
import { isRevision, validateKey, validatePattern } from "./keys.js";
import { type LogRecord, RecordOp } from "./log-codec.js";
import type { KvBucket, KvEntry, KvWatch, KvWatchEvent } from "./store.js";
import { WatchHub } from "./watch-hub.js";

/** A live value in memory, as the last record for its key in the log left it. */
export interface Stored {
  readonly value: Uint8Array;
  readonly revision: number;
  /** Wall-clock ms of the write, for expiry. */
  readonly writtenAt: number;
}

/** One bucket's in-memory state, rebuilt from the log at open. */
export class BucketState {
  readonly entries = new Map<string, Stored>();
  readonly hub = new WatchHub();
  /** Last revision handed out in this bucket. */
  seq: number;

  constructor(
    readonly name: string,
    readonly ttlMs: number,
    seq: number,
  ) {
    this.seq = seq;
  }

  expired(e: Stored, now: number): boolean {
    return this.ttlMs > 0 && e.writtenAt + this.ttlMs <= now;
  }

  /** Drops entries past their TTL; returns how many. */
  sweep(now: number): number {
    let n = 0;
    for (const [key, e] of this.entries) {
      if (!this.expired(e, now)) continue;
      this.entries.delete(key);
      n++;
    }
    return n;
  }
}

/** What a bucket needs from the store that holds it. */
export interface BucketHost {
  readonly maxValueBytes: number;
  now(): number;
  /** Throws KvClosedError once the store is closed or has failed. */
  assertOpen(): void;
  /** Resolves once the record is in the log (and synced, when the store syncs). */
  write(record: LogRecord): Promise<void>;
}

/**
 * A bucket of the embedded store. Every operation decides against memory synchronously (so
 * racing creates and compare-and-sets serialise on the event loop), takes the next revision,
 * then waits for its record to be durable before resolving.
 */
export class FileBucket implements KvBucket {
  constructor(
    private readonly s: BucketState,
    private readonly host: BucketHost,
  ) {}

  get name(): string {
    return this.s.name;
  }

  async get(key: string): Promise<KvEntry | undefined> {
    this.check(key);
    const e = this.live(key);
    return e && { key, value: new Uint8Array(e.value), revision: e.revision };
  }

  async put(key: string, value: Uint8Array): Promise<number> {
    this.check(key, value);
    return this.set(key, value);
  }

  async create(key: string, value: Uint8Array): Promise<number> {
    this.check(key, value);
    if (this.live(key)) throw new KvExistsError(this.name, key);
    return this.set(key, value);
  }

  async update(key: string, value: Uint8Array, expectedRevision: number): Promise<number> {
    this.check(key, value);
    if (!isRevision(expectedRevision) || this.live(key)?.revision !== expectedRevision)
      throw new KvRevisionError(this.name, key, expectedRevision);
    return this.set(key, value);
  }

  async delete(key: string, opts?: { expectedRevision?: number }): Promise<void> {
    this.check(key);
    const expected = opts?.expectedRevision;
    if (expected !== undefined && (!isRevision(expected) || this.live(key)?.revision !== expected))
      throw new KvRevisionError(this.name, key, expected);
    // Like a JetStream tombstone, deleting an absent key still takes a revision and is seen by watches.
    this.s.entries.delete(key);
    const revision = ++this.s.seq;
    const done = this.host.write({ op: RecordOp.Delete, bucket: this.name, key, revision, writtenAt: this.host.now() });
    this.s.hub.notify({ op: "delete", key, revision });
    await done;
  }

  async keys(pattern?: string): Promise<string[]> {
    if (pattern !== undefined) validatePattern(pattern);
    this.host.assertOpen();
    const p = pattern?.split(".");
    return [...this.s.entries.keys()].filter((k) => this.live(k) && (!p || subjectMatches(p, k.split("."))));
  }

  async watch(
    opts: { pattern?: string; includeCurrent?: boolean },
    handler: (ev: KvWatchEvent) => void,
  ): Promise<KvWatch> {
    if (opts.pattern !== undefined) validatePattern(opts.pattern);
    this.host.assertOpen();
    const current: KvWatchEvent[] = [];
    if (opts.includeCurrent) {
      for (const key of this.s.entries.keys()) {
        const e = this.live(key);
        if (e) current.push({ op: "put", key, value: e.value, revision: e.revision });
      }
      current.sort((a, b) => a.revision - b.revision);
    }
    return this.s.hub.add(opts.pattern ?? ">", current, handler);
  }

  private check(key: string, value?: Uint8Array): void {
    validateKey(key);
    this.host.assertOpen();
    if (value && value.length > this.host.maxValueBytes)
      throw new KvValueTooLargeError(this.name, key, value.length, this.host.maxValueBytes);
  }

  private live(key: string): Stored | undefined {
    const e = this.s.entries.get(key);
    if (!e || !this.s.expired(e, this.host.now())) return e;
    this.s.entries.delete(key);
    return undefined;
  }

  private async set(key: string, value: Uint8Array): Promise<number> {
    // Our own plain copy (a Buffer's slice() would share memory): the caller may reuse its buffer.
    const own = new Uint8Array(value);
    const revision = ++this.s.seq;
    const writtenAt = this.host.now();
    this.s.entries.set(key, { value: own, revision, writtenAt });
    const done = this.host.write({ op: RecordOp.Put, bucket: this.name, key, revision, writtenAt, value: own });
    this.s.hub.notify({ op: "put", key, value: own, revision });
    await done;
    return revision;
  }
}
