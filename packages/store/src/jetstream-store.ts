import { type KV, Kvm, type KvEntry as NatsKvEntry } from "@nats-io/kv";
import type { NatsConnection } from "@nats-io/transport-node";
import { KvBucketConfigError, KvClosedError, KvError, KvExistsError, KvRevisionError } from "./errors.js";
import {
  type BucketOptions,
  type KvBucket,
  type KvEntry,
  type KvWatch,
  type KvWatchEvent,
  type Store,
  validateBucketName,
  validateKey,
  validatePattern,
} from "./store.js";

/** JetStream answers a failed compare-and-set with this API error code ("wrong last sequence"). */
const WRONG_LAST_SEQUENCE = 10071;

function isWrongLastSequence(err: unknown): boolean {
  const e = err as { code?: number | string; message?: string; api_error?: { err_code?: number } } | undefined;
  return (
    e?.api_error?.err_code === WRONG_LAST_SEQUENCE ||
    e?.code === WRONG_LAST_SEQUENCE ||
    (typeof e?.message === "string" && e.message.includes("wrong last sequence"))
  );
}

function live(e: NatsKvEntry | null): KvEntry | undefined {
  if (e?.operation !== "PUT") return undefined;
  return { key: e.key, value: e.value, revision: e.revision };
}

class JetStreamBucket implements KvBucket {
  constructor(
    readonly name: string,
    private readonly kv: KV,
  ) {}

  async get(key: string): Promise<KvEntry | undefined> {
    validateKey(key);
    return live(await this.kv.get(key));
  }

  async put(key: string, value: Uint8Array): Promise<number> {
    validateKey(key);
    return this.kv.put(key, value);
  }

  async create(key: string, value: Uint8Array): Promise<number> {
    validateKey(key);
    try {
      return await this.kv.create(key, value);
    } catch (err) {
      if (isWrongLastSequence(err)) throw new KvExistsError(this.name, key, { cause: err });
      throw err;
    }
  }

  async update(key: string, value: Uint8Array, expectedRevision: number): Promise<number> {
    validateKey(key);
    try {
      return await this.kv.update(key, value, expectedRevision);
    } catch (err) {
      if (isWrongLastSequence(err)) throw new KvRevisionError(this.name, key, expectedRevision, { cause: err });
      throw err;
    }
  }

  async delete(key: string, opts?: { expectedRevision?: number }): Promise<void> {
    validateKey(key);
    try {
      await this.kv.delete(
        key,
        opts?.expectedRevision === undefined ? undefined : { previousSeq: opts.expectedRevision },
      );
    } catch (err) {
      if (isWrongLastSequence(err))
        throw new KvRevisionError(this.name, key, opts?.expectedRevision ?? 0, { cause: err });
      throw err;
    }
  }

  async keys(pattern?: string): Promise<string[]> {
    if (pattern !== undefined) validatePattern(pattern);
    const out: string[] = [];
    for await (const k of await this.kv.keys(pattern ?? ">")) out.push(k);
    return out;
  }

  async watch(
    opts: { pattern?: string; includeCurrent?: boolean },
    handler: (ev: KvWatchEvent) => void,
  ): Promise<KvWatch> {
    if (opts.pattern !== undefined) validatePattern(opts.pattern);
    const iter = await this.kv.watch({ key: opts.pattern ?? ">", include: opts.includeCurrent ? "" : "updates" });
    let stopped = false;
    void (async () => {
      for await (const e of iter) {
        if (stopped) break;
        if (e.operation === "PUT") handler({ op: "put", key: e.key, value: e.value, revision: e.revision });
        else handler({ op: "delete", key: e.key, revision: e.revision });
      }
    })();
    return {
      stop: () => {
        stopped = true;
        iter.stop();
      },
    };
  }
}

/**
 * The store on JetStream KV (the distributed mode). Works on nats-server 2.9.10: expiry is the
 * bucket-wide TTL (stream max age), refreshed by every write of a key.
 */
export class JetStreamStore implements Store {
  private readonly kvm: Kvm;
  private closed = false;

  /** @param connection shared with the bus (NatsBus.connection). */
  constructor(connection: NatsConnection) {
    this.kvm = new Kvm(connection);
  }

  /** Checks the server has JetStream and is new enough; call once at start. */
  static async open(connection: NatsConnection): Promise<JetStreamStore> {
    const info = connection.info;
    if (!info?.jetstream)
      throw new KvError("the NATS server has no JetStream: start nats-server with -js", "KV_NO_JETSTREAM");
    const [major = 0, minor = 0] = info.version.split(".").map(Number);
    if (major < 2 || (major === 2 && minor < 9))
      throw new KvError(`nats-server ${info.version} is too old: 2.9 or newer is needed`, "KV_SERVER_VERSION");
    return new JetStreamStore(connection);
  }

  async bucket(name: string, opts: BucketOptions = {}): Promise<KvBucket> {
    if (this.closed) throw new KvClosedError();
    validateBucketName(name);
    const ttl = opts.ttlMs ?? 0;
    let kv: KV;
    try {
      kv = await this.kvm.open(name);
      const status = await kv.status();
      if (status.ttl !== ttl)
        throw new KvBucketConfigError(`bucket ${name} has ttl ${status.ttl} ms, asked for ${ttl} ms`);
    } catch (err) {
      if (err instanceof KvBucketConfigError) throw err;
      kv = await this.kvm.create(name, { ttl, replicas: opts.replicas ?? 1, history: 1 });
    }
    return new JetStreamBucket(name, kv);
  }

  async close(): Promise<void> {
    // The connection belongs to the bus, which closes it.
    this.closed = true;
  }
}
