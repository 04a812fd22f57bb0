import {
  JetStreamApiCodes,
  JetStreamApiError,
  type JetStreamManager,
  jetstream,
  jetstreamManager,
} from "@nats-io/jetstream";
import { type KV, Kvm, type KvEntry as NatsKvEntry } from "@nats-io/kv";
import type { NatsConnection } from "@nats-io/transport-node";
import { KvBucketConfigError, KvClosedError, KvExistsError, KvRevisionError, KvValueTooLargeError } from "./errors.js";
import { listKeys } from "./jetstream-keys.js";
import { isRevision, validateBucketName, validateKey, validatePattern, validateTtl } from "./keys.js";
import { checkServerInfo } from "./server-check.js";
import type { BucketOptions, KvBucket, KvEntry, KvWatch, KvWatchEvent, Store } from "./store.js";
import { isNotApplied, isTransient, retryTransient, TRANSIENT_RETRY_DELAYS_MS } from "./transient.js";

type RetriedOp = "get" | "put" | "keys" | "create" | "update" | "delete" | "open";

/** Most JetStream replicas a bucket can ask for (a stream's limit). */
export const MAX_REPLICAS = 5;

/** Default bound on one JetStream call before it fails with a timeout (and may be retried). */
export const DEFAULT_JS_TIMEOUT_MS = 2_000;

export interface JetStreamStoreOptions {
  /**
   * How long one JetStream call waits for its answer (default DEFAULT_JS_TIMEOUT_MS). A call
   * sent just as its server dies is lost with the connection; a short bound lets it be retried
   * on the node the client moved to instead of waiting out a long one.
   */
  timeoutMs?: number;
  /** Replicas of buckets created without their own `replicas` (default 1; 3 on a 3-node cluster). */
  replicas?: number;
  /**
   * Pauses between attempts of a get or an unconditional put that failed for want of an answer
   * (timeout, no responders, 503), as while a node dies and streams elect new leaders; its
   * length is the number of retries. Default TRANSIENT_RETRY_DELAYS_MS; [] = no retries.
   * Compare-and-set writes (create, update, conditional delete) are retried only after an error
   * proving the first attempt was not applied (no responders, 503): after a timeout it may have
   * landed, and only the caller can tell whether a revision mismatch is its own write.
   */
  retryDelaysMs?: readonly number[];
  /** Told of every retry (for a log line or a counter). */
  onRetry?: (what: { op: RetriedOp; bucket: string; key: string; attempt: number; err: unknown }) => void;
}

function validateReplicas(where: string, replicas: number): number {
  if (!Number.isInteger(replicas) || replicas < 1 || replicas > MAX_REPLICAS)
    throw new KvBucketConfigError(`${where}: replicas must be 1..${MAX_REPLICAS}, got ${replicas}`);
  return replicas;
}

/** JetStream's answer to creating a stream that exists with another configuration. */
const STREAM_NAME_IN_USE = 10058;

function isWrongLastSequence(err: unknown): boolean {
  return (
    err instanceof JetStreamApiError &&
    (err.code === JetStreamApiCodes.StreamWrongLastSequence ||
      err.code === JetStreamApiCodes.StreamWrongLastSequenceUnknown)
  );
}

function isStreamNotFound(err: unknown): boolean {
  return err instanceof JetStreamApiError && err.code === JetStreamApiCodes.StreamNotFound;
}

/**
 * The client hands out Buffers that may be views of its receive buffer; callers get a plain
 * Uint8Array of their own, as from the embedded store.
 */
function own(value: Uint8Array): Uint8Array {
  return new Uint8Array(value);
}

function live(e: NatsKvEntry | null): KvEntry | undefined {
  if (e?.operation !== "PUT") return undefined;
  return { key: e.key, value: own(e.value), revision: e.revision };
}

/** What a bucket needs from the store that opened it. */
interface StoreLink {
  /** Throws KvClosedError once the store is closed. */
  assertOpen(): void;
  /** The server's max_payload, the largest value a put can carry. */
  maxPayload(): number;
  /** The connection, for key listings. */
  readonly connection: NatsConnection;
  /** The JetStream manager of the connection, made on first use. */
  manager(): Promise<JetStreamManager>;
  /** Registers a running watch so closing the store stops it; returns the unregister function. */
  track(w: KvWatch): () => void;
  /** How long one JetStream call may wait for an answer; a key listing, between two keys. */
  readonly callTimeoutMs: number;
  /**
   * Runs a store call again after failures `retryable` accepts: by default any transient one,
   * right for idempotent calls; compare-and-set calls pass `isNotApplied` (see
   * JetStreamStoreOptions.retryDelaysMs).
   */
  retry<T>(
    op: RetriedOp,
    bucket: string,
    key: string,
    run: () => Promise<T>,
    retryable?: (err: unknown) => boolean,
  ): Promise<T>;
}

