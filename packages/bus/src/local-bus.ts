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
import { BusClosedError, BusNoRespondersError, BusTimeoutError } from "./errors.js";
import { subjectMatches, validateSubject } from "./subject.js";

export interface LocalBusOptions {
  /** Most messages waiting for delivery; more are dropped and counted (default 200,000). */
  maxQueued?: number;
}

interface LocalSub {
  readonly subject: string;
  readonly tokens: string[] | undefined; // set for wildcard subscriptions
  readonly queue: string | undefined;
  readonly handler: (msg: BusMessage) => void;
  active: boolean;
}

interface Pending {
  readonly sub: LocalSub;
  readonly msg: BusMessage;
}

/**
 * The in-process bus of the all-in-one mode, with NATS semantics: wildcards, queue groups
 * (members take turns), request/reply through inbox subjects, no-responders, headers.
 * Delivery is asynchronous and in one FIFO, so messages keep publish order and a handler is
 * never re-entered from inside publish().
 */
export class LocalBus implements Bus {
  private readonly literal = new Map<string, Set<LocalSub>>();
  private readonly wildcard = new Set<LocalSub>();
  private readonly queueTurn = new Map<string, number>();
  private queue: Pending[] = [];
  private scheduled = false;
  private closed = false;
  private inboxSeq = 0;
  private readonly statusListeners = new Set<(s: BusStatus) => void>();
  private readonly maxQueued: number;
  /** Messages dropped because the delivery queue was full. */
  dropped = 0;

  constructor(opts: LocalBusOptions = {}) {
    this.maxQueued = opts.maxQueued ?? 200_000;
  }

  publish(subject: string, data: Uint8Array, opts?: PublishOptions): void {
    if (this.closed) throw new BusClosedError();
    validateSubject(subject, false);
    this.route(subject, data, opts?.headers, opts?.reply);
  }

  subscribe(subject: string, handler: (msg: BusMessage) => void, opts?: SubscribeOptions): BusSubscription {
    if (this.closed) throw new BusClosedError();
    validateSubject(subject, true);
    const isWild = subject.split(".").some((t) => t === "*" || t === ">");
    const sub: LocalSub = {
      subject,
      tokens: isWild ? subject.split(".") : undefined,
      queue: opts?.queue,
      handler,
      active: true,
    };
    if (isWild) this.wildcard.add(sub);
    else {
      let set = this.literal.get(subject);
      if (!set) {
        set = new Set();
        this.literal.set(subject, set);
      }
      set.add(sub);
    }
    return {
      subject,
      unsubscribe: () => this.remove(sub),
    };
  }

  request(subject: string, data: Uint8Array, opts?: RequestOptions): Promise<BusMessage> {
    if (this.closed) return Promise.reject(new BusClosedError());
    validateSubject(subject, false);
    const timeoutMs = opts?.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const inbox = `_INBOX.local.${++this.inboxSeq}`;
    return new Promise<BusMessage>((resolve, reject) => {
      const sub = this.subscribe(inbox, (msg) => {
        clearTimeout(timer);
        sub.unsubscribe();
        resolve(msg);
      });
      const timer = setTimeout(() => {
        sub.unsubscribe();
        reject(new BusTimeoutError(subject, timeoutMs));
      }, timeoutMs);
      if (this.route(subject, data, opts?.headers, inbox) === 0) {
        clearTimeout(timer);
        sub.unsubscribe();
        reject(new BusNoRespondersError(subject));
      }
    });
  }

  async flush(): Promise<void> {
    while (this.queue.length > 0 || this.scheduled) await new Promise<void>((r) => setImmediate(r));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    this.closed = true;
    for (const set of this.literal.values()) for (const s of set) s.active = false;
    for (const s of this.wildcard) s.active = false;
    this.literal.clear();
    this.wildcard.clear();
    for (const l of this.statusListeners) l("closed");
  }

  onStatus(listener: (s: BusStatus) => void): () => void {
    this.statusListeners.add(listener);
    listener(this.closed ? "closed" : "connected");
    return () => this.statusListeners.delete(listener);
  }

  /** Queues the message for every matching subscription; returns how many will get it. */
  private route(subject: string, data: Uint8Array, headers: BusHeaders | undefined, reply: string | undefined): number {
    const matches: LocalSub[] = [];
    const direct = this.literal.get(subject);
    if (direct) for (const s of direct) matches.push(s);
    if (this.wildcard.size > 0) {
      const tokens = subject.split(".");
      for (const s of this.wildcard) if (subjectMatches(s.tokens!, tokens)) matches.push(s);
    }
    if (matches.length === 0) return 0;
    const msg = this.message(subject, data, headers, reply);
    let groups: Map<string, LocalSub[]> | undefined;
    let count = 0;
    for (const s of matches) {
      if (s.queue === undefined) {
        count += this.enqueue(s, msg);
      } else {
        groups ??= new Map();
        const g = groups.get(s.queue);
        if (g) g.push(s);
        else groups.set(s.queue, [s]);
      }
    }
    if (groups) {
      for (const [name, members] of groups) {
        const key = `${name}\u0000${subject}`;
        const turn = (this.queueTurn.get(key) ?? 0) % members.length;
        this.queueTurn.set(key, turn + 1);
        count += this.enqueue(members[turn]!, msg);
      }
    }
    return count;
  }

  private enqueue(sub: LocalSub, msg: BusMessage): number {
    if (this.queue.length >= this.maxQueued) {
      this.dropped++;
      return 0;
    }
    this.queue.push({ sub, msg });
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.drain());
    }
    return 1;
  }

  private drain(): void {
    const batch = this.queue;
    this.queue = [];
    this.scheduled = false;
    for (const { sub, msg } of batch) {
      if (!sub.active) continue;
      try {
        sub.handler(msg);
      } catch {
        // A throwing handler must not stop delivery to the others; services log their own errors.
      }
    }
  }

  private remove(sub: LocalSub): void {
    sub.active = false;
    if (sub.tokens) this.wildcard.delete(sub);
    else {
      const set = this.literal.get(sub.subject);
      set?.delete(sub);
      if (set && set.size === 0) this.literal.delete(sub.subject);
    }
  }

  private message(
    subject: string,
    data: Uint8Array,
    headers: BusHeaders | undefined,
    reply: string | undefined,
  ): BusMessage {
    return {
      subject,
      data,
      headers,
      reply,
      respond: (d, o) => {
        if (reply === undefined || this.closed) return false;
        this.route(reply, d, o?.headers, undefined);
        return true;
      },
    };
  }
}
