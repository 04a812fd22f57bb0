import { KvBucketConfigError, KvKeyError } from "./errors.js";

/**
 * Longest key either store accepts. JetStream has no key limit of its own, but a key is a
 * subject and travels in every protocol line; 1024 keeps records and subjects small.
 */
export const MAX_KEY_LENGTH = 1024;
/** Longest bucket name; JetStream stream names should stay well under 255 characters. */
export const MAX_BUCKET_NAME_LENGTH = 64;

const KEY = /^[-/_=.a-zA-Z0-9]+$/;
const BUCKET = /^[-_a-zA-Z0-9]+$/;

/**
 * Throws KvKeyError unless `key` is a JetStream KV key: `[-/_=.a-zA-Z0-9]+`, no leading or
 * trailing `.`, no empty token, at most MAX_KEY_LENGTH characters.
 */
export function validateKey(key: string): void {
  if (key.length > MAX_KEY_LENGTH || !KEY.test(key) || key.startsWith(".") || key.endsWith(".") || key.includes(".."))
    throw new KvKeyError(key);
}

/** Throws KvKeyError unless `pattern` is a key whose tokens may be `*`, and whose last may be `>`. */
export function validatePattern(pattern: string): void {
  if (pattern.length > MAX_KEY_LENGTH) throw new KvKeyError(pattern);
  const tokens = pattern.split(".");
  tokens.forEach((t, i) => {
    if (t === "*" || (t === ">" && i === tokens.length - 1)) return;
    if (t.length === 0 || !KEY.test(t)) throw new KvKeyError(pattern);
  });
}

export function validateBucketName(name: string): void {
  if (name.length > MAX_BUCKET_NAME_LENGTH || !BUCKET.test(name))
    throw new KvBucketConfigError(`bad bucket name "${name}": use [-_a-zA-Z0-9], at most ${MAX_BUCKET_NAME_LENGTH}`);
}

/** Shortest bucket TTL: nats-server refuses a stream max age under 100 ms ("max age needs to be >= 100ms"). */
export const MIN_TTL_MS = 100;

/** The TTL of BucketOptions, checked: 0 for none, else a whole number of ms, at least MIN_TTL_MS. */
export function validateTtl(bucket: string, ttlMs: number | undefined): number {
  const ttl = ttlMs ?? 0;
  if (!Number.isSafeInteger(ttl) || ttl < 0 || (ttl > 0 && ttl < MIN_TTL_MS))
    throw new KvBucketConfigError(
      `bucket ${bucket}: ttlMs must be 0 or a whole number of ms >= ${MIN_TTL_MS}, got ${ttl}`,
    );
  return ttl;
}

/** A revision a compare-and-set can match: revisions start at 1. */
export function isRevision(n: number): boolean {
  return Number.isSafeInteger(n) && n > 0;
}
