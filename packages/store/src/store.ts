/** One live entry of a bucket. */
export interface KvEntry {
  readonly key: string;
  readonly value: Uint8Array;
  /** Bucket-wide sequence of the write that made this value; rises with every write to the bucket. */
  readonly revision: number;
}

/** A change seen by a watch. */
export type KvWatchEvent =
  | { readonly op: "put"; readonly key: string; readonly value: Uint8Array; readonly revision: number }
  | { readonly op: "delete"; readonly key: string; readonly revision: number };

export interface KvWatch {
  /** Ends the watch; no event is delivered after it returns. */
  stop(): void;
}

export interface BucketOptions {
  /** Entries expire this long after their last write (bucket-wide; 0 = never, else at least 100). */
  ttlMs?: number;
  /** JetStream replicas (1..5; default: the store's, itself 1 unless configured); the embedded store ignores it. */
  replicas?: number;
}

/**
 * A key-value bucket with revisions, as JetStream KV has them.
 *
 * - Keys follow JetStream KV rules (`[-/_=.a-zA-Z0-9]+`, no empty token, at most 1024 long);
 *   every method throws KvKeyError for a bad key or pattern, the same in every implementation.
 * - Revisions are one sequence per bucket: every put, create, update and delete takes the next.
 * - Expiry is bucket-wide: an entry is gone `ttlMs` after its last write, silently (watchers get
 *   no event), as JetStream KV on nats-server 2.9 behaves.
 * - A deleted key leaves a tombstone: `get` returns undefined and `create` works again.
 * - After `Store.close()` every method throws KvClosedError.
 */
export interface KvBucket {
  readonly name: string;
  get(key: string): Promise<KvEntry | undefined>;
  /** Unconditional write; returns the new revision. */
  put(key: string, value: Uint8Array): Promise<number>;
  /** Create-if-absent; throws KvExistsError if a live entry exists. */
  create(key: string, value: Uint8Array): Promise<number>;
  /** Compare-and-set on revision; throws KvRevisionError on mismatch. */
  update(key: string, value: Uint8Array, expectedRevision: number): Promise<number>;
  /** Delete; with expectedRevision it is conditional (KvRevisionError on mismatch). */
  delete(key: string, opts?: { expectedRevision?: number }): Promise<void>;
  /** Keys of live entries, optionally matching a NATS-style pattern (`a.*`, `a.>`). */
  keys(pattern?: string): Promise<string[]>;
  /**
   * Calls handler for every later change of matching keys, in revision order (after the current
   * values when includeCurrent; keys already deleted are not reported as current). A bucket
   * keeps one value per key, so a watcher that falls behind may miss a revision that a later
   * write to the same key already replaced (JetStream does; the embedded store does not), but
   * it always sees the last change of every key. Events come asynchronously, never inside the
   * put that caused them. The handler must not throw: a throw surfaces as an uncaught
   * exception, as a bug in the handler.
   */
  watch(opts: { pattern?: string; includeCurrent?: boolean }, handler: (ev: KvWatchEvent) => void): Promise<KvWatch>;
}

/** Opens buckets; one per process, closed last. */
export interface Store {
  /** Opens (creating if needed) a bucket. Opening with a different TTL than it has is an error. */
  bucket(name: string, opts?: BucketOptions): Promise<KvBucket>;
  /** Stops every watch; later calls on the store or its buckets throw KvClosedError. */
  close(): Promise<void>;
}
