import { type DownloadLimits, DownloadThrottle } from "@zonebus/runtime";
import type { Logger } from "pino";
import { Counter, type Registry } from "prom-client";

/**
 * A player's `0x0D` news requests: a client asks once after logging in, so twice a minute is
 * plenty (ours; ASSS streams the news on every request). The news is one file: index 0.
 */
export const NEWS_LIMITS: DownloadLimits = Object.freeze({
  windowMs: 60_000,
  requestsPerWindow: 4,
  sameFilePerWindow: 2,
});

/** The master's news throttle, with its counter `zb_master_news_requests_total{result}`. */
export function createNewsThrottle(logger: Logger, registry?: Registry): DownloadThrottle {
  const requests = new Counter({
    name: "zb_master_news_requests_total",
    help: "Players' news requests (0x0D), by result: sent, throttled, repeated",
    labelNames: ["result"],
    registers: registry ? [registry] : [],
  });
  return new DownloadThrottle(NEWS_LIMITS, { requests }, logger);
}
