import { describe, expect, it } from "vitest";
import { chooseArena, cleanPlayerName, LOGIN_BAD_NAME, normalizeArenaName } from "./names.js";

describe("player names", () => {
  it("drops control characters and colons, leading spaces and repeated spaces", () => {
    expect(cleanPlayerName("  al:pha\u0001  beta")).toEqual({ ok: true, name: "alpha beta" });
  });

  it("keeps at most 19 characters", () => {
    const res = cleanPlayerName("abcdefghijklmnopqrstuvwxyz");
    expect(res).toEqual({ ok: true, name: "abcdefghijklmnopqrs" });
  });

  it("refuses names that are empty or start with a symbol", () => {
    expect(cleanPlayerName(" \u0002:")).toMatchObject({ ok: false, code: LOGIN_BAD_NAME });
    expect(cleanPlayerName("^bot")).toMatchObject({ ok: false, code: LOGIN_BAD_NAME });
  });
});

describe("arena names", () => {
  it("lower-cases and replaces symbols with x, keeping a leading #", () => {
    expect(normalizeArenaName("#My.Arena*")).toBe("#myxarenax");
    expect(normalizeArenaName("a#b")).toBe("axb");
  });

  it("maps arena types to names", () => {
    expect(chooseArena(-1, "")).toEqual({ ok: true, arena: "0" });
    expect(chooseArena(-2, "ignored")).toEqual({ ok: true, arena: "0" });
    expect(chooseArena(3, "")).toEqual({ ok: true, arena: "3" });
    expect(chooseArena(-3, "Duel")).toEqual({ ok: true, arena: "duel" });
    expect(chooseArena(-3, "")).toEqual({ ok: true, arena: "0" });
    expect(chooseArena(-7, "x")).toMatchObject({ ok: false });
  });
});
