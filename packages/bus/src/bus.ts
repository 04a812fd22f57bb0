/** Message headers; keys are case-sensitive. */
export type BusHeaders = Readonly<Record<string, string>>;

/** One delivered message. */
export interface BusMessage {
  readonly subject: string;
  readonly data: Uint8Array;
  readonly headers: BusHeaders | undefined;
  readonly reply: string | undefined;
  /** Replies to a request; false if the message has no reply subject. */
  respond(data: Uint8Array, opts?: { headers?: BusHeaders }): boolean;
}

export interface BusSubscription {
  readonly subject: string;
  /** Stops delivery at once, including messages already queued for this subscription. */
  unsubscribe(): void;
}

export interface PublishOptions {
  headers?: BusHeaders;
  reply?: string;
}

export interface SubscribeOptions {
  /** Members of one queue group share the messages: each goes to exactly one of them. */
  queue?: string;
}

export interface RequestOptions {
  /** Default 5000 ms. */
  timeoutMs?: number;
  headers?: BusHeaders;
}

export type BusStatus = "connected" | "disconnected" | "reconnecting" | "reconnected" | "closed";

/**
 * The message bus every zonebus service talks over: subjects with `*` and `>` wildcards, queue
 * groups, request/reply and headers, carrying bytes (protobuf). Delivery is at most once;
 * messages from one publisher reach a subscriber in publish order.
 */
export interface Bus {
  publish(subject: string, data: Uint8Array, opts?: PublishOptions): void;
  /** The handler runs synchronously per message, in publish order per publisher. */
  subscribe(subject: string, handler: (msg: BusMessage) => void, opts?: SubscribeOptions): BusSubscription;
  request(subject: string, data: Uint8Array, opts?: RequestOptions): Promise<BusMessage>;
  /** Resolves when everything published so far has reached the server (NATS) or been delivered (local). */
  flush(): Promise<void>;
  /** Drains subscriptions and closes; idempotent. */
  close(): Promise<void>;
  /** Status changes for logs and readiness; returns an unsubscribe function. */
  onStatus(listener: (s: BusStatus) => void): () => void;
}

/** Default request timeout. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 5_000;
