import { describe, expect, it } from "vitest";
import { DiskZoneFiles, MemoryZoneFiles } from "./files.js";
import { DEFAULT_GROUP, loadStaff, ZonebusCapability } from "./staff.js";
import { sharedZone } from "./testing/shared.js";

describe("staff from ASSS's dist zone (conf/groupdef.conf with groupdef.dir, conf/staff.conf)", () => {
  const staff = loadStaff(new DiskZoneFiles(sharedZone("asss-dist")));

  it("reads the files without findings", () => {
    expect(staff.diagnostics).toEqual([]);
  });

  it("puts a listed name in its group only once it authenticated", () => {
    expect(staff.groupOf("Grelminar", true)).toBe("sysop");
    expect(staff.groupOf("grelminar", true)).toBe("sysop");
    expect(staff.groupOf("Grelminar", false)).toBe(DEFAULT_GROUP);
    expect(staff.groupOf("somebody", true)).toBe(DEFAULT_GROUP);
    expect(staff.isListed("GRELMINAR")).toBe(true);
    expect(staff.isListed("somebody")).toBe(false);
  });

  it("resolves capabilities through the #included parts", () => {
    expect(staff.groupHas("default", "cmd_arena")).toBe(true);
    expect(staff.groupHas("default", "cmd_shutdown")).toBe(false);
    expect(staff.groupHas("mod", "cmd_arena")).toBe(true);
    expect(staff.groupHas("mod", "higher_than_default")).toBe(true);
    expect(staff.groupHas("sysop", "cmd_shutdown")).toBe(true);
    expect(staff.groupHas("sysop", "higher_than_bot")).toBe(true);
    expect(staff.groupHas("bot", "cmd_botfeature")).toBe(true);
  });

  it("gives zonebus's own cmd_drain to sysop only; cmd_redirect is ASSS's and smod's", () => {
    expect(staff.groupHas("sysop", ZonebusCapability.Drain)).toBe(true);
    expect(staff.groupHas("smod", ZonebusCapability.Drain)).toBe(false);
    expect(staff.groupHas("smod", ZonebusCapability.Redirect)).toBe(true);
    expect(staff.groupHas("mod", ZonebusCapability.Redirect)).toBe(false);
    expect(staff.groupHas(DEFAULT_GROUP, ZonebusCapability.Drain)).toBe(false);
    expect(staff.groupHas(DEFAULT_GROUP, ZonebusCapability.Redirect)).toBe(false);
  });
});

describe("staff from a zone's own files", () => {
  const te = (s: string) => new TextEncoder().encode(s);
  const files = new MemoryZoneFiles(
    {
      "conf/groupdef.conf": te("[default]\ncmd_arena\n\n[ops]\ncmd_arena\ncmd_drain\n"),
      "conf/staff.conf": te("[GroupPasswords]\nops = secret\n\n[(global)]\nAda = ops\n\n[duel]\nBob = ops\n"),
    },
    "mem",
  );
  const staff = loadStaff(files);

  it("grants zonebus capabilities by a groupdef line and arena sections win in their arena", () => {
    expect(staff.groupHas("ops", ZonebusCapability.Drain)).toBe(true);
    expect(staff.groupHas("ops", ZonebusCapability.Redirect)).toBe(false);
    expect(staff.groupOf("ada", true)).toBe("ops");
    expect(staff.groupOf("bob", true)).toBe(DEFAULT_GROUP);
    expect(staff.groupOf("bob", true, "duel")).toBe("ops");
    // A group password is not a name.
    expect(staff.isListed("ops")).toBe(false);
  });

  it("reads a zone without the files as everyone in the default group", () => {
    const none = loadStaff(new MemoryZoneFiles({}, "empty"));
    expect(none.diagnostics).toEqual([]);
    expect(none.groupOf("ada", true)).toBe(DEFAULT_GROUP);
    expect(none.groupHas(DEFAULT_GROUP, "cmd_arena")).toBe(false);
  });
});
