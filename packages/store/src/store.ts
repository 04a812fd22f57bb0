import { KvBucketConfigError, KvKeyError } from "./errors.js";

export interface KvEntry {
  readonly key: string;
  readonly value: Uint8Array;
  readonly revision: number;
}

export type KvWatchEvent =
  | { readonly op: "put"; readonly key: string; readonly value: Uint8Array; readonly revision: number }
  | { readonly op: "delete"; readonly key: string; readonly revision: number };

export interface KvWatch {
  stop(): void;
}

export interface BucketOptions {
  /** Entries expire this long after their last write (bucket-wide; 0 = never). */
  ttlMs?: number;
  /** JetStream replicas (1 or 3); the embedded store ignores it. */
  replicas?: number;
}

/**
 * A key-value bucket with revisions. Expiry is bucket-wide: an entry is gone `ttlMs` after its
 * last write, silently (watchers get no event), as JetStream KV on nats-server 2.9 behaves.
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
  /** Calls handler for every later change of matching keys (after the current values when includeCurrent). */
  watch(opts: { pattern?: string; includeCurrent?: boolean }, handler: (ev: KvWatchEvent) => void): Promise<KvWatch>;
}

export interface Store {
  /** Opens (creating if needed) a bucket. Opening with a different TTL than it has is an error. */
  bucket(name: string, opts?: BucketOptions): Promise<KvBucket>;
  close(): Promise<void>;
}

const KEY = /^[-/_=.a-zA-Z0-9]+$/;
const BUCKET = /^[-_a-zA-Z0-9]+$/;

export function validateKey(key: string): void {
  if (!KEY.test(key) || key.startsWith(".") || key.endsWith(".")) throw new KvKeyError(key);
}

export function validatePattern(pattern: string): void {
  const tokens = pattern.split(".");
  tokens.forEach((t, i) => {
    if (t === "*" || (t === ">" && i === tokens.length - 1)) return;
    if (t.length === 0 || !KEY.test(t)) throw new KvKeyError(pattern);
  });
}

export function validateBucketName(name: string): void {
  if (!BUCKET.test(name)) throw new KvBucketConfigError(`bad bucket name "${name}": use [-_a-zA-Z0-9]`);
}
