import type { Logger } from "pino";

/** Levels a rate-limited line may use: bad input is worth a warning at most, never fatal. */
export type LimitedLevel = "debug" | "info" | "warn" | "error";

/** Default number of distinct keys remembered before the least recent is forgotten. */
export const DEFAULT_RATE_LIMIT_KEYS = 1_000;

export interface RateLimitedLogOptions {
  /** Distinct keys remembered at once; the least recently logged key is forgotten first. */
  maxKeys?: number;
  /** Monotonic milliseconds; default `performance.now`. */
  now?: () => number;
}

/**
 * Logs at most once per interval per key, counting what it held back: for bad input from the
 * network, where one noisy client must not flood the log. Keys are typically a peer address or
 * a problem kind; a peer can invent any number of them, so the remembered keys are bounded by
 * `maxKeys`. A line that follows held-back ones carries `suppressed: n`.
 */
export class RateLimitedLog {
  private readonly last = new Map<string, { at: number; suppressed: number }>();
  private readonly maxKeys: number;
  private readonly now: () => number;
  private suppressedCount = 0;

  constructor(
    private readonly logger: Logger,
    private readonly intervalMs: number,
    opts: RateLimitedLogOptions = {},
  ) {
    this.maxKeys = Math.max(1, opts.maxKeys ?? DEFAULT_RATE_LIMIT_KEYS);
    this.now = opts.now ?? (() => performance.now());
  }

  /** Lines held back since this logger was made (for a metric). */
  get suppressedTotal(): number {
    return this.suppressedCount;
  }

  /** Keys currently remembered (at most `maxKeys`). */
  get size(): number {
    return this.last.size;
  }

  /** Logs unless `key` logged less than an interval ago; returns whether the line was written. */
  log(level: LimitedLevel, key: string, obj: Record<string, unknown>, msg: string): boolean {
    const t = this.now();
    const seen = this.last.get(key);
    if (seen && t - seen.at < this.intervalMs) {
      seen.suppressed++;
      this.suppressedCount++;
      return false;
    }
    if (seen) this.last.delete(key);
    else if (this.last.size >= this.maxKeys) {
      const oldest = this.last.keys().next().value;
      if (oldest !== undefined) this.last.delete(oldest);
    }
    // Re-inserting keeps the map in last-logged order, so the first key is the one to forget.
    this.last.set(key, { at: t, suppressed: 0 });
    this.logger[level]({ ...obj, suppressed: seen?.suppressed ?? 0 }, msg);
    return true;
  }

  warn(key: string, obj: Record<string, unknown>, msg: string): boolean {
    return this.log("warn", key, obj, msg);
  }

  info(key: string, obj: Record<string, unknown>, msg: string): boolean {
    return this.log("info", key, obj, msg);
  }

  debug(key: string, obj: Record<string, unknown>, msg: string): boolean {
    return this.log("debug", key, obj, msg);
  }
}

/** A rate-limited logger for one key, as `rateLimitedLog` returns it. */
export interface KeyedLimitedLog {
  warn(obj: Record<string, unknown>, msg: string): boolean;
  info(obj: Record<string, unknown>, msg: string): boolean;
  debug(obj: Record<string, unknown>, msg: string): boolean;
  /** Lines held back so far. */
  readonly suppressedTotal: number;
}

/**
 * A logger that writes at most one line per `intervalMs` for one fixed key (a kind of problem,
 * e.g. "bad-checksum"), counting the lines it held back. For per-peer keys use RateLimitedLog,
 * which bounds how many keys it remembers.
 */
export function rateLimitedLog(logger: Logger, key: string, intervalMs: number, now?: () => number): KeyedLimitedLog {
  const limiter = new RateLimitedLog(logger, intervalMs, { maxKeys: 1, ...(now ? { now } : {}) });
  return {
    warn: (obj, msg) => limiter.log("warn", key, obj, msg),
    info: (obj, msg) => limiter.log("info", key, obj, msg),
    debug: (obj, msg) => limiter.log("debug", key, obj, msg),
    get suppressedTotal() {
      return limiter.suppressedTotal;
    },
  };
}
