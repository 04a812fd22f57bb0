import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BusSubjectError } from "./errors.js";
import { subjectMatches, subjectProblem } from "./subject-syntax.js";
import {
  anyArenaSubject,
  arenaOfSubject,
  arenaSubject,
  arenaToken,
  gatewaySubject,
  playerSubject,
  subjectToken,
  tokenToName,
  zoneSubject,
} from "./subjects.js";

const HOSTILE = [
  "a.b",
  "*",
  ">",
  "a.>",
  "two words",
  "=",
  "=41",
  "#priv",
  "ünï",
  "",
  " ",
  ".",
  "..",
  "\t\r\n",
  "日本語",
  "😀 ship",
  "\u0000",
  "\u00a0nbsp",
  "%2E",
  "_INBOX.x",
  "-",
  "A=B=C",
];

describe("subject tokens", () => {
  it("encodes hostile names into one safe token that decodes back", () => {
    for (const name of HOSTILE) {
      const t = subjectToken(name);
      expect(t).toMatch(/^[A-Za-z0-9_=-]+$/);
      expect(subjectProblem(t, false)).toBeUndefined();
      expect(tokenToName(t)).toBe(name);
    }
    expect(subjectToken("a.b")).toBe("a=2Eb");
    expect(subjectToken("ü")).toBe("=C3=BC");
  });

  it("round-trips any string, lone surrogates included", () => {
    const codePoints = fc.string({ unit: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) });
    const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });
    for (const arb of [codePoints, codeUnits]) {
      fc.assert(fc.property(arb, (s) => tokenToName(subjectToken(s)) === s));
    }
    expect(subjectToken("\ud800")).toBe("=ED=A0=80");
    expect(tokenToName("=ED=A0=80")).toBe("\ud800");
  });

  it("keeps safe names as they are, case included", () => {
    expect(subjectToken("gw-7_Main")).toBe("gw-7_Main");
    expect(subjectToken("Duel")).not.toBe(subjectToken("duel"));
  });

  it("refuses strings that are not the one canonical token of a name", () => {
    const bad = [
      "a.b",
      "=4",
      "=zz",
      "=4a",
      "=41",
      "=2e",
      "",
      "a b",
      "=C0=80",
      "=C3",
      "=C3=41",
      "=80",
      "=ED=A0=80=ED=B0=80",
      "=F4=90=80=80",
      "=F0=80=80=80",
      "=E0=80=80",
      "==",
      "*",
    ];
    for (const t of bad) expect(tokenToName(t), t).toBeUndefined();
    expect(tokenToName("=F0=9F=98=80")).toBe("😀");
  });

  it("decodes garbage to undefined or to a name whose token it is, never throwing", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."=0123456789ABCDEFaz_-. ü") }), (t) => {
        const name = tokenToName(t);
        return name === undefined || subjectToken(name) === t;
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("zone subjects", () => {
  it("builds arena subjects case-insensitively, one token per arena however hostile", () => {
    expect(arenaSubject("main", "Duel", "in")).toBe("zb.main.arena.duel.in");
    expect(arenaSubject("main", "DUEL", "in")).toBe(arenaSubject("main", "duel", "in"));
    expect(arenaToken("Pub.1")).toBe("pub=2E1");
    for (const arena of HOSTILE) {
      const subject = arenaSubject("main", arena, "in");
      expect(subjectProblem(subject, false)).toBeUndefined();
      expect(subject.split(".")).toHaveLength(5);
      expect(subjectMatches(anyArenaSubject("main", "in").split("."), subject.split("."))).toBe(true);
      expect(arenaOfSubject("main", subject)).toBe(arena.toLowerCase());
    }
  });

  it("namespaces players, gateways and fixed leaves under the zone", () => {
    expect(zoneSubject("main", "master.login")).toBe("zb.main.master.login");
    expect(playerSubject("main", "Cpt. Kirk", "msg")).toBe("zb.main.player.cpt=2E=20kirk.msg");
    expect(gatewaySubject("main", "GW-1", "out")).toBe("zb.main.gw.GW-1.out");
    expect(zoneSubject("a.b", "x")).toBe("zb.a=2Eb.x");
    expect(arenaOfSubject("main", "zb.other.arena.duel.in")).toBeUndefined();
    expect(arenaOfSubject("main", "zb.main.arena.a.b.in")).toBe("a");
    expect(arenaOfSubject("main", "zb.main.arena.=zz.in")).toBeUndefined();
  });

  it("refuses a leaf that is not a literal subject", () => {
    for (const leaf of ["", "*", "a.>", "a..b", "two words"]) {
      expect(() => zoneSubject("main", leaf)).toThrow(BusSubjectError);
      expect(() => arenaSubject("main", "duel", leaf)).toThrow(BusSubjectError);
    }
  });
});
