import {
  type ConnectionOptions,
  connect,
  type Msg,
  type MsgHdrs,
  type NatsConnection,
  NoRespondersError,
  headers as natsHeaders,
  RequestError,
  TimeoutError,
} from "@nats-io/transport-node";
import {
  type Bus,
  type BusHeaders,
  type BusMessage,
  type BusStatus,
  type BusSubscription,
  DEFAULT_REQUEST_TIMEOUT_MS,
  type PublishOptions,
  type RequestOptions,
  type SubscribeOptions,
} from "./bus.js";
import { BusClosedError, BusError, BusNoRespondersError, BusTimeoutError } from "./errors.js";
import { validateSubject } from "./subject.js";

export interface NatsBusOptions {
  /** One URL or several (comma-separated or a list) of one cluster. */
  servers: string | string[];
  /** Connection name shown by the server (service and instance). */
  name?: string;
  /** Give up connecting at start after this long (default 10 s). */
  connectTimeoutMs?: number;
}

function toNatsHeaders(h: BusHeaders | undefined): MsgHdrs | undefined {
  if (!h) return undefined;
  const out = natsHeaders();
  for (const [k, v] of Object.entries(h)) out.set(k, v);
  return out;
}

function fromNatsHeaders(h: MsgHdrs | undefined): BusHeaders | undefined {
  if (!h) return undefined;
  const out: Record<string, string> = {};
  for (const k of h.keys()) out[k] = h.get(k);
  return out;
}

function wrap(msg: Msg): BusMessage {
  return {
    subject: msg.subject,
    data: msg.data,
    headers: msg.headers ? fromNatsHeaders(msg.headers) : undefined,
    reply: msg.reply || undefined,
    respond: (data, opts) => msg.respond(data, { headers: toNatsHeaders(opts?.headers) }),
  };
}

/** The bus over a NATS connection (the distributed mode). */
export class NatsBus implements Bus {
  private closed = false;
  private readonly statusListeners = new Set<(s: BusStatus) => void>();

  /** The underlying connection, shared with the JetStream KV store. */
  constructor(readonly connection: NatsConnection) {
    void this.watchStatus();
  }

  publish(subject: string, data: Uint8Array, opts?: PublishOptions): void {
    if (this.closed) throw new BusClosedError();
    validateSubject(subject, false);
    this.connection.publish(subject, data, { headers: toNatsHeaders(opts?.headers), reply: opts?.reply });
  }

  subscribe(subject: string, handler: (msg: BusMessage) => void, opts?: SubscribeOptions): BusSubscription {
    if (this.closed) throw new BusClosedError();
    validateSubject(subject, true);
    let active = true;
    const sub = this.connection.subscribe(subject, {
      queue: opts?.queue,
      callback: (err, msg) => {
        if (err || !active) return;
        try {
          handler(wrap(msg));
        } catch {
          // A throwing handler must not break the connection's dispatch; services log their own errors.
        }
      },
    });
    return {
      subject,
      unsubscribe: () => {
        active = false;
        sub.unsubscribe();
      },
    };
  }

  async request(subject: string, data: Uint8Array, opts?: RequestOptions): Promise<BusMessage> {
    if (this.closed) throw new BusClosedError();
    validateSubject(subject, false);
    const timeoutMs = opts?.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    try {
      const msg = await this.connection.request(subject, data, {
        timeout: timeoutMs,
        headers: toNatsHeaders(opts?.headers),
      });
      return wrap(msg);
    } catch (err) {
      throw mapRequestError(err, subject, timeoutMs);
    }
  }

  async flush(): Promise<void> {
    if (this.closed) throw new BusClosedError();
    await this.connection.flush();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (!this.connection.isClosed()) await this.connection.drain().catch(() => this.connection.close());
  }

  onStatus(listener: (s: BusStatus) => void): () => void {
    this.statusListeners.add(listener);
    listener(this.connection.isClosed() ? "closed" : "connected");
    return () => this.statusListeners.delete(listener);
  }

  private async watchStatus(): Promise<void> {
    const emit = (s: BusStatus) => {
      for (const l of this.statusListeners) l(s);
    };
    void this.connection.closed().then(() => emit("closed"));
    for await (const s of this.connection.status()) {
      if (s.type === "disconnect") emit("disconnected");
      else if (s.type === "reconnecting") emit("reconnecting");
      else if (s.type === "reconnect") emit("reconnected");
    }
  }
}

function mapRequestError(err: unknown, subject: string, timeoutMs: number): Error {
  if (err instanceof BusError) return err;
  if (err instanceof TimeoutError) return new BusTimeoutError(subject, timeoutMs, { cause: err });
  if (err instanceof NoRespondersError) return new BusNoRespondersError(subject, { cause: err });
  if (err instanceof RequestError) {
    if (err.isNoResponders()) return new BusNoRespondersError(subject, { cause: err });
    if (err.cause instanceof TimeoutError) return new BusTimeoutError(subject, timeoutMs, { cause: err });
  }
  return err instanceof Error ? err : new Error(String(err));
}

/**
 * Connects to NATS and returns a bus. Reconnects forever after the first connection (a game
 * service should ride out a NATS restart); the first connection fails after connectTimeoutMs.
 */
export async function connectNatsBus(opts: NatsBusOptions): Promise<NatsBus> {
  const servers = Array.isArray(opts.servers) ? opts.servers : opts.servers.split(",").map((s) => s.trim());
  const options: ConnectionOptions = {
    servers,
    name: opts.name,
    timeout: opts.connectTimeoutMs ?? 10_000,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    noAsyncTraces: true,
  };
  return new NatsBus(await connect(options));
}
