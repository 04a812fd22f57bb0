/**
 * What the transport under the UDP link discarded on its own (a big packet past the link's
 * reassembly cap, a malformed core packet, a game type no biller sends…) never reaches the
 * link's decoders, so without this it would be dropped silently. The connection keeps running
 * totals by reason; this turns their growth into `zb_biller_dropped_total{reason="transport_…"}`
 * so a hostile biller shows up in the same metric whatever layer caught it.
 */
import type { Counter } from "prom-client";

/** Reasons about our own sending, not about what the biller sent: not counted here. */
const OUTBOUND_REASONS: ReadonlySet<string> = new Set([
  "bandwidth",
  "reliable_queue_full",
  "stream_queue_full",
  "unreliable_queue_full",
  "reply_queue_full",
  "duplicate",
  "unknown_ack",
]);

export class TransportDropCounter {
  private readonly seen = new Map<string, number>();

  constructor(private readonly dropped: Counter<"reason">) {}

  /** Adds what `drops` (a connection's running totals) grew by since the last call. */
  sync(drops: Readonly<Record<string, number>>): void {
    for (const [reason, total] of Object.entries(drops)) {
      if (OUTBOUND_REASONS.has(reason)) continue;
      const delta = total - (this.seen.get(reason) ?? 0);
      if (delta > 0) this.dropped.inc({ reason: `transport_${reason}` }, delta);
      this.seen.set(reason, total);
    }
  }
}
