import { describe, expect, it } from "vitest";
import { PidAllocator } from "./pids.js";

describe("PidAllocator", () => {
  it("hands out the lowest free id and reuses released ones first", () => {
    const pids = new PidAllocator(10);
    expect([pids.allocate(), pids.allocate(), pids.allocate()]).toEqual([0, 1, 2]);
    pids.release(1);
    expect(pids.allocate()).toBe(1);
    expect(pids.allocate()).toBe(3);
  });

  it("skips ids claimed from the directory", () => {
    const pids = new PidAllocator(10);
    pids.claim(0);
    pids.claim(2);
    expect([pids.allocate(), pids.allocate()]).toEqual([1, 3]);
  });

  it("refuses when the zone is full", () => {
    const pids = new PidAllocator(2);
    pids.allocate();
    pids.allocate();
    expect(pids.allocate()).toBeUndefined();
    expect(pids.size).toBe(2);
  });
});
