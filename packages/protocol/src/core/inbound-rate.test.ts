import { describe, expect, it } from "vitest";
import { InboundRateLimit, RateVerdict } from "./inbound-rate.js";

/** Verdicts of `n` datagrams spread evenly over `ms` starting at `from`. */
function feed(limit: InboundRateLimit, from: number, ms: number, n: number): RateVerdict[] {
  return Array.from({ length: n }, (_, i) => limit.admit(from + (i * ms) / n));
}

describe("the inbound datagram rate limit", () => {
  it("accepts a burst, then the rate, and drops the rest", () => {
    const limit = new InboundRateLimit(100, 50, 0, 0);
    const burst = feed(limit, 0, 0, 60);
    expect(burst.filter((v) => v === RateVerdict.Accept).length).toBe(50);
    // One second later 100 more tokens (capped at the burst of 50) have come in.
    const later = feed(limit, 1_000, 0, 60);
    expect(later.filter((v) => v === RateVerdict.Accept).length).toBe(50);
    expect(later.includes(RateVerdict.Flood)).toBe(false);
  });

  it("lets a client at its rate through untouched, for as long as it keeps to it", () => {
    const limit = new InboundRateLimit(100, 200, 5, 0);
    const verdicts = feed(limit, 0, 30_000, 3_000);
    expect(verdicts.every((v) => v === RateVerdict.Accept)).toBe(true);
  });

  it("calls a flood only after the set number of seconds far over the rate", () => {
    const limit = new InboundRateLimit(100, 100, 3, 0);
    // Four times the rate: 300 of each second's 400 are dropped, more than the rate.
    const first = feed(limit, 0, 2_000, 800);
    expect(first.includes(RateVerdict.Flood)).toBe(false);
    expect(first.includes(RateVerdict.Drop)).toBe(true);
    const third = feed(limit, 2_000, 1_000, 400);
    expect(third.at(-1)).toBe(RateVerdict.Flood);
  });

  it("forgives a flood that paused for a second", () => {
    const limit = new InboundRateLimit(100, 100, 3, 0);
    feed(limit, 0, 2_000, 800);
    // Silence from 2 s to 4 s, then the flood again: the count starts over.
    const again = feed(limit, 4_000, 2_000, 800);
    expect(again.includes(RateVerdict.Flood)).toBe(false);
  });

  it("is off at rate 0", () => {
    const limit = new InboundRateLimit(0, 0, 1, 0);
    expect(feed(limit, 0, 0, 10_000).every((v) => v === RateVerdict.Accept)).toBe(true);
  });
});
