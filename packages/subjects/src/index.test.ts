import { describe, expect, it } from "vitest";
import { zoneSubjects } from "./index.js";

describe("zone subjects", () => {
  const s = zoneSubjects("main");

  it("namespaces every subject by zone", () => {
    expect(s.masterLogin).toBe("zb.main.master.login");
    expect(s.arenaIn("duel")).toBe("zb.main.arena.duel.in");
    expect(s.gatewayOut("gw-1")).toBe("zb.main.gw.gw-1.out");
  });

  it("keeps a hostile arena name inside one token", () => {
    for (const name of ["a.b", "*", ">", "two words"]) {
      const subject = s.arenaIn(name);
      expect(subject.split(".")).toHaveLength(5);
      expect(subject).not.toMatch(/[*> ]/);
    }
    expect(s.arenaIn("a.b")).not.toBe(s.arenaIn("a_b"));
  });

  it("refuses zone ids that cannot name a bucket", () => {
    expect(() => zoneSubjects("bad.zone")).toThrow(RangeError);
    expect(zoneSubjects("z_1").buckets.players).toBe("zb-z_1-players");
  });
});
