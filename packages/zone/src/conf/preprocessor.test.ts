import { describe, expect, it } from "vitest";
import { DiagnosticCode } from "../diagnostics.js";
import { MemoryZoneFiles } from "../files.js";
import { loadArenaConfig, loadGlobalConfig } from "./load.js";
import { MAX_CONF_LINE, MAX_INCLUDE_DEPTH } from "./preprocessor.js";

const codes = (c: { diagnostics: readonly { code: string }[] }) => c.diagnostics.map((d) => d.code);

describe("conf preprocessor", () => {
  it("finds includes on the arena search path: arena folder, conf/, root, (default)", () => {
    const files = new MemoryZoneFiles({
      "arenas/duel/arena.conf": "#include a.conf\n#include b.conf\n#include c.conf\n#include d.conf\n",
      "arenas/duel/a.conf": "[A]\nFrom = arena\n",
      "conf/b.conf": "[B]\nFrom = conf\n",
      "c.conf": "[C]\nFrom = root\n",
      "arenas/(default)/d.conf": "[D]\nFrom = default\n",
      "arenas/(default)/a.conf": "[A]\nFrom = shadowed\n",
    });
    const c = loadArenaConfig(files, "duel");
    expect(["A", "B", "C", "D"].map((s) => c.getStr(s, "From"))).toEqual(["arena", "conf", "root", "default"]);
    expect(c.files).toEqual([
      "arenas/duel/arena.conf",
      "arenas/duel/a.conf",
      "conf/b.conf",
      "c.conf",
      "arenas/(default)/d.conf",
    ]);
    expect(c.diagnostics).toEqual([]);
  });

  it("falls back to arenas/(default)/arena.conf for an arena without a folder", () => {
    const files = new MemoryZoneFiles({ "arenas/(default)/arena.conf": "[General]\nMap = x.lvl\n" });
    const c = loadArenaConfig(files, "(public)");
    expect(c.getStr("General", "Map")).toBe("x.lvl");
    expect(c.files).toEqual(["arenas/(default)/arena.conf"]);
  });

  it("reads the global config from conf/ and never from an arena folder", () => {
    const files = new MemoryZoneFiles({
      "conf/global.conf": "[Listen]\nPort = 5000\n",
      "arenas/(default)/global.conf": "[Listen]\nPort = 1\n",
    });
    const g = loadGlobalConfig(files);
    expect(g.getInt("Listen", "Port", 0)).toBe(5000);
    expect(g.files).toEqual(["conf/global.conf"]);
  });

  it("honours #define, #undef, #ifdef, #ifndef, #else and #endif, nested", () => {
    const text = [
      "#define ZONE",
      "#define Level 3",
      "[S]",
      "#ifdef zone", // defines ignore case, like every ASSS table
      "A = 1",
      "#ifndef OTHER",
      "B = 1",
      "#else",
      "B = 2",
      "#endif",
      "#else",
      "A = 2",
      "#endif",
      "#undef ZONE",
      "#ifdef (ZONE)",
      "C = 1",
      "#else",
      "C = 2",
      "#endif",
    ].join("\n");
    const c = loadGlobalConfig(new MemoryZoneFiles({ "conf/global.conf": text }), { defines: { OTHER2: "1" } });
    expect([c.getStr("S", "A"), c.getStr("S", "B"), c.getStr("S", "C")]).toEqual(["1", "1", "2"]);
    expect(c.diagnostics).toEqual([]);
  });

  it("joins lines ending in a backslash and skips ; and / comments", () => {
    const text =
      "[Modules]\nAttach = \\\n\ta \\\n\tb\n; Attach = no\n// Attach = no\n  ; indented comment\n[X]\nY = 1\n";
    const c = loadGlobalConfig(new MemoryZoneFiles({ "conf/global.conf": text }));
    expect(c.getStr("Modules", "Attach")).toBe("a \tb");
    expect(c.getStr("X", "Y")).toBe("1");
    expect(c.diagnostics).toEqual([]);
  });

  it("reports a missing include by name and keeps reading the file", () => {
    const files = new MemoryZoneFiles({ "conf/global.conf": "[A]\nB = 1\n#include nowhere.conf\nC = 2\n" });
    const c = loadGlobalConfig(files);
    expect(c.getStr("A", "C")).toBe("2");
    const d = c.diagnostics.find((x) => x.code === DiagnosticCode.ConfIncludeMissing);
    expect(d?.message).toContain("nowhere.conf");
    expect(d?.message).toContain("conf/nowhere.conf");
    expect(d).toMatchObject({ file: "conf/global.conf", line: 3, severity: "error" });
  });

  it("stops include loops with one diagnostic naming the chain", () => {
    const files = new MemoryZoneFiles({
      "conf/global.conf": "#include a.conf\n[G]\nDone = 1\n",
      "conf/a.conf": "[A]\nX = 1\n#include b.conf\n",
      "conf/b.conf": "#include a.conf\n#include global.conf\n",
    });
    const c = loadGlobalConfig(files);
    expect(c.getStr("G", "Done")).toBe("1");
    const loops = c.diagnostics.filter((d) => d.code === DiagnosticCode.ConfIncludeLoop);
    expect(loops).toHaveLength(2);
    expect(loops[0]?.message).toContain("conf/global.conf -> conf/a.conf -> conf/b.conf -> conf/a.conf");
  });

  it("bounds include nesting and an include fan-out that would explode", () => {
    const deep: Record<string, string> = {};
    for (let i = 0; i < MAX_INCLUDE_DEPTH + 5; i++) deep[`conf/f${i}.conf`] = `#include f${i + 1}.conf\n`;
    deep["conf/global.conf"] = "#include f0.conf\n";
    expect(codes(loadGlobalConfig(new MemoryZoneFiles(deep)))).toContain(DiagnosticCode.ConfIncludeDepth);

    const fan: Record<string, string> = { "conf/global.conf": "#include l0.conf\n#include l0.conf\n" };
    for (let i = 0; i < 30; i++)
      fan[`conf/l${i}.conf`] = `#include l${i + 1}.conf\n#include l${i + 1}.conf\n[S]\nK${i} = 1\n`;
    fan["conf/l30.conf"] = "[S]\nLeaf = 1\n";
    const c = loadGlobalConfig(new MemoryZoneFiles(fan));
    expect(codes(c)).toContain(DiagnosticCode.ConfIncludeBudget);
    expect(c.getStr("S", "K0")).toBe("1");
  });

  it("cuts over-long lines with a diagnostic instead of growing without bound", () => {
    const huge = `[S]\nK = ${"x".repeat(200_000)}\nNext = 1\nCont = ${"y\\\n".repeat(5000)}end\n`;
    const c = loadGlobalConfig(new MemoryZoneFiles({ "conf/global.conf": huge }));
    expect(c.getStr("S", "K")?.length).toBe(MAX_CONF_LINE - "K = ".length);
    expect(c.getStr("S", "Next")).toBe("1");
    expect(c.diagnostics.filter((d) => d.code === DiagnosticCode.ConfLineTooLong).map((d) => d.line)).toEqual([2, 4]);
  });

  it("reports unbalanced conditionals and unknown directives without failing", () => {
    const text = "#endif\n#else\n#pragma once\n  #include x.conf\n#ifdef A\n[S]\nK = 1\n";
    const c = loadGlobalConfig(new MemoryZoneFiles({ "conf/global.conf": text }));
    expect(codes(c)).toEqual([
      DiagnosticCode.ConfBadConditional,
      DiagnosticCode.ConfBadConditional,
      DiagnosticCode.ConfUnknownDirective,
      DiagnosticCode.ConfIndentedDirective,
      DiagnosticCode.ConfUnterminatedIf,
    ]);
    expect(c.getStr("S", "K")).toBeUndefined();
  });
});
