import { describe, expect, it } from "vitest";
import { LossReport, MIN_LOSS_SAMPLE } from "./loss-report.js";

describe("loss reported by the peer's counters", () => {
  it("takes the first report as a baseline, then gives the share lost since the previous one", () => {
    const r = new LossReport();
    expect(r.next(10, 9)).toBeUndefined();
    expect(r.next(110, 89)).toBeCloseTo(0.2, 9);
    expect(r.next(210, 189)).toBe(0);
  });

  it("waits for enough datagrams before judging, adding them up", () => {
    const r = new LossReport();
    r.next(0, 0);
    expect(r.next(MIN_LOSS_SAMPLE - 1, 0)).toBeUndefined();
    expect(r.next(MIN_LOSS_SAMPLE * 2, MIN_LOSS_SAMPLE)).toBeCloseTo(0.5, 9);
  });

  it("follows u32 counters across the wrap", () => {
    const r = new LossReport();
    r.next(0xffff_fff0, 0xffff_ffe0);
    expect(r.next(0x30, 0x20 - 16)).toBeCloseTo(16 / 64, 9);
  });

  it("ignores a report of more received than sent", () => {
    const r = new LossReport();
    r.next(100, 100);
    expect(r.next(200, 500)).toBeUndefined();
    // The nonsense report became the baseline; the next honest one is judged from it.
    expect(r.next(300, 590)).toBeCloseTo(0.1, 9);
  });
});
