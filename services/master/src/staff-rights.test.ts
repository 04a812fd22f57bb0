import { DiskZoneFiles, loadStaff, ZonebusCapability } from "@zonebus/zone";
import { describe, expect, it } from "vitest";
import { LEGACY_MODERATOR_GROUP, StaffRights } from "./staff-rights.js";
import { sharedZonePath } from "./testing/shared-zone.js";

describe("staff rights from ASSS's dist zone", () => {
  const table = loadStaff(new DiskZoneFiles(sharedZonePath("asss-dist")));
  const rights = new StaffRights(() => table, "Homer");

  it("gives a staff name its capabilities only once authenticated", () => {
    expect(rights.has({ name: "Grelminar", authenticated: true }, ZonebusCapability.Drain)).toBe(true);
    expect(rights.has({ name: "Grelminar", authenticated: true }, ZonebusCapability.Redirect)).toBe(true);
    expect(rights.has({ name: "Grelminar", authenticated: false }, ZonebusCapability.Drain)).toBe(false);
    expect(rights.has({ name: "Grelminar", authenticated: false }, ZonebusCapability.Redirect)).toBe(false);
    expect(rights.has({ name: "nobody", authenticated: true }, ZonebusCapability.Drain)).toBe(false);
    expect(rights.isStaffName("grelminar")).toBe(true);
  });

  it("maps --moderators onto a group with ?drain and ?redirect, for authenticated names only", () => {
    expect(rights.groupOf({ name: "homer", authenticated: true })).toBe(LEGACY_MODERATOR_GROUP);
    expect(rights.has({ name: "homer", authenticated: true }, ZonebusCapability.Drain)).toBe(true);
    expect(rights.has({ name: "homer", authenticated: false }, ZonebusCapability.Drain)).toBe(false);
    expect(rights.has({ name: "homer", authenticated: true }, "cmd_shutdown")).toBe(false);
    expect(rights.isStaffName("HOMER")).toBe(true);
  });
});
