import { Counter, Gauge, Registry } from "prom-client";

/**
 * The metrics every biller link reports, whichever protocol carries it (TCP `tcp/`, UDP
 * `udp/`). The names are a contract with dashboards and alerts, so both links share them
 * through this one helper; a registry holds each metric once, and a second link (or a link
 * rebuilt after a restart) on the same registry reuses the first one's metrics, since
 * prom-client refuses a second metric of one name.
 */
export interface BillerMetrics {
  /** 1 while the biller accepted the zone, else 0. */
  readonly connected: Gauge<string>;
  /** Connection attempts after the first one. */
  readonly reconnects: Counter<string>;
  /** Lines or packets dropped, by `reason` (too_long, malformed, unknown, backpressure, ...). */
  readonly dropped: Counter<"reason">;
  /** Login answers, by `outcome` (ok, refused, unavailable). */
  readonly logins: Counter<"outcome">;
}

/** Why a line or packet was dropped; open to link-specific reasons beyond these. */
export const BillerDropReason = {
  tooLong: "too_long",
  malformed: "malformed",
  unknown: "unknown",
  backpressure: "backpressure",
} as const;

export const BillerLoginOutcome = {
  ok: "ok",
  refused: "refused",
  unavailable: "unavailable",
} as const;
export type BillerLoginOutcome = (typeof BillerLoginOutcome)[keyof typeof BillerLoginOutcome];

/**
 * The four biller metrics on `registry`, registering them the first time and reusing them
 * afterwards. Without a registry they live on a private one (nobody scrapes them, but the
 * link's code stays the same).
 */
export function billerMetrics(registry?: Registry): BillerMetrics {
  const reg = registry ?? new Registry();
  return {
    connected: reuseGauge(reg, "zb_biller_connected", "1 while the biller link is up (accepted by the biller), else 0"),
    reconnects: reuseCounter(
      reg,
      "zb_biller_reconnects_total",
      "Connection attempts to the biller after the first",
      [],
    ),
    dropped: reuseCounter(reg, "zb_biller_dropped_total", "Biller lines or packets dropped, by reason", ["reason"]),
    logins: reuseCounter(reg, "zb_biller_logins_total", "Login answers from the biller link, by outcome", ["outcome"]),
  };
}

function reuseCounter<T extends string>(registry: Registry, name: string, help: string, labelNames: T[]): Counter<T> {
  const existing = registry.getSingleMetric(name);
  if (existing instanceof Counter) return existing as Counter<T>;
  return new Counter({ name, help, labelNames, registers: [registry] });
}

function reuseGauge(registry: Registry, name: string, help: string): Gauge<string> {
  const existing = registry.getSingleMetric(name);
  if (existing instanceof Gauge) return existing as Gauge<string>;
  return new Gauge({ name, help, registers: [registry] });
}
