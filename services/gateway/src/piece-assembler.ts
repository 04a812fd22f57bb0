import type { zonebus } from "@zonebus/proto";

/** Bounds on files being put back together from their bus pieces. */
export interface PieceLimits {
  /** Bytes of unfinished transfers one player may be owed; a transfer is charged its whole size when it starts. */
  readonly perPlayerBytes: number;
  /** Bytes of unfinished transfers on the whole gateway. */
  readonly totalBytes: number;
  /** Unfinished transfers one player may be owed. */
  readonly perPlayerTransfers: number;
  /** A transfer with no new piece for this long is dropped. */
  readonly timeoutMs: number;
}

export const DEFAULT_PIECE_LIMITS: PieceLimits = Object.freeze({
  // The largest stream a connection sends (the transport's maxOutgoingStream, 16 MiB).
  perPlayerBytes: 16 * 1024 * 1024,
  totalBytes: 64 * 1024 * 1024,
  // As many as a connection queues behind its current stream (the transport's maxQueuedStreams).
  perPlayerTransfers: 8,
  timeoutMs: 30_000,
});

/** Why a piece or a transfer was dropped (label of the delivery drop counter). */
export const PieceDrop = {
  /** A later piece of a transfer that never started or was already dropped. */
  Orphan: "piece_orphan",
  /** A piece past the bytes received so far: one went missing. */
  Gap: "piece_gap",
  /** A piece again that was already received (ignored, the transfer goes on). */
  Duplicate: "piece_duplicate",
  /** Bytes past the announced total, or a total that changed. */
  Overrun: "piece_overrun",
  /** The transfer would pass a player's or the gateway's budget. */
  OverBudget: "piece_over_budget",
  /** A first piece again for a transfer under way: the old one is dropped. */
  Restart: "piece_restart",
  /** No piece for `timeoutMs`. */
  Stale: "piece_stale",
  /** A first piece for nobody on this gateway. */
  NoRecipient: "piece_no_recipient",
} as const;
export type PieceDrop = (typeof PieceDrop)[keyof typeof PieceDrop];

/** A whole packet, put back together, with the first piece's recipients and flags. */
export interface AssembledDelivery {
  readonly pids: readonly number[];
  readonly packet: Uint8Array;
  readonly reliable: boolean;
  readonly priority: number;
  readonly stream: boolean;
}

interface Transfer {
  readonly head: AssembledDelivery;
  readonly buffer: Uint8Array;
  received: number;
  lastAt: number;
}

/**
 * Puts packets sent as pieces (`Delivery.total` > 0, see gateway.proto) back together. Pieces of
 * one transfer arrive in order from one publisher, so anything else is a fault to contain, not to
 * repair: a gap or an overrun drops the transfer, a repeated piece is ignored. Memory is charged
 * in bytes when a transfer starts (its announced total), against each recipient and the gateway.
 */
export class PieceAssembler {
  private readonly transfers = new Map<number, Transfer>();
  private readonly owed = new Map<number, { bytes: number; transfers: number }>();
  private bytesHeld = 0;
  private lastSweep = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly limits: PieceLimits,
    private readonly onDrop: (reason: PieceDrop) => void,
  ) {}

  /** Bytes held by unfinished transfers. */
  get bytes(): number {
    return this.bytesHeld;
  }

  /** Unfinished transfers. */
  get pending(): number {
    return this.transfers.size;
  }

  /**
   * Takes one piece; `pids` of a first piece must already be narrowed to players on this gateway.
   * Returns the whole packet once its last piece arrived.
   */
  add(piece: zonebus.IDelivery, now: number): AssembledDelivery | undefined {
    this.sweep(now);
    const id = piece.transfer ?? 0;
    const offset = piece.offset ?? 0;
    const total = piece.total ?? 0;
    const data = piece.packet ?? new Uint8Array(0);
    if (offset === 0) return this.start(id, total, piece, data, now);
    const t = this.transfers.get(id);
    if (!t) return this.drop(PieceDrop.Orphan);
    if (total !== t.buffer.length || offset + data.length > total) return this.abandon(id, t, PieceDrop.Overrun);
    if (offset < t.received) return this.drop(PieceDrop.Duplicate);
    if (offset > t.received) return this.abandon(id, t, PieceDrop.Gap);
    return this.append(id, t, data, now);
  }

  /** A player left: what is owed only to it is dropped, its share of others stays until they end. */
  forget(pid: number): void {
    if (!this.owed.has(pid)) return;
    for (const [id, t] of this.transfers) {
      if (t.head.pids.length === 1 && t.head.pids[0] === pid) this.release(id, t);
    }
  }

  /** Drops transfers that got no piece for `timeoutMs`. */
  sweep(now: number): void {
    if (now - this.lastSweep < this.limits.timeoutMs / 4) return;
    this.lastSweep = now;
    for (const [id, t] of this.transfers)
      if (now - t.lastAt >= this.limits.timeoutMs) this.abandon(id, t, PieceDrop.Stale);
  }

  private start(
    id: number,
    total: number,
    piece: zonebus.IDelivery,
    data: Uint8Array,
    now: number,
  ): AssembledDelivery | undefined {
    const old = this.transfers.get(id);
    if (old) this.abandon(id, old, PieceDrop.Restart);
    const pids = piece.pids ?? [];
    if (pids.length === 0) return this.drop(PieceDrop.NoRecipient);
    if (data.length > total) return this.drop(PieceDrop.Overrun);
    if (!this.fits(pids, total)) return this.drop(PieceDrop.OverBudget);
    const head = {
      pids,
      packet: new Uint8Array(0),
      reliable: piece.reliable === true,
      priority: piece.priority ?? 0,
      stream: piece.stream === true,
    };
    const t: Transfer = { head, buffer: new Uint8Array(total), received: 0, lastAt: now };
    this.transfers.set(id, t);
    this.bytesHeld += total;
    for (const pid of pids) {
      const o = this.owed.get(pid) ?? { bytes: 0, transfers: 0 };
      o.bytes += total;
      o.transfers++;
      this.owed.set(pid, o);
    }
    return this.append(id, t, data, now);
  }

  private fits(pids: readonly number[], total: number): boolean {
    const { perPlayerBytes, perPlayerTransfers, totalBytes } = this.limits;
    if (total <= 0 || this.bytesHeld + total > totalBytes) return false;
    for (const pid of pids) {
      const o = this.owed.get(pid);
      if ((o?.bytes ?? 0) + total > perPlayerBytes || (o?.transfers ?? 0) >= perPlayerTransfers) return false;
    }
    return true;
  }

  private append(id: number, t: Transfer, data: Uint8Array, now: number): AssembledDelivery | undefined {
    t.buffer.set(data, t.received);
    t.received += data.length;
    t.lastAt = now;
    if (t.received < t.buffer.length) return undefined;
    this.release(id, t);
    return { ...t.head, packet: t.buffer };
  }

  private abandon(id: number, t: Transfer, reason: PieceDrop): undefined {
    this.release(id, t);
    return this.drop(reason);
  }

  private release(id: number, t: Transfer): void {
    this.transfers.delete(id);
    this.bytesHeld -= t.buffer.length;
    for (const pid of t.head.pids) {
      const o = this.owed.get(pid);
      if (!o) continue;
      o.bytes -= t.buffer.length;
      if (--o.transfers <= 0) this.owed.delete(pid);
    }
  }

  private drop(reason: PieceDrop): undefined {
    this.onDrop(reason);
    return undefined;
  }
}
