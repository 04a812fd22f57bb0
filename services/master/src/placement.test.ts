import { describe, expect, it } from "vitest";
import { PinRuleError, parsePins, pinnedLabel } from "./pins.js";
import { rankReplicas } from "./placement.js";

const replica = (id: string, players: number, extra: { cpu?: number; arenas?: number; labels?: string[] } = {}) => ({
  id,
  players,
  arenas: extra.arenas ?? 0,
  cpu: extra.cpu ?? 0,
  labels: extra.labels ?? [],
  draining: false,
});

describe("arena placement ranking", () => {
  it("prefers the replica with fewest players, then the lower CPU, then fewer arenas", () => {
    const live = [replica("a", 9), replica("b", 3, { cpu: 0.9 }), replica("c", 3, { cpu: 0.2 })];
    expect(rankReplicas("duel", live, []).map((r) => r.id)).toEqual(["c", "b", "a"]);
    const even = [replica("x", 2, { cpu: 0.31, arenas: 4 }), replica("y", 2, { cpu: 0.29, arenas: 1 })];
    // CPU within one 10 % step counts as equal, so the arena count decides.
    expect(rankReplicas("duel", even, []).map((r) => r.id)).toEqual(["y", "x"]);
  });

  it("never picks a draining or excluded replica", () => {
    const live = [{ ...replica("a", 0), draining: true }, replica("b", 5), replica("c", 7)];
    expect(rankReplicas("duel", live, [], new Set(["b"])).map((r) => r.id)).toEqual(["c"]);
  });

  it("sends a pinned arena only to replicas with its label, and others anywhere", () => {
    const pins = parsePins("duel=pvp, league*=league");
    const live = [
      replica("plain", 0),
      replica("pvp-1", 4, { labels: ["pvp"] }),
      replica("lg", 9, { labels: ["league"] }),
    ];
    expect(rankReplicas("duel", live, pins).map((r) => r.id)).toEqual(["pvp-1"]);
    expect(rankReplicas("League2", live, pins).map((r) => r.id)).toEqual(["lg"]);
    expect(rankReplicas("0", live, pins).map((r) => r.id)).toEqual(["plain", "pvp-1", "lg"]);
    expect(rankReplicas("duel", [replica("plain", 0)], pins)).toEqual([]);
  });
});

describe("arena pins", () => {
  it("matches '*' as any run and nothing else as a wildcard; the first rule wins", () => {
    const pins = parsePins("#*=private,Ab=upper,*=any");
    expect(pinnedLabel("#secret", pins)).toBe("private");
    expect(pinnedLabel("aB", pins)).toBe("upper");
    expect(pinnedLabel("axb", pins)).toBe("any");
    expect(parsePins("")).toEqual([]);
  });

  it("refuses a rule without a pattern, with a pattern no arena name can match, or with a bad label", () => {
    for (const bad of ["duel", "=pvp", "duel=", "duel=bad label", "duel=a.b", "a.b=dots", "a=b=c"])
      expect(() => parsePins(bad)).toThrow(PinRuleError);
  });
});
