import { describe, expect, it } from "vitest";
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, BackoffTable, FREE_FAILURES, LoginBackoff } from "./login-backoff.js";

describe("login backoff", () => {
  it("lets the free failures through, then doubles the wait up to the cap", () => {
    const t = new BackoffTable();
    for (let i = 0; i < FREE_FAILURES; i++) t.fail("k", 0);
    expect(t.waitMs("k", 0)).toBe(0);
    t.fail("k", 0);
    expect(t.waitMs("k", 0)).toBe(BACKOFF_BASE_MS);
    t.fail("k", 0);
    expect(t.waitMs("k", 0)).toBe(2 * BACKOFF_BASE_MS);
    for (let i = 0; i < 40; i++) t.fail("k", 0);
    expect(t.waitMs("k", 0)).toBe(BACKOFF_MAX_MS);
    expect(t.waitMs("k", BACKOFF_MAX_MS)).toBe(0);
  });

  it("stays bounded however many keys fail, forgetting the oldest", () => {
    const t = new BackoffTable(100);
    for (let i = 0; i < 10_000; i++) t.fail(`10.0.${i >> 8}.${i & 255}`, i);
    expect(t.size).toBe(100);
    expect(t.waitMs("10.0.0.0", 10_000)).toBe(0);
  });

  it("holds a login back by address and by name; a good password clears only the name", () => {
    const b = new LoginBackoff();
    for (let i = 0; i <= FREE_FAILURES; i++) b.fail("1.1.1.1", "Alpha", 0);
    expect(b.check("1.1.1.1", "bravo", 0)).toEqual({ by: "address", waitMs: BACKOFF_BASE_MS });
    expect(b.check("2.2.2.2", "ALPHA", 0)).toEqual({ by: "name", waitMs: BACKOFF_BASE_MS });
    b.succeed("alpha");
    expect(b.check("2.2.2.2", "alpha", 0)).toBeUndefined();
    expect(b.check("1.1.1.1", "alpha", 0)?.by).toBe("address");
  });
});
