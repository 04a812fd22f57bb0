/**
 * Receive-side reassembly of packets that span datagrams: `00 08`/`00 09` pieces (core.md §6)
 * and `00 0A` sized streams (core.md §7). Data is kept in one growable buffer per transfer,
 * charged by its capacity to the connection's byte budget: memory grows only as data arrives,
 * never past the per-transfer maximum, and never past the budget.
 */
import { type ByteBudget, GrowableBuffer } from "./byte-budget.js";

export const AssemblyOutcome = {
  /** Stored; more to come. */
  Partial: "partial",
  /** The packet is whole. */
  Complete: "complete",
  /** This data broke a limit or a rule; whatever was gathered is gone. */
  Rejected: "rejected",
  /** Ignored: the rest of a transfer that was already rejected. */
  Discarded: "discarded",
  /** The byte budget refused the memory this data needs; whatever was gathered is gone. */
  OverBudget: "over_budget",
} as const;
export type AssemblyOutcome = (typeof AssemblyOutcome)[keyof typeof AssemblyOutcome];

export type AssemblyResult =
  | { readonly outcome: typeof AssemblyOutcome.Complete; readonly packet: Uint8Array }
  | { readonly outcome: Exclude<AssemblyOutcome, typeof AssemblyOutcome.Complete> };

const PARTIAL: AssemblyResult = { outcome: AssemblyOutcome.Partial };
const REJECTED: AssemblyResult = { outcome: AssemblyOutcome.Rejected };
const DISCARDED: AssemblyResult = { outcome: AssemblyOutcome.Discarded };
const OVER_BUDGET: AssemblyResult = { outcome: AssemblyOutcome.OverBudget };

/**
 * `00 08` appends, `00 09` appends and completes. Past `max` bytes the partial data is
 * dropped and the rest of that transfer ignored until its `00 09` (SS .NET's rule; ASSS would
 * start over at the next `00 08` and hand on a fragment).
 */
export class BigPacketAssembler {
  private readonly parts: GrowableBuffer;
  private overflowed = false;

  constructor(
    private readonly max: number,
    budget: ByteBudget,
  ) {
    this.parts = new GrowableBuffer(budget);
  }

  get buffered(): number {
    return this.parts.size;
  }

  push(data: Uint8Array, tail: boolean): AssemblyResult {
    if (this.overflowed) {
      if (tail) this.overflowed = false;
      return DISCARDED;
    }
    if (this.parts.size + data.length > this.max) {
      this.parts.clear();
      this.overflowed = !tail;
      return REJECTED;
    }
    if (!this.parts.append(data, this.max)) {
      this.reset();
      this.overflowed = !tail;
      return OVER_BUDGET;
    }
    return tail ? { outcome: AssemblyOutcome.Complete, packet: this.parts.take() } : PARTIAL;
  }

  /** Drops a partial transfer and gives its memory back. */
  reset(): void {
    this.parts.clear();
    this.overflowed = false;
  }
}

/**
 * `00 0A` chunks of one packet of `total` bytes. The first chunk fixes `total`; a chunk with
 * another total, or one that would run past it, drops the transfer (ASSS rejects both for
 * uploads), and the next chunk starts a new one.
 */
export class StreamAssembler {
  private readonly parts: GrowableBuffer;
  private total = 0;

  constructor(
    private readonly max: number,
    budget: ByteBudget,
  ) {
    this.parts = new GrowableBuffer(budget);
  }

  /** True while a stream is partly received. */
  get active(): boolean {
    return this.parts.size > 0;
  }

  get buffered(): number {
    return this.parts.size;
  }

  get expected(): number {
    return this.total;
  }

  push(total: number, data: Uint8Array): AssemblyResult {
    const fresh = !this.active;
    if (fresh ? total < 1 || total > this.max : total !== this.total) return this.reject();
    if (this.parts.size + data.length > total) return this.reject();
    this.total = total;
    if (!this.parts.append(data, total)) {
      this.reset();
      return OVER_BUDGET;
    }
    if (this.parts.size < total) return PARTIAL;
    const packet = this.parts.take();
    this.total = 0;
    return { outcome: AssemblyOutcome.Complete, packet };
  }

  private reject(): AssemblyResult {
    this.reset();
    return REJECTED;
  }

  reset(): void {
    this.parts.clear();
    this.total = 0;
  }
}