class JetStreamBucket implements KvBucket {
  constructor(
    readonly name: string,
    private readonly kv: KV,
    private readonly link: StoreLink,
  ) {}

  async get(key: string): Promise<KvEntry | undefined> {
    this.check(key);
    return live(await this.link.retry("get", this.name, key, () => this.kv.get(key)));
  }

  async put(key: string, value: Uint8Array): Promise<number> {
    this.check(key, value);
    return this.link.retry("put", this.name, key, () => this.kv.put(key, value));
  }

  async create(key: string, value: Uint8Array): Promise<number> {
    this.check(key, value);
    try {
      // Over a tombstone the client retries as a compare-and-set on the tombstone's revision,
      // so two racing creates after a delete still have one winner.
      return await this.link.retry("create", this.name, key, () => this.kv.create(key, value), isNotApplied);
    } catch (err) {
      if (isWrongLastSequence(err)) throw new KvExistsError(this.name, key, { cause: err });
      throw err;
    }
  }

  async update(key: string, value: Uint8Array, expectedRevision: number): Promise<number> {
    this.check(key, value);
    if (!isRevision(expectedRevision)) throw new KvRevisionError(this.name, key, expectedRevision);
    try {
      return await this.link.retry(
        "update",
        this.name,
        key,
        () => this.kv.update(key, value, expectedRevision),
        isNotApplied,
      );
    } catch (err) {
      if (isWrongLastSequence(err)) throw new KvRevisionError(this.name, key, expectedRevision, { cause: err });
      throw err;
    }
  }

  async delete(key: string, opts?: { expectedRevision?: number }): Promise<void> {
    this.check(key);
    const expected = opts?.expectedRevision;
    if (expected === undefined) {
      // A tombstone written twice is still a tombstone.
      await this.link.retry("delete", this.name, key, () => this.kv.delete(key));
      return;
    }
    // The client drops a previousSeq of 0, which would make the delete unconditional.
    if (!isRevision(expected)) throw new KvRevisionError(this.name, key, expected);
    try {
      await this.link.retry(
        "delete",
        this.name,
        key,
        () => this.kv.delete(key, { previousSeq: expected }),
        isNotApplied,
      );
    } catch (err) {
      if (isWrongLastSequence(err)) throw new KvRevisionError(this.name, key, expected, { cause: err });
      throw err;
    }
  }

  async keys(pattern?: string): Promise<string[]> {
    if (pattern !== undefined) validatePattern(pattern);
    this.link.assertOpen();
    return this.link.retry("keys", this.name, pattern ?? ">", async () => {
      const target = {
        connection: this.link.connection,
        jsm: await this.link.manager(),
        stream: `KV_${this.name}`,
        prefix: `$KV.${this.name}.`,
        idleMs: this.link.callTimeoutMs,
      };
      return listKeys(target, pattern ?? ">");
    });
  }

  async watch(
    opts: { pattern?: string; includeCurrent?: boolean },
    handler: (ev: KvWatchEvent) => void,
  ): Promise<KvWatch> {
    if (opts.pattern !== undefined) validatePattern(opts.pattern);
    this.link.assertOpen();
    // Tombstones at or below the bucket's last revision when the watch began are deletions that
    // happened before it: not current values, so not reported.
    const before = opts.includeCurrent ? (await this.kv.status()).streamInfo.state.last_seq : 0;
    const iter = await this.kv.watch({ key: opts.pattern ?? ">", include: opts.includeCurrent ? "" : "updates" });
    let stopped = false;
    const w: KvWatch = {
      stop: () => {
        stopped = true;
        untrack();
        iter.stop();
      },
    };
    const untrack = this.link.track(w);
    void (async () => {
      for await (const e of iter) {
        if (stopped) break;
        if (e.operation !== "PUT" && e.revision <= before) continue;
        const ev: KvWatchEvent =
          e.operation === "PUT"
            ? { op: "put", key: e.key, value: own(e.value), revision: e.revision }
            : { op: "delete", key: e.key, revision: e.revision };
        try {
          handler(ev);
        } catch (err) {
          // A throwing handler is a bug: surface it as one, but keep the watch going.
          queueMicrotask(() => {
            throw err;
          });
        }
      }
    })().catch(() => {
      // The iterator fails only when its connection closes for good; the watch just ends, as the
      // bus that owns the connection reports the outage.
    });
    return w;
  }

