import { describe, expect, it } from "vitest";
import { BusSubjectError } from "./errors.js";
import { hasWildcard, MAX_SUBJECT_LENGTH, subjectMatches, subjectProblem, validateSubject } from "./subject-syntax.js";

describe("subject syntax", () => {
  it("accepts literal subjects, and wildcards only where subscribing allows them", () => {
    for (const s of ["a", "zb.main.arena.duel.in", "_INBOX.x.1", "a-b_c=D.ü.日本", "x".repeat(MAX_SUBJECT_LENGTH)])
      expect(subjectProblem(s, false), s).toBeUndefined();
    for (const s of ["*", ">", "a.*", "a.>", "*.*.>", "a.*.c"]) {
      expect(subjectProblem(s, true), s).toBeUndefined();
      expect(subjectProblem(s, false), s).toBe("wildcards are not allowed here");
    }
  });

  it("names what is wrong with a malformed subject", () => {
    expect(subjectProblem("", true)).toBe("empty");
    expect(subjectProblem("x".repeat(MAX_SUBJECT_LENGTH + 1), true)).toMatch(/longer than/);
    for (const s of [".a", "a.", "a..b", "."]) expect(subjectProblem(s, true), s).toBe("empty token");
    for (const s of ["a*", "a.b>", "*a", "a.>>"]) expect(subjectProblem(s, true), s).toBe("wildcard inside a token");
    expect(subjectProblem("a.>.b", true)).toBe("> must be the last token");
  });

  it("refuses whitespace and control characters, Unicode spaces included", () => {
    for (const ch of [" ", "\t", "\r", "\n", "\u0000", "\u007f", "\u0085", "\u00a0", "\u2028", "\u3000", "\ufeff"]) {
      expect(subjectProblem(`a${ch}b`, false), JSON.stringify(ch)).toBe("whitespace or control character");
    }
    expect(() => validateSubject("a b", false)).toThrow(BusSubjectError);
    const err = (() => {
      try {
        validateSubject("a..b", false);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toMatchObject({ code: "BUS_BAD_SUBJECT", subject: "a..b", reason: "empty token" });
  });

  it("tells wildcard subscriptions from literal ones", () => {
    expect(["a.*", ">", "a.>", "*.b"].map(hasWildcard)).toEqual([true, true, true, true]);
    expect(["a", "a.b", "_INBOX.1"].map(hasWildcard)).toEqual([false, false, false]);
  });

  it("matches tokens by NATS wildcard rules", () => {
    const m = (p: string, s: string) => subjectMatches(p.split("."), s.split("."));
    expect(m("a.*.c", "a.b.c")).toBe(true);
    expect(m("a.*", "a.b.c")).toBe(false);
    expect(m("a.>", "a.b.c")).toBe(true);
    expect(m("a.>", "a")).toBe(false);
    expect(m(">", "a")).toBe(true);
    expect(m("*", "a.b")).toBe(false);
    expect(m("a.b", "a.b")).toBe(true);
    expect(m("a.b", "a.b.c")).toBe(false);
    expect(m("a.b.c", "a.b")).toBe(false);
  });
});
