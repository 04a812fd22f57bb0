import { randomBytes } from "node:crypto";
import { zonebus } from "@zonebus/proto";
import type { KvBucket } from "@zonebus/store";

/**
 * Most leaves kept while the biller is away. Past it the oldest go (counted): a zone that lost
 * its biller for days must not fill the store.
 */
export const MAX_QUEUED_LEAVES = 50_000;

let sequence = 0;
const nonce = randomBytes(3).toString("hex");

/**
 * A queue key that sorts in write order: milliseconds since the epoch, then a per-process
 * sequence, then a per-process nonce so two masters writing in the same millisecond cannot
 * collide.
 */
export function leaveKey(nowMs = Date.now()): string {
  sequence = (sequence + 1) % 1_000_000;
  return `l${Math.floor(nowMs).toString().padStart(15, "0")}-${sequence.toString().padStart(6, "0")}-${nonce}`;
}

/** Writes a leave for the biller to the durable queue (the master's side). */
export async function enqueueLeave(bucket: KvBucket, leave: zonebus.IBillerQueuedLeave): Promise<void> {
  await bucket.put(leaveKey(), zonebus.BillerQueuedLeave.encode(leave).finish());
}

export interface LeaveQueueHooks {
  /** Sends one leave; resolves once it left the zone (see BillerLink.leave). */
  send(leave: zonebus.BillerQueuedLeave): Promise<void>;
  /** Told of every leave dropped: undecodable, or the oldest past MAX_QUEUED_LEAVES. */
  dropped(reason: "undecodable" | "queue_full"): void;
  /** The queue's length after a pass. */
  depth(n: number): void;
  /**
   * Leaves younger than this wait for the next pass (default 0): the arena stores the player's
   * last score as it leaves, and the leave reports that score.
   */
  readonly minAgeMs?: number;
}

/** When a queue key was written (ms since the epoch), or 0 for a key not made by leaveKey. */
function writtenAt(key: string): number {
  const m = /^l(\d{15})-/.exec(key);
  return m ? Number(m[1]) : 0;
}

/**
 * The bridge's side of the durable leave queue: a pass sends every queued leave in key order
 * and deletes each once the link took it; a failure stops the pass, leaving the rest (and the
 * failed one) for the next. A leave is deleted only after the biller has it, so a bridge that
 * dies mid-pass loses none; one the biller took just before the bridge died is the only one
 * that can be sent twice.
 */
export class LeaveQueue {
  private pass: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly bucket: KvBucket,
    private readonly hooks: LeaveQueueHooks,
  ) {}

  /** Runs a pass, or one more after the pass under way. */
  drain(): Promise<void> {
    if (this.pass) {
      this.again = true;
      return this.pass;
    }
    this.pass = (async () => {
      do {
        this.again = false;
        await this.drainOnce();
      } while (this.again);
    })().finally(() => {
      this.pass = undefined;
    });
    return this.pass;
  }

  private async drainOnce(): Promise<void> {
    const keys = (await this.bucket.keys()).sort();
    let left = keys.length;
    for (const key of keys.slice(0, Math.max(0, keys.length - MAX_QUEUED_LEAVES))) {
      await this.bucket.delete(key).catch(() => undefined);
      this.hooks.dropped("queue_full");
      left--;
    }
    try {
      const youngest = Date.now() - (this.hooks.minAgeMs ?? 0);
      for (const key of keys.slice(Math.max(0, keys.length - MAX_QUEUED_LEAVES))) {
        if (writtenAt(key) > youngest) break;
        const entry = await this.bucket.get(key);
        if (entry) {
          let leave: zonebus.BillerQueuedLeave | undefined;
          try {
            leave = zonebus.BillerQueuedLeave.decode(entry.value);
          } catch {
            this.hooks.dropped("undecodable");
          }
          if (leave) await this.hooks.send(leave);
        }
        await this.bucket.delete(key);
        left--;
      }
    } finally {
      this.hooks.depth(left);
    }
  }
}
