/**
 * Outgoing `00 0A` streams (core.md §7), one at a time, handed out a few chunks at a time so a
 * file transfer never floods the reliable queue (ASSS tops up 25 chunks when fewer than 5
 * reliable packets wait).
 */
import { streamChunkAt, streamChunkCount } from "./packets/big-data.js";

interface ActiveStream {
  readonly packet: Uint8Array;
  readonly chunks: number;
  next: number;
}

export class StreamSender {
  private readonly waiting: Uint8Array[] = [];
  private current: ActiveStream | undefined;

  constructor(private readonly maxQueued: number) {}

  /** Streams not yet fully handed out, the current one included. */
  get pending(): number {
    return this.waiting.length + (this.current ? 1 : 0);
  }

  /** Queues a packet; false when `maxQueued` streams already wait. */
  add(packet: Uint8Array): boolean {
    if (this.waiting.length >= this.maxQueued) return false;
    this.waiting.push(packet);
    return true;
  }

  /** Up to `n` next chunks, moving on to queued streams as each one ends. */
  take(n: number): Uint8Array[] {
    const out: Uint8Array[] = [];
    while (out.length < n) {
      if (!this.current) {
        const packet = this.waiting.shift();
        if (!packet) break;
        this.current = { packet, chunks: streamChunkCount(packet.length), next: 0 };
      }
      const s = this.current;
      out.push(streamChunkAt(s.packet, s.next++));
      if (s.next >= s.chunks) this.current = undefined;
    }
    return out;
  }

  /** Drops the rest of the stream being sent; true if one was in progress. */
  cancelCurrent(): boolean {
    const had = this.current !== undefined;
    this.current = undefined;
    return had;
  }
}
