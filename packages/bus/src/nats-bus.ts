import {
  ClosedConnectionError,
  type ConnectionOptions,
  connect,
  DrainingConnectionError,
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
  BusStatus,
  type BusSubscription,
  DEFAULT_MAX_PAYLOAD,
  DEFAULT_REQUEST_TIMEOUT_MS,
  type HandlerErrorHook,
  messageSize,
  type PublishErrorListener,
  type PublishOptions,
  type RequestOptions,
  type SubscribeOptions,
} from "./bus.js";
import {
  BusClosedError,
  BusError,
  BusNoRespondersError,
  BusPayloadError,
  BusPublishError,
  BusTimeoutError,
} from "./errors.js";
import { PublishErrors } from "./publish-errors.js";
import { validateQueueName, validateSubject } from "./subject-syntax.js";

/** Default bound on close(): a drain waits for the server, which may be away. */
export const DEFAULT_CLOSE_TIMEOUT_MS = 5_000;

export interface NatsBusOptions {
  /** Receives whatever a handler throws; delivery goes on either way. */
  onHandlerError?: HandlerErrorHook;
  /** Longest close() waits for the drain before closing outright. Default DEFAULT_CLOSE_TIMEOUT_MS. */
  closeTimeoutMs?: number;
}

export interface ConnectNatsBusOptions extends NatsBusOptions {
  /** One URL or several of one cluster, as a list or comma-separated. */
  servers: string | string[];
  /** Connection name shown by the server (service and instance). */
  name?: string;
  /** The first connection fails after this long (default 10 s). */
  connectTimeoutMs?: number;
  /** Reconnect attempts per server after a loss; -1 (the default) retries forever. */
  maxReconnectAttempts?: number;
  /** Pause between reconnect attempts to one server (default 250 ms). */
  reconnectTimeWaitMs?: number;
  /** Anything else for the NATS client (credentials, TLS); the options above take precedence. */
  nats?: Partial<ConnectionOptions>;
}

function toNatsHeaders(h: BusHeaders): MsgHdrs {
  const out = natsHeaders();
  for (const k in h) out.set(k, h[k]!);
  return out;
}

function fromNatsHeaders(h: MsgHdrs): BusHeaders {
  const out: Record<string, string> = {};
  for (const k of h.keys()) out[k] = h.get(k);
  return out;
}

function isClosedError(err: unknown): boolean {
  return err instanceof ClosedConnectionError || err instanceof DrainingConnectionError;
}

/** A received NATS message; headers are converted only when read. */
class NatsMessage implements BusMessage {
  private converted: BusHeaders | undefined;

  constructor(
    private readonly msg: Msg,
    private readonly bus: NatsBus,
  ) {}

  get subject(): string {
    return this.msg.subject;
  }
  get data(): Uint8Array {
    return this.msg.data;
  }
  get reply(): string | undefined {
    return this.msg.reply || undefined;
  }
  get headers(): BusHeaders | undefined {
    if (this.converted === undefined && this.msg.headers) this.converted = fromNatsHeaders(this.msg.headers);
    return this.converted;
  }

  respond(data: Uint8Array, opts?: { headers?: BusHeaders }): boolean {
    const reply = this.msg.reply;
    if (!reply) return false;
    if (this.bus.refusesSize(reply, data, opts?.headers)) return false;
    try {
      return this.msg.respond(data, opts?.headers ? { headers: toNatsHeaders(opts.headers) } : undefined);
    } catch (err) {
      if (isClosedError(err)) throw new BusClosedError({ cause: err });
      return this.bus.refused(new BusPublishError(reply, { cause: err }), reply);
    }
  }
}

/**
 * The bus over a NATS connection (the distributed mode). Subscriptions use callbacks, so a
 * message reaches its handler straight from the socket parser with no async iterator between.
 */
export class NatsBus implements Bus {
  private closing: Promise<void> | undefined;
  private status: BusStatus;
  private readonly statusListeners = new Set<(s: BusStatus) => void>();
  private readonly onHandlerError: HandlerErrorHook | undefined;
  private readonly closeTimeoutMs: number;
  private readonly publishErrors = new PublishErrors();
  /** Handler calls that threw. */
  handlerErrors = 0;

  /** `connection` is the underlying client connection, shared with the JetStream KV store. */
  constructor(
    readonly connection: NatsConnection,
    opts: NatsBusOptions = {},
  ) {
    this.onHandlerError = opts.onHandlerError;
    this.closeTimeoutMs = opts.closeTimeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS;
    this.status = connection.isClosed() ? BusStatus.Closed : BusStatus.Connected;
    void this.watchStatus();
  }

  /** The connected server's `max_payload` (it may differ per server of a cluster; read at each use). */
  get maxPayload(): number {
    return this.connection.info?.max_payload ?? DEFAULT_MAX_PAYLOAD;
  }

  /** Publishes and responds refused so far (too large, or failed by the client). */
  get refusedPublishes(): number {
    return this.publishErrors.count;
  }

  publish(subject: string, data: Uint8Array, opts?: PublishOptions): boolean {
    if (this.closing) throw new BusClosedError();
    validateSubject(subject, false);
    if (opts?.reply !== undefined) validateSubject(opts.reply, false);
    if (this.refusesSize(subject, data, opts?.headers)) return false;
    try {
      if (opts === undefined) this.connection.publish(subject, data);
      else
        this.connection.publish(subject, data, {
          headers: opts.headers ? toNatsHeaders(opts.headers) : undefined,
          reply: opts.reply,
        });
      return true;
    } catch (err) {
      if (isClosedError(err)) throw new BusClosedError({ cause: err });
      return this.refused(new BusPublishError(subject, { cause: err }), subject);
    }
  }

