import { RateLimitedLog } from "@zonebus/service-kit";
import type { Logger } from "pino";
import type { Counter } from "prom-client";

/**
 * Limits on one player's file requests (`0x0C` map and LVZ, `0x0D` news), each answered with a
 * whole file on the bus. ASSS has no such limit (its sized sends queue per connection); the
 * services set theirs from what a real client asks for.
 */
export interface DownloadLimits {
  /** Length of the window the counts below reset after. */
  readonly windowMs: number;
  /** File requests per window, answered or not. */
  readonly requestsPerWindow: number;
  /** Times one file of the player's list is sent per window. */
  readonly sameFilePerWindow: number;
}

/** How often one player's dropped file requests are logged, at most. */
export const DOWNLOAD_LOG_INTERVAL_MS = 10_000;

/** What became of a file request (label `result`). */
export const DownloadResult = {
  Sent: "sent",
  /** Over `requestsPerWindow`. */
  Throttled: "throttled",
  /** Over `sameFilePerWindow` for that file. */
  Repeated: "repeated",
  /** An index the player's list does not have. */
  UnknownFile: "unknown_file",
} as const;
export type DownloadResult = (typeof DownloadResult)[keyof typeof DownloadResult];

/** Counters registered once per process, shared by every throttle of a service. */
export interface DownloadMetrics {
  /** File requests by result (label values of DownloadResult). */
  readonly requests: Counter<"result">;
}

interface PlayerWindow {
  start: number;
  requests: number;
  /** Sends per file index this window; at most one entry per file of the list. */
  readonly sent: Map<number, number>;
}

/**
 * Counts each player's file requests in fixed windows. Entries exist only for players of the
 * service (it forgets a player as it leaves), and per player only for files of its list.
 */
export class DownloadThrottle {
  private readonly players = new Map<number, PlayerWindow>();
  private readonly log: RateLimitedLog | undefined;

  constructor(
    private readonly limits: DownloadLimits,
    private readonly metrics?: DownloadMetrics,
    logger?: Logger,
  ) {
    this.log = logger && new RateLimitedLog(logger, DOWNLOAD_LOG_INTERVAL_MS);
  }

  /**
   * Whether a request for file `index` (undefined: the index is not in the player's list) may be
   * answered now; counts it either way.
   */
  admit(pid: number, index: number | undefined, now: number): DownloadResult {
    let w = this.players.get(pid);
    if (!w || now - w.start >= this.limits.windowMs) {
      w = { start: now, requests: 0, sent: new Map() };
      this.players.set(pid, w);
    }
    const result = this.judge(w, index);
    this.metrics?.requests.inc({ result });
    if (result === DownloadResult.Throttled || result === DownloadResult.Repeated)
      this.log?.warn(String(pid), { pid, result, index }, "file requests over the limit: dropped");
    return result;
  }

  forget(pid: number): void {
    this.players.delete(pid);
  }

  private judge(w: PlayerWindow, index: number | undefined): DownloadResult {
    if (++w.requests > this.limits.requestsPerWindow) return DownloadResult.Throttled;
    if (index === undefined) return DownloadResult.UnknownFile;
    const sent = w.sent.get(index) ?? 0;
    if (sent >= this.limits.sameFilePerWindow) return DownloadResult.Repeated;
    w.sent.set(index, sent + 1);
    return DownloadResult.Sent;
  }
}
