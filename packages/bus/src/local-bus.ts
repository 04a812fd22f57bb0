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
import { DEFAULT_MAX_QUEUED, DeliveryQueue } from "./delivery-queue.js";
import { BusClosedError, BusNoRespondersError, BusPayloadError, BusTimeoutError } from "./errors.js";
import { PublishErrors } from "./publish-errors.js";
import { validateQueueName, validateSubject } from "./subject-syntax.js";
import { type Receiver, SubscriptionIndex } from "./subscription-index.js";

export interface LocalBusOptions {
  /**
   * Most deliveries waiting at once (one per subscription a message reaches); past it new
   * deliveries are dropped and counted in stats().dropped, so a stuck consumer cannot grow
   * memory without bound. Default DEFAULT_MAX_QUEUED (200,000).
   */
  maxQueued?: number;
  /** Receives whatever a handler throws; delivery goes on either way. */
  onHandlerError?: HandlerErrorHook;
  /**
   * Largest message (payload and headers) a publish may carry, like a NATS server's
   * `max_payload`: larger ones are refused as NatsBus refuses them, so the all-in-one mode
   * fails the same way the distributed one does. Default DEFAULT_MAX_PAYLOAD.
   */
  maxPayload?: number;
}

/** Counters of a LocalBus, for metrics. */
export interface LocalBusStats {
  readonly subscriptions: number;
  readonly queued: number;
  readonly delivered: number;
  readonly dropped: number;
  readonly handlerErrors: number;
  readonly pendingRequests: number;
  readonly cachedSubjects: number;
  /** Publishes and responds refused for their size. */
  readonly refusedPublishes: number;
}

/** Prefix of subjects that live for one request; their matches are not cached. */
const INBOX_PREFIX = "_INBOX.";

interface Responder {
  /** False when the reply was refused for its size. */
  respond(reply: string, data: Uint8Array, headers: BusHeaders | undefined): boolean;
}

/** The one allocation per published message: a class, so respond() lives on the prototype. */
class LocalMessage implements BusMessage {
  constructor(
    readonly subject: string,
    readonly data: Uint8Array,
    readonly headers: BusHeaders | undefined,
    readonly reply: string | undefined,
    private readonly responder: Responder,
  ) {}

  respond(data: Uint8Array, opts?: { headers?: BusHeaders }): boolean {
    if (this.reply === undefined) return false;
    return this.responder.respond(this.reply, data, opts?.headers);
  }
}

interface PendingRequest extends Receiver {
  fail(err: Error): void;
}

type State = "open" | "closing" | "closed";

/**
 * The in-process bus of the all-in-one mode, with NATS semantics: subject tokens, `*` and `>`
 * wildcards, queue groups (members take turns), request/reply through inbox subjects with
 * timeouts and no-responders, headers. Delivery is asynchronous through one bounded FIFO, so
 * messages keep publish order and a handler is never re-entered from inside publish().
 *
 * Payload bytes and header objects are shared between receivers, not copied: treat them as
 * read-only, as a NATS subscriber's own copy would let you forget.
 */
export class LocalBus implements Bus {
  private readonly index = new SubscriptionIndex();
  private readonly queue: DeliveryQueue;
  private readonly pending = new Map<string, PendingRequest>();
  private readonly statusListeners = new Set<(s: BusStatus) => void>();
  private readonly publishErrors = new PublishErrors();
  private readonly responder: Responder = {
    respond: (reply, data, headers) => {
      if (this.state === "closed") throw new BusClosedError();
      if (this.refusesSize(reply, data, headers)) return false;
      this.route(reply, data, headers, undefined);
      return true;
    },
  };
  private state: State = "open";
  private closing: Promise<void> | undefined;
  private inboxSeq = 0;

  readonly maxPayload: number;

  constructor(opts: LocalBusOptions = {}) {
    this.maxPayload = opts.maxPayload ?? DEFAULT_MAX_PAYLOAD;
    this.queue = new DeliveryQueue(opts.maxQueued ?? DEFAULT_MAX_QUEUED, opts.onHandlerError);
  }

  /** Deliveries dropped because the queue was full. */
  get dropped(): number {
    return this.queue.dropped;
  }

  stats(): LocalBusStats {
    return {
      subscriptions: this.index.size,
      queued: this.queue.length,
      delivered: this.queue.delivered,
      dropped: this.queue.dropped,
      handlerErrors: this.queue.handlerErrors,
      pendingRequests: this.pending.size,
      cachedSubjects: this.index.cachedSubjects,
      refusedPublishes: this.publishErrors.count,
    };
  }

