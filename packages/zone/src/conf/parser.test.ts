import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DiagnosticCode } from "../diagnostics.js";
import { MemoryZoneFiles } from "../files.js";
import { loadGlobalConfig } from "./load.js";

const load = (text: string | Uint8Array) => loadGlobalConfig(new MemoryZoneFiles({ "conf/global.conf": text }));

describe("conf parser", () => {
  it("reads sections and keys with any spacing and looks them up ignoring case", () => {
    const c = load(
      "[ General ]\nMap = smallmap.lvl\n[Bomb]\nBombDamageLevel=750\r\n  [[Team]]  \n  MaxPerTeam   =   6  \n",
    );
    expect(c.getStr("general", "MAP")).toBe("smallmap.lvl");
    expect(c.getInt("BOMB", "bombdamagelevel", 0)).toBe(750);
    expect(c.getInt("Team", "MaxPerTeam", 0)).toBe(6);
    expect(c.getStr("Team:MaxPerTeam")).toBe("6");
    expect(c.getInt("Team", "Missing", 42)).toBe(42);
    expect(c.getStr("Team", "Missing", "dflt")).toBe("dflt");
    expect(c.has("team", "maxperteam")).toBe(true);
  });

  it("stores Section:Key lines without changing the current section", () => {
    const c = load("[A]\nX = 1\nlog_staff:commands = warn kick\nY = 2\n");
    expect(c.getStr("log_staff", "commands")).toBe("warn kick");
    expect(c.getStr("A", "Y")).toBe("2");
    expect(c.has("log_staff", "Y")).toBe(false);
  });

  it("lets a later value replace an earlier one and remembers where it was set", () => {
    const c = load("[A]\nX = 1\n[B]\nZ = 0\n[A]\nX = 2\n");
    expect(c.getStr("A", "X")).toBe("2");
    const entry = [...c.entries()].find((e) => e.key === "X");
    expect(entry).toEqual({ section: "A", key: "X", value: "2", file: "conf/global.conf", line: 6 });
  });

  it("keeps inline ; text in values and unescapes backslashes", () => {
    const c = load("[A]\nPort = 5000 ; main port\nEq\\=Key = a\\=b\\\\c\nMode = $SEE_TEAM\n");
    expect(c.getStr("A", "Port")).toBe("5000 ; main port");
    expect(c.getInt("A", "Port", 0)).toBe(5000);
    expect(c.getStr("A", "Eq=Key")).toBe("a=b\\c");
    expect(c.getStr("A", "Mode")).toBe("$SEE_TEAM");
  });

  it("reports lines outside sections, without =, or without a key, and keeps going", () => {
    const c = load("Orphan = 1\n[A]\nFlagOnly\n= 3\nGood = 4\n");
    expect(c.getStr("A", "FlagOnly")).toBe("");
    expect(c.getStr("A", "Good")).toBe("4");
    expect(c.has("Orphan")).toBe(false);
    expect(c.diagnostics.map((d) => [d.code, d.line])).toEqual([
      [DiagnosticCode.ConfNoSection, 1],
      [DiagnosticCode.ConfNoValue, 3],
      [DiagnosticCode.ConfEmptyKey, 4],
    ]);
  });

  it("ignores over-long keys and cuts over-long section names", () => {
    const c = load(`[${"S".repeat(100)}]\n${"k".repeat(70)} = 1\nok = 2\n`);
    expect(c.getStr("S".repeat(64), "ok")).toBe("2");
    expect(c.diagnostics.map((d) => d.code)).toEqual([DiagnosticCode.ConfNameTooLong, DiagnosticCode.ConfNameTooLong]);
  });

  it("never throws on arbitrary bytes and bounds its diagnostics", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        const c = load(bytes);
        expect(c.diagnostics.length).toBeLessThanOrEqual(201);
      }),
      { numRuns: 150 },
    );
    const garbage = load(Array.from({ length: 1000 }, (_, i) => `junk line ${i}`).join("\n"));
    expect(garbage.diagnostics).toHaveLength(201);
    expect(garbage.diagnostics[200]?.code).toBe(DiagnosticCode.Suppressed);
  });
});
