import { describe, expect, it } from "vitest";
import { LatencyHistogram } from "./histogram.js";

describe("LatencyHistogram", () => {
  it("gives percentiles of a uniform 0.01..10 ms spread within one 10 µs bucket", () => {
    const h = new LatencyHistogram();
    for (let i = 1; i <= 1000; i++) h.record(i / 100);
    const s = h.summary();
    expect(s.count).toBe(1000);
    expect(s.p50).toBeCloseTo(5, 1);
    expect(s.p90).toBeCloseTo(9, 1);
    expect(s.p99).toBeCloseTo(9.9, 1);
    expect(s.max).toBe(10);
    expect(s.mean).toBeCloseTo(5.005, 3);
  });

  it("never reports a percentile above the exact maximum, nor below the true value", () => {
    const h = new LatencyHistogram();
    for (const v of [0.123, 0.456, 37.77, 512.3]) h.record(v);
    expect(h.quantile(1)).toBe(512.3);
    expect(h.quantile(0.75)).toBeGreaterThanOrEqual(37.77);
    expect(h.quantile(0.75)).toBeLessThanOrEqual(37.8);
    expect(h.quantile(0.25)).toBeGreaterThanOrEqual(0.123);
    expect(h.quantile(0.25)).toBeLessThanOrEqual(0.13);
  });

  it("keeps samples past 10 s in an overflow bucket and the max exact", () => {
    const h = new LatencyHistogram();
    h.record(5);
    h.record(25_000);
    expect(h.quantile(0.99)).toBe(25_000);
    expect(h.quantile(0.5)).toBeCloseTo(5, 1);
  });

  it("counts negative samples as 0 and ignores NaN", () => {
    const h = new LatencyHistogram();
    h.record(-3);
    h.record(Number.NaN);
    expect(h.count).toBe(1);
    expect(h.summary().p50).toBeLessThanOrEqual(0.01);
  });

  it("merges into the same result as recording everything in one", () => {
    const a = new LatencyHistogram();
    const b = new LatencyHistogram();
    const all = new LatencyHistogram();
    for (let i = 0; i < 500; i++) {
      const v = (i * 7.3) % 90;
      (i % 2 ? a : b).record(v);
      all.record(v);
    }
    a.merge(b);
    const { mean, ...rest } = a.summary();
    const { mean: allMean, ...allRest } = all.summary();
    expect(rest).toEqual(allRest);
    expect(mean).toBeCloseTo(allMean, 9);
  });

  it("is empty after reset", () => {
    const h = new LatencyHistogram();
    h.record(3);
    h.reset();
    expect(h.summary()).toEqual({ count: 0, p50: 0, p90: 0, p99: 0, max: 0, mean: 0 });
  });
});
