import { type Logger, type LoggerOptions, pino } from "pino";

export type { Logger } from "pino";

export interface RootLoggerOptions {
  /** Process name, e.g. "gateway" or "zonebus". */
  name: string;
  level?: string;
  /** Human-readable lines (pino-pretty); default: when stdout is a terminal. */
  pretty?: boolean;
}

/**
 * The one root logger of a process: JSON lines, or pretty lines in a terminal. Modules take
 * `root.child({ svc, arena, conn })`; libraries emit events and leave logging to services.
 */
export function createRootLogger(opts: RootLoggerOptions): Logger {
  const pretty = opts.pretty ?? process.stdout.isTTY === true;
  const options: LoggerOptions = { name: opts.name, level: opts.level ?? "info" };
  if (pretty) options.transport = { target: "pino-pretty", options: { colorize: true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname" } };
  return pino(options);
}

/**
 * Logs at most once per interval per key, counting what it held back: for bad input from the
 * network, where one noisy client must not flood the log. Keys are bounded by `maxKeys`.
 */
export class RateLimitedLog {
  private readonly last = new Map<string, { at: number; suppressed: number }>();

  constructor(
    private readonly logger: Logger,
    private readonly intervalMs: number,
    private readonly maxKeys = 1_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  warn(key: string, obj: Record<string, unknown>, msg: string): void {
    const t = this.now();
    const seen = this.last.get(key);
    if (seen && t - seen.at < this.intervalMs) {
      seen.suppressed++;
      return;
    }
    if (!seen && this.last.size >= this.maxKeys) {
      const oldest = this.last.keys().next().value;
      if (oldest !== undefined) this.last.delete(oldest);
    }
    this.logger.warn({ ...obj, suppressed: seen?.suppressed ?? 0 }, msg);
    this.last.delete(key);
    this.last.set(key, { at: t, suppressed: 0 });
  }
}
