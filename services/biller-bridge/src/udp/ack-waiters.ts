/**
 * Tells when reliable packets the link sent were acknowledged. The transport reports no ack
 * per packet, but its reliable backlog counts every packet from the oldest unacknowledged one
 * on, and sequence numbers are contiguous; so of the packets we queued, all up to
 * `queued − backlog` have been acknowledged. Packets the transport queues by itself (stream
 * cancel replies) only make this count late, never early.
 */
import type { Connection } from "@zonebus/protocol";

interface Waiter {
  /** Our packets queued up to and including the one waited for. */
  readonly position: number;
  readonly resolve: () => void;
  readonly reject: (err: Error) => void;
}

/** How often acknowledgements are looked for while someone waits. */
const CHECK_INTERVAL_MS = 10;

export class AckWaiters {
  private queued = 0;
  private waiters: Waiter[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly connection: Connection) {}

  /** Queues `payload` reliably; false when the transport refused it. */
  send(payload: Uint8Array): boolean {
    const before = this.connection.reliableBacklog;
    if (!this.connection.sendReliable(payload).ok) return false;
    // A big packet goes as several `00 08`/`00 09` pieces, each its own reliable packet.
    this.queued += this.connection.reliableBacklog - before;
    return true;
  }

  /** Queues `payload` and resolves once the peer acknowledged it (all its pieces). */
  sendAndWait(payload: Uint8Array): Promise<void> | undefined {
    if (!this.send(payload)) return undefined;
    return new Promise<void>((resolve, reject) => {
      this.waiters.push({ position: this.queued, resolve, reject });
      this.timer ??= setInterval(() => this.check(), CHECK_INTERVAL_MS);
    });
  }

  /** Fails every waiter (the connection is gone). */
  failAll(err: Error): void {
    this.stopTimer();
    for (const w of this.waiters.splice(0)) w.reject(err);
  }

  private check(): void {
    const acknowledged = this.queued - this.connection.reliableBacklog;
    let done = 0;
    while (done < this.waiters.length && this.waiters[done]!.position <= acknowledged) done++;
    for (const w of this.waiters.splice(0, done)) w.resolve();
    if (this.waiters.length === 0) this.stopTimer();
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
