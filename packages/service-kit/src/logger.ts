import { type DestinationStream, type LevelWithSilentOrString, type Logger, type LoggerOptions, pino } from "pino";
import pinoPretty from "pino-pretty";
import { ConfigError, KitErrorCode } from "./errors.js";

export type { Logger } from "pino";

/** A pino level name ("trace" … "fatal", "silent"); others are a ConfigError at creation. */
export type LogLevel = LevelWithSilentOrString;

export interface RootLoggerOptions {
  /** Process name, e.g. "gateway" or "zonebus"; every line carries it as `name`. */
  name: string;
  /** Default "info". */
  level?: LogLevel;
  /** Human-readable lines (pino-pretty); default: when stdout is a terminal, else JSON lines. */
  pretty?: boolean;
  /** Where lines go; default stdout. Tests pass a stream to read what was logged. */
  destination?: DestinationStream;
}

/**
 * The one root logger of a process: JSON lines for collectors, or pretty lines in a terminal.
 * Modules never create loggers; they are handed a child of this one:
 *
 * ```ts
 * const root = createRootLogger({ name: "gateway", level: config.logLevel });
 * const log = root.child({ svc: "gateway" });             // per service
 * const connLog = log.child({ conn: "1.2.3.4:5000" });    // per connection or arena
 * connLog.info({ pid }, "entered arena");
 * ```
 *
 * Log fields picked one by one, never untrusted objects wholesale. Pretty output is formatted
 * in-process rather than in a transport worker, so lines written just before `process.exit`
 * are not lost.
 */
export function createRootLogger(opts: RootLoggerOptions): Logger {
  const pretty = opts.pretty ?? process.stdout.isTTY === true;
  const level = opts.level ?? "info";
  if (level !== "silent" && !(level in pino.levels.values)) {
    const known = [...Object.keys(pino.levels.values), "silent"].join(", ");
    throw new ConfigError(
      `log level: expected one of ${known}, got ${JSON.stringify(level)}`,
      KitErrorCode.ConfigBadValue,
    );
  }
  const options: LoggerOptions = { name: opts.name, level };
  if (!pretty) return opts.destination ? pino(options, opts.destination) : pino(options);
  const stream = pinoPretty({
    colorize: opts.destination === undefined && process.stdout.isTTY === true,
    translateTime: "SYS:HH:MM:ss.l",
    ignore: "pid,hostname",
    sync: true,
    ...(opts.destination ? { destination: opts.destination } : {}),
  });
  return pino(options, stream);
}
