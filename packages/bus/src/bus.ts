import type { BusPayloadError, BusPublishError } from "./errors.js";

/** Message headers; keys are case-sensitive. */
export type BusHeaders = Readonly<Record<string, string>>;

/** One delivered message. */
export interface BusMessage {
  readonly subject: string;
  readonly data: Uint8Array;
  readonly headers: BusHeaders | undefined;
  readonly reply: string | undefined;
  /**
   * Replies to a request; false if the message has no reply subject, or if the reply was
   * refused as publish() refuses it (reported to onPublishError listeners).
   * Throws BusClosedError once the bus is closed, like publish().
   */
  respond(data: Uint8Array, opts?: { headers?: BusHeaders }): boolean;
}

export interface BusSubscription {
  readonly subject: string;
  /** Stops delivery at once, including messages already queued for this subscription. Idempotent. */
  unsubscribe(): void;
}

export interface PublishOptions {
  headers?: BusHeaders;
  /** Subject the receiver should respond to (no wildcards). */
  reply?: string;
}

export interface SubscribeOptions {
  /**
   * Queue group name: of all subscriptions sharing a group name and matching a message, exactly
   * one receives it, and the messages are spread across the members.
   */
  queue?: string;
}

export interface RequestOptions {
  /** Default DEFAULT_REQUEST_TIMEOUT_MS. */
  timeoutMs?: number;
  headers?: BusHeaders;
}

/**
 * Connection states reported by Bus.onStatus. The local bus is only ever connected or closed;
 * a NATS bus goes through the others while its server is away.
 */
export const BusStatus = {
  Connected: "connected",
  Disconnected: "disconnected",
  Reconnecting: "reconnecting",
  Reconnected: "reconnected",
  Closed: "closed",
} as const;
export type BusStatus = (typeof BusStatus)[keyof typeof BusStatus];

/** True for the states in which publishes reach subscribers (readiness). */
export function isBusUp(s: BusStatus): boolean {
  return s === BusStatus.Connected || s === BusStatus.Reconnected;
}

/**
 * The message bus every zonebus service talks over: subjects with `*` and `>` wildcards, queue
 * groups, request/reply and headers, carrying bytes (protobuf). Delivery is at most once;
 * messages from one publisher reach a subscriber in publish order.
 *
 * Programming errors (a malformed subject, use after close) throw synchronously from publish
 * and subscribe; request() rejects with BusTimeoutError, BusNoRespondersError, BusClosedError or
 * BusPayloadError. A message the bus cannot carry (larger than `maxPayload`, or failed by the
 * client library) is never thrown from publish(): publishes often carry what clients sent and run
 * from timers, where a throw would end the process. It is refused, counted and reported to the
 * onPublishError listeners instead.
 */
export interface Bus {
  /**
   * Largest payload, in bytes, one publish may carry: the server's `max_payload` from its INFO
   * (NATS), or the local bus's configured limit (same default as NATS, 1 MiB). Publishers that
   * carry client-driven data split their messages to stay at or below it.
   */
  readonly maxPayload: number;
  /**
   * Sends a message; true when the bus took it. False when it was refused: payload plus headers
   * (in NATS's encoding, see `messageSize`) larger than `maxPayload` (BusPayloadError), or failed
   * by the client library (BusPublishError); the refusal goes to the onPublishError listeners
   * and nothing is sent. Throws BusSubjectError for a malformed or wildcard subject and
   * BusClosedError after close().
   */
  publish(subject: string, data: Uint8Array, opts?: PublishOptions): boolean;
  /**
   * Handler is called synchronously per message, in publish order per publisher. A handler that
   * throws does not stop delivery; the error goes to the implementation's error hook.
   */
  subscribe(subject: string, handler: (msg: BusMessage) => void, opts?: SubscribeOptions): BusSubscription;
  request(subject: string, data: Uint8Array, opts?: RequestOptions): Promise<BusMessage>;
  /** Resolves when everything published so far has reached the server (NATS) / been delivered (local). */
  flush(): Promise<void>;
  /** Drains subscriptions and closes; idempotent (every call returns the same completion). */
  close(): Promise<void>;
  /**
   * Emits status changes (connected, disconnected, reconnecting, reconnected, closed) for logs
   * and readiness. The listener is called at once with the current status, then on each change
   * (repeats of one status are folded). Returns a function that removes the listener.
   */
  onStatus(listener: (s: BusStatus) => void): () => void;
  /**
   * Calls `listener` with each publish (or respond) the bus refused, for a metric and a log
   * line. Listeners run synchronously inside publish(); one that throws is ignored. Returns a
   * function that removes the listener.
   */
  onPublishError(listener: PublishErrorListener): () => void;
}

/** Receives a refused publish: why (BusPayloadError or BusPublishError) and its subject. */
export type PublishErrorListener = (err: BusPayloadError | BusPublishError, subject: string) => void;

const NATS_HEADER_LINE = 10; // "NATS/1.0\r\n"
const utf8Length = (s: string) => Buffer.byteLength(s, "utf8");

/**
 * Bytes a message counts against `max_payload`, as the NATS client counts them: the payload
 * plus the encoded header block (`NATS/1.0\r\n`, one `key: value\r\n` per header, `\r\n`).
 */
export function messageSize(data: Uint8Array, headers?: BusHeaders): number {
  if (headers === undefined) return data.byteLength;
  let size = data.byteLength + NATS_HEADER_LINE + 2;
  for (const k in headers) size += utf8Length(k) + 2 + utf8Length(headers[k]!.trim()) + 2;
  return size;
}

/** NATS's default `max_payload` (1 MiB), also the local bus's default limit. */
export const DEFAULT_MAX_PAYLOAD = 1024 * 1024;

/** Default request timeout. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 5_000;

/** Called with whatever a subscription handler threw, and the subject it was handling. */
export type HandlerErrorHook = (err: unknown, subject: string) => void;
