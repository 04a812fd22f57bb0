import { MAX_MAP_FILES } from "@zonebus/protocol";
import type { DownloadLimits, DownloadMetrics } from "@zonebus/runtime";
import { Counter, type Registry } from "prom-client";

/**
 * A player's `0x0C` limits in an arena. A real client asks once per file when it enters (the map
 * and at most MAX_MAP_FILES − 1 LVZ files), so these leave room for the whole list twice a
 * minute, and each file twice (ours).
 */
export const DEFAULT_DOWNLOAD_LIMITS: DownloadLimits = Object.freeze({
  windowMs: 60_000,
  requestsPerWindow: 2 * MAX_MAP_FILES,
  sameFilePerWindow: 2,
});

/** The arenas' file request counter, registered once per process. */
export function createDownloadMetrics(registry?: Registry): DownloadMetrics {
  return {
    requests: new Counter({
      name: "zb_arena_file_requests_total",
      help: "Players' file requests (0x0C map and LVZ downloads), by result: sent, throttled, repeated, unknown_file",
      labelNames: ["result"],
      registers: registry ? [registry] : [],
    }),
  };
}
