import { describe, expect, it } from "vitest";
import { ArenaHomeError, homeOf, parseArenaHomes } from "./homes.js";

describe("arena homes (--arena-home)", () => {
  it("maps arena names and * patterns to gateway groups, first match winning", () => {
    const homes = parseArenaHomes("duel=east, league*=eu,*x=west");
    expect(homeOf(homes, "duel")).toBe("east");
    expect(homeOf(homes, "duel2")).toBeUndefined();
    expect(homeOf(homes, "league7")).toBe("eu");
    expect(homeOf(homes, "leaguex")).toBe("eu");
    expect(homeOf(homes, "boxx")).toBe("west");
  });

  it("has no homes when unset, so every gateway serves every arena", () => {
    expect(parseArenaHomes(undefined)).toEqual([]);
    expect(homeOf(parseArenaHomes(""), "duel")).toBeUndefined();
  });

  it("refuses malformed rules with a clear error", () => {
    for (const bad of ["duel", "duel=", "=east", "du.el=east", "duel=ea st", "a=b=c"])
      expect(() => parseArenaHomes(bad)).toThrow(ArenaHomeError);
  });
});
