import { describe, expect, it } from "vitest";
import { MemoryZoneFiles } from "./files.js";
import { parseRedirectDestination, zoneRedirects } from "./redirects.js";
import { openZone } from "./zone.js";

describe("[Redirects] in global.conf", () => {
  it("reads alias = ip:port[:arena], named arena or any public", () => {
    const zone = openZone(
      new MemoryZoneFiles({
        "conf/global.conf": "[Redirects]\nOtherZone = 203.0.113.9:5000\nDuel = 203.0.113.9:5010:duel\n",
      }),
    );
    const { aliases, diagnostics } = zoneRedirects(zone.global);
    expect(diagnostics).toEqual([]);
    expect(aliases.get("otherzone")).toEqual({ ip: "203.0.113.9", port: 5000, arenaType: -1, arenaName: "" });
    expect(aliases.get("duel")).toEqual({ ip: "203.0.113.9", port: 5010, arenaType: -3, arenaName: "duel" });
  });

  it("reports a bad destination with its file and line and ignores it", () => {
    const zone = openZone(new MemoryZoneFiles({ "conf/global.conf": "[Redirects]\nbad = 300.1.1.1:5000\n" }));
    const { aliases, diagnostics } = zoneRedirects(zone.global);
    expect(aliases.size).toBe(0);
    expect(diagnostics).toMatchObject([{ code: "REDIRECT_BAD", file: "conf/global.conf", line: 2 }]);
  });

  it("parses only dotted IPv4, a port 1..65535 and an arena name of at most 15 characters", () => {
    for (const bad of [
      "1.2.3.4",
      "1.2.3:5000",
      "1.2.3.4:0",
      "1.2.3.4:70000",
      "h.example:5000",
      "1.2.3.4:5:abcdefghijklmnop",
    ])
      expect(parseRedirectDestination(bad)).toBeUndefined();
    expect(parseRedirectDestination(" 10.0.0.1:5000:a ")?.arenaName).toBe("a");
  });
});
