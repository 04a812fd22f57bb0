import type { BusMessage, HandlerErrorHook } from "./bus.js";
import type { Receiver } from "./subscription-index.js";

/** Default of LocalBusOptions.maxQueued: deliveries waiting at once before new ones are dropped. */
export const DEFAULT_MAX_QUEUED = 200_000;

interface FlushWaiter {
  readonly target: number;
  readonly resolve: () => void;
}

/**
 * The local bus's one FIFO of (receiver, message) deliveries. One FIFO keeps publish order for
 * every publisher, and draining it from setImmediate means a handler never runs inside publish()
 * and a handler that publishes cannot starve I/O. Two pairs of parallel arrays are swapped
 * between batches and written by index, never truncated, so they keep their capacity and
 * steady-state delivery allocates nothing (capacity never passes maxQueued).
 */
export class DeliveryQueue {
  private receivers: (Receiver | undefined)[] = [];
  private messages: (BusMessage | undefined)[] = [];
  private count = 0;
  private spareReceivers: (Receiver | undefined)[] = [];
  private spareMessages: (BusMessage | undefined)[] = [];
  private scheduled = false;
  private enqueued = 0;
  private processed = 0;
  private readonly waiters: FlushWaiter[] = [];
  private readonly drain = () => this.deliverBatch();
  /** Deliveries refused because maxQueued were already waiting. */
  dropped = 0;
  /** Handler calls made. */
  delivered = 0;
  /** Handler calls that threw. */
  handlerErrors = 0;

  constructor(
    private readonly maxQueued: number,
    private readonly onHandlerError: HandlerErrorHook | undefined,
  ) {}

  /** Deliveries waiting for the next batch. */
  get length(): number {
    return this.count;
  }

  /** Queues one delivery; false (and counted) when the queue is full. */
  push(receiver: Receiver, msg: BusMessage): boolean {
    const i = this.count;
    if (i >= this.maxQueued) {
      this.dropped++;
      return false;
    }
    this.receivers[i] = receiver;
    this.messages[i] = msg;
    this.count = i + 1;
    this.enqueued++;
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.drain);
    }
    return true;
  }

  /** Resolves once every delivery queued so far has been made (or skipped as unsubscribed). */
  settled(): Promise<void> {
    if (this.processed >= this.enqueued) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ target: this.enqueued, resolve }));
  }

  private deliverBatch(): void {
    const receivers = this.receivers;
    const messages = this.messages;
    const n = this.count;
    this.receivers = this.spareReceivers;
    this.messages = this.spareMessages;
    this.count = 0;
    this.scheduled = false;
    for (let i = 0; i < n; i++) {
      const r = receivers[i]!;
      const msg = messages[i]!;
      // Let go at once: a handler may hold the batch for long, the messages need not live with it.
      receivers[i] = undefined;
      messages[i] = undefined;
      // Checked at delivery time: an unsubscribe (even by an earlier handler of this batch) wins.
      if (!r.active) continue;
      this.delivered++;
      try {
        r.handler(msg);
      } catch (err) {
        this.reportHandlerError(err, msg.subject);
      }
    }
    this.spareReceivers = receivers;
    this.spareMessages = messages;
    this.processed += n;
    while (this.waiters.length > 0 && this.waiters[0]!.target <= this.processed) this.waiters.shift()!.resolve();
  }

  private reportHandlerError(err: unknown, subject: string): void {
    this.handlerErrors++;
    try {
      this.onHandlerError?.(err, subject);
    } catch {
      // The hook is the last stop for handler errors; delivery to the rest of the batch goes on.
    }
  }
}
