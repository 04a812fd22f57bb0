import { describe, expect, it } from "vitest";
import { ArenaLimits, ArenaRefusal } from "./arena-limits.js";

describe("arena limits", () => {
  it("refuses a new arena when the zone holds its most", () => {
    const limits = new ArenaLimits({ maxArenas: 3, creations: 10, windowMs: 1_000 });
    expect(limits.refusal("ada", 2, 0)).toBeUndefined();
    expect(limits.refusal("ada", 3, 0)).toBe(ArenaRefusal.ZoneFull);
  });

  it("allows a player its creations per window, by name, and again once the window passed", () => {
    const limits = new ArenaLimits({ maxArenas: 100, creations: 2, windowMs: 1_000 });
    limits.created("Ada", 0);
    limits.created("ada", 10);
    expect(limits.refusal("ADA", 0, 20)).toBe(ArenaRefusal.PlayerRate);
    expect(limits.refusal("bob", 0, 20)).toBeUndefined();
    expect(limits.refusal("ada", 0, 1_001)).toBeUndefined();
  });

  it("remembers a bounded number of names", () => {
    const limits = new ArenaLimits({ maxArenas: 100, creations: 1, windowMs: 1_000, maxCreators: 50 });
    for (let i = 0; i < 5_000; i++) limits.created(`p${i}`, 0);
    expect(limits.size).toBe(50);
  });
});
