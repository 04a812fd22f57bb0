import { describe, expect, it } from "vitest";
import { Counters } from "./counters.js";
import { loadOptions } from "./options.js";
import { compact, formatSecond, formatSummary, markdownTable, secondReport, summarize } from "./report.js";

function counters(): Counters {
  const c = new Counters();
  c.logins = 3;
  c.positionsSent = 20;
  c.weaponsSent = 2;
  c.positionsReceived = 40;
  c.positionsExpected = 44;
  c.datagramsIn = 50;
  c.datagramsOut = 30;
  for (const v of [1, 2, 3, 4, 100]) c.latency.record(v);
  return c;
}

describe("reports", () => {
  it("turns a second's counters into rates over the real elapsed time", () => {
    const r = secondReport({
      second: 4,
      counters: counters(),
      playing: 3,
      bots: 5,
      cpuUs: 250_000,
      elapsedMs: 500,
      loopP99Ms: 12,
      measuring: true,
    });
    expect(r).toMatchObject({ datagramsIn: 100, datagramsOut: 60, positionsSent: 44, positionsReceived: 80 });
    expect(r.cpuPercent).toBe(50);
    expect(r.latency.max).toBe(100);
    const line = formatSecond(r);
    expect(line).toContain("4s*");
    expect(line).toContain("bots 3/5");
    expect(line).toContain("logins +3");
    expect(line).toMatch(/p50\/p99\/max 3\.\d+\/100\/100 ms/);
    expect(line).toContain("cpu 50%");
  });

  it("summarizes the measured window: per-second rates, delivery ratio, generator CPU", () => {
    const window = counters();
    const total = new Counters();
    total.add(window);
    total.loginFailures = 1;
    const s = summarize({
      options: loadOptions({ host: "h", port: 1, bots: 4, seconds: 30 }),
      window,
      total,
      windowMs: 2_000,
      windowCpuUs: 500_000,
      loopDelayMs: { p99: 1.5, max: 7 },
      totalCpuUs: 900_000,
      totalMs: 30_000,
      failures: new Map([["login refused with code 2", 1]]),
    });
    expect(s).toMatchObject({ logins: 3, loginFailures: 1, positionsSentPerSecond: 11, datagramsInPerSecond: 25 });
    expect(s.deliveryRatio).toBeCloseTo(40 / 44);
    expect(s.generatorCpuPercent).toBe(25);
    const text = formatSummary(s);
    expect(text).toContain("1 × login refused with code 2");
    expect(text).toContain("90.9 % of expected");
    expect(text).toContain("event loop late by p99 1.50 ms, max 7.00 ms");
  });

  it("prints a markdown table with escaped cells and right-aligned columns", () => {
    const t = markdownTable(
      ["mode", "bots"],
      [
        ["a|b", "10"],
        ["all-in-one", "200"],
      ],
      ["left", "right"],
    );
    expect(t.split("\n")).toEqual([
      "| mode       | bots |",
      "| ---------- | ---: |",
      "| a\\|b       |   10 |",
      "| all-in-one |  200 |",
    ]);
  });

  it("writes large counts compactly", () => {
    expect([compact(12), compact(12.34), compact(950), compact(12_345), compact(1_234_567)]).toEqual([
      "12",
      "12.3",
      "950",
      "12.3k",
      "1.23M",
    ]);
  });
});
