import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { subjectMatches, subjectToken, tokenToName, validateSubject } from "./subject.js";

describe("subject tokens", () => {
  it("encodes hostile arena names into one safe token", () => {
    for (const name of ["a.b", "*", ">", "two words", "=", "#priv", "ünï", ""]) {
      const t = subjectToken(name);
      expect(t).toMatch(/^[A-Za-z0-9_=-]+$/);
      expect(() => validateSubject(`zb.z.arena.${t}.in`, false)).not.toThrow();
      expect(tokenToName(t)).toBe(name);
    }
  });

  it("round-trips any string", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => tokenToName(subjectToken(s)) === s));
  });

  it("rejects strings that are not tokens", () => {
    expect(tokenToName("a.b")).toBeUndefined();
    expect(tokenToName("=4")).toBeUndefined();
    expect(tokenToName("=zz")).toBeUndefined();
  });
});

describe("subject matching", () => {
  const m = (p: string, s: string) => subjectMatches(p.split("."), s.split("."));
  it("follows NATS wildcard rules", () => {
    expect(m("a.*.c", "a.b.c")).toBe(true);
    expect(m("a.*", "a.b.c")).toBe(false);
    expect(m("a.>", "a.b.c")).toBe(true);
    expect(m("a.>", "a")).toBe(false);
    expect(m("a.b", "a.b")).toBe(true);
    expect(m("a.b", "a.b.c")).toBe(false);
  });
});
