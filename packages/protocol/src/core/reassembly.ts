/**
 * Receive-side reassembly of packets that span datagrams: `00 08`/`00 09` pieces (core.md §6)
 * and `00 0A` sized streams (core.md §7). Memory grows only as data arrives and never past the
 * configured maximum.
 */

export const AssemblyOutcome = {
  /** Stored; more to come. */
  Partial: "partial",
  /** The packet is whole. */
  Complete: "complete",
  /** This data broke a limit or a rule; whatever was gathered is gone. */
  Rejected: "rejected",
  /** Ignored: the rest of a transfer that was already rejected. */
  Discarded: "discarded",
} as const;
export type AssemblyOutcome = (typeof AssemblyOutcome)[keyof typeof AssemblyOutcome];

export type AssemblyResult =
  | { readonly outcome: typeof AssemblyOutcome.Complete; readonly packet: Uint8Array }
  | { readonly outcome: Exclude<AssemblyOutcome, typeof AssemblyOutcome.Complete> };

const PARTIAL: AssemblyResult = { outcome: AssemblyOutcome.Partial };
const REJECTED: AssemblyResult = { outcome: AssemblyOutcome.Rejected };
const DISCARDED: AssemblyResult = { outcome: AssemblyOutcome.Discarded };

class Parts {
  private parts: Uint8Array[] = [];
  size = 0;

  add(data: Uint8Array): void {
    // A copy, so a long transfer holds its data and not every datagram it arrived in.
    this.parts.push(new Uint8Array(data));
    this.size += data.length;
  }

  join(): Uint8Array {
    const out = new Uint8Array(this.size);
    let off = 0;
    for (const p of this.parts) {
      out.set(p, off);
      off += p.length;
    }
    this.clear();
    return out;
  }

  clear(): void {
    this.parts = [];
    this.size = 0;
  }
}

/**
 * `00 08` appends, `00 09` appends and completes. Past `max` bytes the partial data is
 * dropped and the rest of that transfer ignored until its `00 09` (SS .NET's rule; ASSS would
 * start over at the next `00 08` and hand on a fragment).
 */
export class BigPacketAssembler {
  private readonly parts = new Parts();
  private overflowed = false;

  constructor(private readonly max: number) {}

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
    this.parts.add(data);
    return tail ? { outcome: AssemblyOutcome.Complete, packet: this.parts.join() } : PARTIAL;
  }
}

/**
 * `00 0A` chunks of one packet of `total` bytes. The first chunk fixes `total`; a chunk with
 * another total, or one that would run past it, drops the transfer (ASSS rejects both for
 * uploads), and the next chunk starts a new one.
 */
export class StreamAssembler {
  private readonly parts = new Parts();
  private total = 0;

  constructor(private readonly max: number) {}

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
    this.parts.add(data);
    if (this.parts.size < total) return PARTIAL;
    const packet = this.parts.join();
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
