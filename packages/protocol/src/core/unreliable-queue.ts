/**
 * Unreliable packets waiting for bandwidth, one queue per priority (ASSS's high / default / low
 * unreliable queues, core.md §11). Droppable packets that the budget cannot carry in a pass are
 * discarded; the others wait, in order.
 */
import { type BandwidthLimiter, SendClass } from "./bandwidth.js";

/** Unreliable send priorities, lowest first. */
export const UnreliablePriority = { Low: 0, Normal: 1, High: 2 } as const;
export type UnreliablePriority = (typeof UnreliablePriority)[keyof typeof UnreliablePriority];

export interface UnreliableOptions {
  /** Discard the packet when the bandwidth budget cannot carry it this pass (ASSS `NET_DROPPABLE`). */
  readonly droppable?: boolean;
}

const CLASS_OF: readonly SendClass[] = [SendClass.UnreliableLow, SendClass.Unreliable, SendClass.UnreliableHigh];

interface Waiting {
  readonly packet: Uint8Array;
  readonly droppable: boolean;
}

export class UnreliableQueue {
  private readonly queues: Waiting[][] = [[], [], []];
  private count = 0;

  constructor(private readonly max: number) {}

  get size(): number {
    return this.count;
  }

  /** False when `max` packets already wait. */
  push(packet: Uint8Array, priority: UnreliablePriority, droppable: boolean): boolean {
    if (this.count >= this.max) return false;
    this.queues[priority]!.push({ packet, droppable });
    this.count++;
    return true;
  }

  /**
   * Hands what the budget allows to `emit`, highest priority first; returns how many droppable
   * packets were discarded.
   */
  collect(bandwidth: BandwidthLimiter, emit: (packet: Uint8Array) => void): number {
    let dropped = 0;
    for (let pri = this.queues.length - 1; pri >= 0; pri--) {
      const queue = this.queues[pri]!;
      const cls = CLASS_OF[pri]!;
      let kept = 0;
      for (const w of queue) {
        if (kept === 0 && bandwidth.trySpend(cls, w.packet.length)) emit(w.packet);
        else if (w.droppable) dropped++;
        // Keep order: once one waits, everything behind it in this queue waits too.
        else queue[kept++] = w;
      }
      this.count -= queue.length - kept;
      queue.length = kept;
    }
    return dropped;
  }
}
