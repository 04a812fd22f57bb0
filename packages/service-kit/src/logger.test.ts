import { Writable } from "node:stream";
import { pino } from "pino";
import { expect, it } from "vitest";
import { RateLimitedLog } from "./logger.js";

it("logs once per interval per key and reports what it held back", () => {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      lines.push(JSON.parse(String(chunk)));
      cb();
    },
  });
  let now = 0;
  const log = new RateLimitedLog(pino(sink), 1_000, 10, () => now);
  for (let i = 0; i < 5; i++) log.warn("1.2.3.4", { n: i }, "bad packet");
  log.warn("5.6.7.8", {}, "bad packet");
  now = 1_500;
  log.warn("1.2.3.4", { n: 9 }, "bad packet");
  expect(lines.map((l) => [l.n, l.suppressed])).toEqual([
    [0, 0],
    [undefined, 0],
    [9, 4],
  ]);
});