  onPublishError(listener: PublishErrorListener): () => void {
    return this.publishErrors.add(listener);
  }

  /** True (and reported) when the message is larger than the server takes. @internal */
  refusesSize(subject: string, data: Uint8Array, headers: BusHeaders | undefined): boolean {
    const size = messageSize(data, headers);
    const max = this.maxPayload;
    if (size <= max) return false;
    this.publishErrors.report(new BusPayloadError(subject, size, max), subject);
    return true;
  }

  /** Reports a refused publish; returns false. @internal */
  refused(err: BusPublishError, subject: string): false {
    return this.publishErrors.report(err, subject);
  }

  subscribe(subject: string, handler: (msg: BusMessage) => void, opts?: SubscribeOptions): BusSubscription {
    if (this.closing) throw new BusClosedError();
    validateSubject(subject, true);
    if (opts?.queue !== undefined) validateQueueName(opts.queue);
    let active = true;
    const sub = this.connection.subscribe(subject, {
      queue: opts?.queue,
      callback: (err, msg) => {
        if (err !== null || !active) return;
        try {
          handler(new NatsMessage(msg, this));
        } catch (thrown) {
          // A throw would unwind into the client's protocol parser and break the connection.
          this.reportHandlerError(thrown, msg.subject);
        }
      },
    });
    return {
      subject,
      unsubscribe: () => {
        if (!active) return;
        active = false;
        if (!sub.isClosed()) sub.unsubscribe();
      },
    };
  }

  async request(subject: string, data: Uint8Array, opts?: RequestOptions): Promise<BusMessage> {
    if (this.closing) throw new BusClosedError();
    validateSubject(subject, false);
    const size = messageSize(data, opts?.headers);
    if (size > this.maxPayload) throw new BusPayloadError(subject, size, this.maxPayload);
    const timeoutMs = opts?.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    try {
      const msg = await this.connection.request(subject, data, {
        timeout: timeoutMs,
        headers: opts?.headers ? toNatsHeaders(opts.headers) : undefined,
      });
      return new NatsMessage(msg, this);
    } catch (err) {
      // The client fails waiting requests with a bare RequestError when its connection closes.
      const closed = this.closing !== undefined || this.connection.isClosed();
      throw mapRequestError(err, subject, timeoutMs, closed);
    }
  }

  async flush(): Promise<void> {
    if (this.closing) throw new BusClosedError();
    try {
      await this.connection.flush();
    } catch (err) {
      throw isClosedError(err) ? new BusClosedError({ cause: err }) : err;
    }
  }

  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  onStatus(listener: (s: BusStatus) => void): () => void {
    this.statusListeners.add(listener);
    listener(this.status);
    return () => {
      this.statusListeners.delete(listener);
    };
  }

  private async shutdown(): Promise<void> {
    if (!this.connection.isClosed()) {
      let timer: NodeJS.Timeout | undefined;
      const bound = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, this.closeTimeoutMs);
      });
      // A drain needs the server; while it is unreachable, give up after the bound and close.
      await Promise.race([this.connection.drain().catch(() => undefined), bound]);
      clearTimeout(timer);
      if (!this.connection.isClosed()) await this.connection.close().catch(() => undefined);
    }
    await this.connection.closed();
    this.setStatus(BusStatus.Closed);
  }

  private setStatus(s: BusStatus): void {
    if (s === this.status) return;
    this.status = s;
    for (const l of this.statusListeners) l(s);
  }

  private reportHandlerError(err: unknown, subject: string): void {
    this.handlerErrors++;
    try {
      this.onHandlerError?.(err, subject);
    } catch {
      // The hook is the last stop for handler errors; the connection must keep dispatching.
    }
  }

  private async watchStatus(): Promise<void> {
    void this.connection.closed().then(() => this.setStatus(BusStatus.Closed));
    for await (const s of this.connection.status()) {
      if (s.type === "disconnect") this.setStatus(BusStatus.Disconnected);
      else if (s.type === "reconnecting") this.setStatus(BusStatus.Reconnecting);
      else if (s.type === "reconnect") this.setStatus(BusStatus.Reconnected);
      else if (s.type === "close") this.setStatus(BusStatus.Closed);
    }
  }
}

function mapRequestError(err: unknown, subject: string, timeoutMs: number, closed: boolean): Error {
  if (err instanceof BusError) return err;
  if (err instanceof TimeoutError) return new BusTimeoutError(subject, timeoutMs, { cause: err });
  if (err instanceof NoRespondersError) return new BusNoRespondersError(subject, { cause: err });
  if (isClosedError(err)) return new BusClosedError({ cause: err });
  if (err instanceof RequestError) {
    if (err.isNoResponders()) return new BusNoRespondersError(subject, { cause: err });
    if (err.cause instanceof TimeoutError) return new BusTimeoutError(subject, timeoutMs, { cause: err });
    if (closed || isClosedError(err.cause)) return new BusClosedError({ cause: err });
  }
  return err instanceof Error ? err : new Error(String(err));
}

/**
 * Connects to NATS and returns a bus. After the first connection it reconnects forever by
 * default (a game service should ride out a NATS restart); the first connection fails after
 * connectTimeoutMs.
 */
export async function connectNatsBus(opts: ConnectNatsBusOptions): Promise<NatsBus> {
  const servers = Array.isArray(opts.servers)
    ? opts.servers
    : opts.servers
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
  const connection = await connect({
    ...opts.nats,
    servers,
    name: opts.name,
    timeout: opts.connectTimeoutMs ?? 10_000,
    maxReconnectAttempts: opts.maxReconnectAttempts ?? -1,
    reconnectTimeWait: opts.reconnectTimeWaitMs ?? 250,
    noAsyncTraces: true,
  });
  return new NatsBus(connection, opts);
}