  publish(subject: string, data: Uint8Array, opts?: PublishOptions): boolean {
    if (this.state === "closed") throw new BusClosedError();
    validateSubject(subject, false);
    if (opts === undefined) {
      if (data.byteLength > this.maxPayload && this.refusesSize(subject, data, undefined)) return false;
      this.route(subject, data, undefined, undefined);
      return true;
    }
    if (opts.reply !== undefined) validateSubject(opts.reply, false);
    if (this.refusesSize(subject, data, opts.headers)) return false;
    this.route(subject, data, opts.headers, opts.reply);
    return true;
  }

  onPublishError(listener: PublishErrorListener): () => void {
    return this.publishErrors.add(listener);
  }

  subscribe(subject: string, handler: (msg: BusMessage) => void, opts?: SubscribeOptions): BusSubscription {
    if (this.state !== "open") throw new BusClosedError();
    validateSubject(subject, true);
    if (opts?.queue !== undefined) validateQueueName(opts.queue);
    const sub = this.index.add(subject, handler, opts?.queue);
    return { subject, unsubscribe: () => this.index.remove(sub) };
  }

  request(subject: string, data: Uint8Array, opts?: RequestOptions): Promise<BusMessage> {
    if (this.state !== "open") return Promise.reject(new BusClosedError());
    try {
      validateSubject(subject, false);
    } catch (err) {
      return Promise.reject(err);
    }
    const size = messageSize(data, opts?.headers);
    if (size > this.maxPayload) return Promise.reject(new BusPayloadError(subject, size, this.maxPayload));
    const timeoutMs = opts?.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const inbox = `${INBOX_PREFIX}local.${++this.inboxSeq}`;
    return new Promise<BusMessage>((resolve, reject) => {
      const settle = () => {
        waiting.active = false;
        clearTimeout(timer);
        this.pending.delete(inbox);
      };
      const waiting: PendingRequest = {
        active: true,
        handler: (msg) => {
          settle();
          resolve(msg);
        },
        fail: (err) => {
          settle();
          reject(err);
        },
      };
      const timer = setTimeout(() => waiting.fail(new BusTimeoutError(subject, timeoutMs)), timeoutMs);
      this.pending.set(inbox, waiting);
      if (!this.route(subject, data, opts?.headers, inbox)) waiting.fail(new BusNoRespondersError(subject));
    });
  }

  flush(): Promise<void> {
    if (this.state === "closed") return Promise.reject(new BusClosedError());
    return this.queue.settled();
  }

  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  onStatus(listener: (s: BusStatus) => void): () => void {
    this.statusListeners.add(listener);
    listener(this.state === "closed" ? BusStatus.Closed : BusStatus.Connected);
    return () => {
      this.statusListeners.delete(listener);
    };
  }

  /**
   * Like a NATS drain: from now on publishes reach no subscription, what is queued is still
   * delivered, and replies still reach requests that are waiting; then everything is let go.
   */
  private async shutdown(): Promise<void> {
    this.state = "closing";
    // A reply queued by the last batch is one more batch; only replies can be queued now.
    do await this.queue.settled();
    while (this.queue.length > 0);
    this.state = "closed";
    this.index.clear();
    for (const waiting of [...this.pending.values()]) waiting.fail(new BusClosedError());
    for (const l of this.statusListeners) l(BusStatus.Closed);
    this.statusListeners.clear();
    this.publishErrors.clear();
  }

  /** True (and reported) when the message is larger than `maxPayload`. */
  private refusesSize(subject: string, data: Uint8Array, headers: BusHeaders | undefined): boolean {
    const size = messageSize(data, headers);
    if (size <= this.maxPayload) return false;
    this.publishErrors.report(new BusPayloadError(subject, size, this.maxPayload), subject);
    return true;
  }

  /** Queues the message for every receiver it reaches; false when it reaches none. */
  private route(
    subject: string,
    data: Uint8Array,
    headers: BusHeaders | undefined,
    reply: string | undefined,
  ): boolean {
    const oneOff = subject.startsWith(INBOX_PREFIX);
    const waiting = oneOff ? this.pending.get(subject) : undefined;
    if (this.state !== "open") {
      if (waiting === undefined) return false;
      this.queue.push(waiting, new LocalMessage(subject, data, headers, reply, this.responder));
      return true;
    }
    const match = this.index.match(subject, !oneOff);
    const plain = match.plain;
    const groups = match.groups;
    if (plain.length === 0 && groups.length === 0 && waiting === undefined) return false;
    const msg = new LocalMessage(subject, data, headers, reply, this.responder);
    if (waiting !== undefined) this.queue.push(waiting, msg);
    for (let i = 0; i < plain.length; i++) this.queue.push(plain[i]!, msg);
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      this.queue.push(g.members[g.group.turn++ % g.members.length]!, msg);
    }
    return true;
  }
}
