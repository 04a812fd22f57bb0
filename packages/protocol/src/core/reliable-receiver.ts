/**
 * Receive side of `00 03` (core.md §4): a 32-slot window, duplicates recognised, payloads
 * released strictly in sequence order.
 */
import { INCOMING_WINDOW } from "./constants.js";

/** What became of an incoming reliable packet. Accepted and duplicate ones are acked. */
export const ReliableVerdict = { Accepted: "accepted", Duplicate: "duplicate", OutOfWindow: "out_of_window" } as const;
export type ReliableVerdict = (typeof ReliableVerdict)[keyof typeof ReliableVerdict];

export class ReliableReceiver {
  private expected = 0;
  private readonly slots: (Uint8Array | undefined)[] = new Array(INCOMING_WINDOW).fill(undefined);

  /** Sequence number of the next packet to deliver; also how many have been delivered. */
  get nextSeq(): number {
    return this.expected;
  }

  accept(seq: number, payload: Uint8Array): ReliableVerdict {
    // Sequence numbers are i32 on the wire; a negative one is never valid (ASSS drops it unacked).
    if (seq < 0 || seq - this.expected >= INCOMING_WINDOW) return ReliableVerdict.OutOfWindow;
    const slot = seq % INCOMING_WINDOW;
    if (seq < this.expected || this.slots[slot] !== undefined) return ReliableVerdict.Duplicate;
    this.slots[slot] = payload;
    return ReliableVerdict.Accepted;
  }

  /** The next in-order payload, if it has arrived. */
  takeNext(): Uint8Array | undefined {
    const slot = this.expected % INCOMING_WINDOW;
    const payload = this.slots[slot];
    if (payload === undefined) return undefined;
    this.slots[slot] = undefined;
    this.expected++;
    return payload;
  }
}
