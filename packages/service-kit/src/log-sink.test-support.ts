import { Writable } from "node:stream";
import { type Logger, pino } from "pino";

/** A JSON log line as pino writes it. */
export type LogLine = Record<string, unknown> & { msg?: string; level?: number };

/** A real pino logger whose lines land in `lines`, parsed, for tests to read. */
export function captureLogger(level = "info"): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      for (const text of String(chunk).split("\n")) if (text !== "") lines.push(JSON.parse(text) as LogLine);
      cb();
    },
  });
  return { logger: pino({ level }, sink), lines };
}