  private check(key: string, value?: Uint8Array): void {
    validateKey(key);
    this.link.assertOpen();
    const max = this.link.maxPayload();
    if (value && value.length > max) throw new KvValueTooLargeError(this.name, key, value.length, max);
  }
}

/**
 * The store on JetStream KV (the distributed mode), on a connection it shares with the bus and
 * does not close. Works on nats-server 2.9.10: a bucket is a stream keeping one value per key,
 * and expiry is the bucket-wide TTL (the stream's max age), restarted by every write of a key.
 * Per-key TTLs, limit markers, compression and multi-key watches (2.10+) are not used.
 */
export class JetStreamStore implements Store {
  private readonly kvm: Kvm;
  private readonly watches = new Set<KvWatch>();
  private closed = false;
  private readonly link: StoreLink;
  private readonly replicas: number;

  /** Prefer `open`, which checks the server first. @param connection shared with the bus. */
  constructor(
    private readonly connection: NatsConnection,
    opts: JetStreamStoreOptions = {},
  ) {
    this.replicas = validateReplicas("store", opts.replicas ?? 1);
    const delays = opts.retryDelaysMs ?? TRANSIENT_RETRY_DELAYS_MS;
    const onRetry = opts.onRetry;
    const callTimeoutMs = opts.timeoutMs ?? DEFAULT_JS_TIMEOUT_MS;
    this.kvm = new Kvm(jetstream(connection, { timeout: callTimeoutMs }));
    let manager: Promise<JetStreamManager> | undefined;
    this.link = {
      callTimeoutMs,
      connection,
      manager: () => {
        manager ??= jetstreamManager(connection, { timeout: callTimeoutMs, checkAPI: false });
        return manager;
      },
      assertOpen: () => {
        if (this.closed) throw new KvClosedError();
      },
      maxPayload: () => this.connection.info?.max_payload ?? Number.MAX_SAFE_INTEGER,
      track: (w) => {
        this.watches.add(w);
        return () => this.watches.delete(w);
      },
      retry: (op, bucket, key, run, retryable = isTransient) =>
        retryTransient(
          async () => {
            this.link.assertOpen();
            return run();
          },
          delays,
          onRetry && ((err, attempt) => onRetry({ op, bucket, key, attempt, err })),
          retryable,
        ),
    };
  }

  /** Checks the server has JetStream and is 2.9 or newer (KvServerError otherwise). */
  static async open(connection: NatsConnection, opts: JetStreamStoreOptions = {}): Promise<JetStreamStore> {
    checkServerInfo(connection.info);
    return new JetStreamStore(connection, opts);
  }

  /**
   * Opens the bucket's stream, or creates it (one value per key, `replicas` copies, else the
   * store's). Only the TTL of an existing bucket is checked; its replica count is whatever it
   * was created with.
   */
  async bucket(name: string, opts: BucketOptions = {}): Promise<KvBucket> {
    this.link.assertOpen();
    validateBucketName(name);
    const ttl = validateTtl(name, opts.ttlMs);
    const replicas = validateReplicas(`bucket ${name}`, opts.replicas ?? this.replicas);
    let kv = await this.kvm.open(name);
    try {
      const opened = kv;
      const status = await this.link.retry("open", name, "", () => opened.status());
      if (status.ttl !== ttl)
        throw new KvBucketConfigError(`bucket ${name} has ttl ${status.ttl} ms, asked for ${ttl} ms`);
    } catch (err) {
      if (!isStreamNotFound(err)) throw err;
      // Creating an existing stream with the same settings succeeds, so racing openers agree.
      try {
        kv = await this.kvm.create(name, { ttl, replicas, history: 1 });
      } catch (e) {
        if (!(e instanceof JetStreamApiError && e.code === STREAM_NAME_IN_USE)) throw e;
        throw new KvBucketConfigError(`bucket ${name} was just created by another process with other settings`, {
          cause: e,
        });
      }
    }
    return new JetStreamBucket(name, kv, this.link);
  }

  /** Stops every watch; the connection belongs to the bus, which closes it. */
  async close(): Promise<void> {
    this.closed = true;
    for (const w of [...this.watches]) w.stop();
  }
}
