import { describe, expect, it } from "vitest";
import { ByteBudgetImpl, GrowableBuffer } from "./byte-budget.js";

describe("byte budgets", () => {
  it("charges a child and its parent together, and refuses what either cannot hold", () => {
    const shared = new ByteBudgetImpl(1_000);
    const a = new ByteBudgetImpl(600, shared);
    const b = new ByteBudgetImpl(600, shared);
    expect(a.tryCharge(600)).toBe(true);
    expect(a.tryCharge(1)).toBe(false);
    // b has room of its own, but the shared budget has only 400 left.
    expect(b.tryCharge(500)).toBe(false);
    expect([b.used, shared.used]).toEqual([0, 600]);
    expect(b.tryCharge(400)).toBe(true);
    a.release(600);
    expect([a.used, shared.used]).toEqual([0, 400]);
  });

  it("never releases more than was charged", () => {
    const shared = new ByteBudgetImpl(100);
    const a = new ByteBudgetImpl(100, shared);
    const b = new ByteBudgetImpl(100, shared);
    b.tryCharge(50);
    a.release(80);
    expect(shared.used).toBe(50);
  });
});

describe("a growable buffer", () => {
  it("stores 1-byte pieces in one array charged by its capacity, never past the cap", () => {
    const budget = new ByteBudgetImpl(10_000);
    const buf = new GrowableBuffer(budget);
    for (let i = 0; i < 3_000; i++) expect(buf.append(Uint8Array.of(i & 0xff), 3_000)).toBe(true);
    expect(buf.size).toBe(3_000);
    expect(buf.capacity).toBe(3_000);
    expect(budget.used).toBe(3_000);
    const out = buf.take();
    expect(out.length).toBe(3_000);
    expect(out[2_999]).toBe(2_999 & 0xff);
    expect(budget.used).toBe(0);
  });

  it("leaves its contents as they were when the budget refuses growth", () => {
    const budget = new ByteBudgetImpl(GrowableBuffer.MIN_CAPACITY);
    const buf = new GrowableBuffer(budget);
    expect(buf.append(new Uint8Array(GrowableBuffer.MIN_CAPACITY), 65_536)).toBe(true);
    expect(buf.append(Uint8Array.of(1), 65_536)).toBe(false);
    expect([buf.size, budget.used]).toEqual([GrowableBuffer.MIN_CAPACITY, GrowableBuffer.MIN_CAPACITY]);
    buf.clear();
    expect(budget.used).toBe(0);
  });
});
