import { describe, expect, it } from "vitest";
import { CLOCK_SYNC_SAMPLES, ClockSync, tickDiff, ticksAt } from "./clock-sync.js";

describe("ticks and clock sync", () => {
  it("counts ticks in hundredths of a second, kept to 31 bits", () => {
    expect(ticksAt(12_345)).toBe(1_234);
    expect(ticksAt(0x7fffffff * 10 + 30)).toBe(2);
  });

  it("subtracts ticks across the 31-bit wrap", () => {
    expect(tickDiff(5, 0x7ffffffe)).toBe(7);
    expect(tickDiff(0x7ffffffe, 5)).toBe(-7);
    expect(tickDiff(1000, 400)).toBe(600);
  });

  it("estimates server − client as rtt·3/5 + server − now, averaged over the last 32 samples", () => {
    const sync = new ClockSync();
    // Sent at client tick 1000, answered at server tick 6000, back at client tick 1010.
    expect(sync.onResponse({ clientTime: 1000, serverTime: 6000 }, 1010)).toEqual({ rttTicks: 10, offsetTicks: 4996 });
    sync.onResponse({ clientTime: 2000, serverTime: 7010 }, 2010);
    expect(sync.offsetTicks).toBe(5001);
    for (let i = 0; i < CLOCK_SYNC_SAMPLES; i++)
      sync.onResponse({ clientTime: 3000 + i, serverTime: 3000 + i }, 3000 + i);
    expect(sync.sampleCount).toBe(CLOCK_SYNC_SAMPLES);
    expect(sync.offsetTicks).toBe(0);
  });

  it("ignores a response from the future or from more than 10 s ago", () => {
    const sync = new ClockSync();
    expect(sync.onResponse({ clientTime: 2000, serverTime: 1 }, 1000)).toBeUndefined();
    expect(sync.onResponse({ clientTime: 1000, serverTime: 1 }, 2001)).toBeUndefined();
    expect(sync.sampleCount).toBe(0);
  });
});
