import { describe, expect, it } from "vitest";
import { AddressBuckets } from "./address-buckets.js";

describe("AddressBuckets", () => {
  it("allows a burst, then the steady rate, per address", () => {
    let now = 0;
    const b = new AddressBuckets({ perSecond: 2, burst: 3, maxAddresses: 10 }, () => now);
    const takes = () => Array.from({ length: 5 }, () => b.take("10.0.0.1"));
    expect(takes()).toEqual([true, true, true, false, false]);
    expect(b.take("10.0.0.2")).toBe(true);
    now = 500;
    expect(takes()).toEqual([true, false, false, false, false]);
    now = 60_000;
    expect(takes()).toEqual([true, true, true, false, false]);
  });

  it("never remembers more than maxAddresses, forgetting the least recently seen", () => {
    let now = 0;
    const b = new AddressBuckets({ perSecond: 1, burst: 1, maxAddresses: 100 }, () => now);
    expect(b.take("victim")).toBe(true);
    expect(b.take("victim")).toBe(false);
    for (let i = 0; i < 99; i++) b.take(`10.1.${i >> 8}.${i & 0xff}`);
    now = 1;
    // Seen again: now the most recent, so the next new address evicts another one.
    expect(b.take("victim")).toBe(false);
    for (let i = 0; i < 10_000; i++) b.take(`10.2.${i >> 8}.${i & 0xff}`);
    expect(b.size).toBe(100);
    expect(b.evicted).toBe(10_000);
  });

  it("says to notify a refused address at most once per window", () => {
    let now = 0;
    const b = new AddressBuckets({ perSecond: 1, burst: 1, maxAddresses: 10 }, () => now);
    expect([b.shouldNotify("a", 1_000), b.shouldNotify("a", 1_000), b.shouldNotify("b", 1_000)]).toEqual([
      true,
      false,
      true,
    ]);
    now = 999;
    expect(b.shouldNotify("a", 1_000)).toBe(false);
    now = 1_000;
    expect(b.shouldNotify("a", 1_000)).toBe(true);
  });
});
