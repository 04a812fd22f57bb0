import { describe, expect, it } from "vitest";
import { captureLogger } from "./log-sink.test-support.js";
import { RateLimitedLog, rateLimitedLog } from "./rate-limited-log.js";

describe("RateLimitedLog", () => {
  it("logs once per interval per key and reports what it held back", () => {
    const { logger, lines } = captureLogger();
    let now = 0;
    const log = new RateLimitedLog(logger, 1_000, { now: () => now });
    for (let i = 0; i < 5; i++) log.warn("1.2.3.4", { n: i }, "bad packet");
    log.warn("5.6.7.8", { n: 100 }, "bad packet");
    now = 999;
    expect(log.warn("1.2.3.4", { n: 8 }, "bad packet")).toBe(false);
    now = 1_500;
    expect(log.warn("1.2.3.4", { n: 9 }, "bad packet")).toBe(true);
    expect(lines.map((l) => [l.n, l.suppressed, l.level])).toEqual([
      [0, 0, 40],
      [100, 0, 40],
      [9, 5, 40],
    ]);
    expect(log.suppressedTotal).toBe(5);
  });

  it("remembers at most maxKeys keys, forgetting the least recently logged", () => {
    const { logger, lines } = captureLogger();
    let now = 0;
    const log = new RateLimitedLog(logger, 60_000, { maxKeys: 2, now: () => now });
    log.warn("a", {}, "x");
    log.warn("b", {}, "x");
    now = 1;
    log.warn("c", {}, "x");
    expect(log.size).toBe(2);
    expect(log.warn("b", {}, "x")).toBe(false);
    expect(log.warn("a", {}, "x")).toBe(true);
    expect(lines).toHaveLength(4);
  });

  it("stays within its key bound under a flood of distinct keys", () => {
    const { logger } = captureLogger("silent");
    const log = new RateLimitedLog(logger, 1_000, { maxKeys: 100, now: () => 0 });
    for (let i = 0; i < 10_000; i++) log.warn(`10.0.${i >> 8}.${i & 255}`, {}, "bad packet");
    expect(log.size).toBe(100);
  });
});

describe("rateLimitedLog", () => {
  it("limits one fixed key at the level asked for", () => {
    const { logger, lines } = captureLogger("debug");
    let now = 0;
    const badChecksum = rateLimitedLog(logger, "bad-checksum", 10_000, () => now);
    expect(badChecksum.info({ from: "a" }, "bad checksum")).toBe(true);
    expect(badChecksum.info({ from: "b" }, "bad checksum")).toBe(false);
    expect(badChecksum.debug({ from: "c" }, "bad checksum")).toBe(false);
    now = 10_000;
    badChecksum.info({ from: "d" }, "bad checksum");
    expect(lines.map((l) => [l.from, l.suppressed, l.level])).toEqual([
      ["a", 0, 30],
      ["d", 2, 30],
    ]);
    expect(badChecksum.suppressedTotal).toBe(2);
  });
});
