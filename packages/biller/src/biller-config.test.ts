import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { loadZone, MemoryZoneFiles, openZone } from "@zonebus/zone";
import { describe, expect, it } from "vitest";
import { BillerConfigError, billerModuleOf, billerSetupOf, parseBillerFlag } from "./biller-config.js";

/** The ASSS dist zone from the read-only shared/ folder beside the repository. */
function asssDist(): string {
  for (let dir = resolve(import.meta.dirname); dirname(dir) !== dir; dir = dirname(dir))
    if (existsSync(join(dir, "shared", "zones", "asss-dist"))) return join(dir, "shared", "zones", "asss-dist");
  throw new Error("cannot find shared/zones/asss-dist");
}

function zoneWith(modules: string, billing: string) {
  return openZone(new MemoryZoneFiles({ "conf/modules.conf": modules, "conf/global.conf": `[Billing]\n${billing}\n` }));
}

describe("biller configuration as ASSS reads it", () => {
  it("the dist zone has a [Billing] section with the module commented out: no biller", () => {
    const zone = loadZone(asssDist());
    expect(zone.global.getStr("Billing", "IP")).toBe("127.0.0.1");
    expect(billerModuleOf(zone.files)).toBeUndefined();
    expect(billerSetupOf({ files: zone.files, global: zone.global, gamePort: 5000 })).toBeUndefined();
  });

  it("billing loads the TCP protocol, billing_ssc the UDP one, with [Billing]'s settings and ASSS's defaults", () => {
    const tcp = zoneWith(
      "core\n; billing_ssc\n  billing   ; the new protocol\n",
      "IP = 10.1.2.3\nPort = 1900\nServerName = Alpha\nPassword = pw",
    );
    expect(billerSetupOf({ files: tcp.files, global: tcp.global, gamePort: 5000 })).toMatchObject({
      protocol: "tcp",
      honorScoreReset: true,
      link: { host: "10.1.2.3", port: 1900, serverName: "Alpha", password: "pw", retryIntervalMs: 30_000, groupId: 1 },
    });
    const udp = zoneWith(
      "<c> billing_ssc\n",
      "ServerID = 7\nScoreID = 3\nLocalChats = a, b\nHonorScoreResetRequests = 0",
    );
    expect(billerSetupOf({ files: udp.files, global: udp.global, gamePort: 5001, zoneName: "z1" })).toMatchObject({
      protocol: "udp",
      honorScoreReset: false,
      link: {
        host: "127.0.0.1",
        port: 1850,
        serverName: "z1",
        serverId: 7,
        scoreId: 3,
        gamePort: 5001,
        retryIntervalMs: 180_000,
        localChats: ["a", "b"],
      },
    });
  });

  it("--biller overrides the zone folder either way, and a bad value is a clear error", () => {
    const tcp = zoneWith("billing\n", "IP = 10.1.2.3");
    expect(billerSetupOf({ files: tcp.files, global: tcp.global, gamePort: 1, flag: "none" })).toBeUndefined();
    expect(
      billerSetupOf({ files: tcp.files, global: tcp.global, gamePort: 1, flag: "udp://127.0.0.2:1851" }),
    ).toMatchObject({ protocol: "udp", link: { host: "127.0.0.2", port: 1851 } });
    const none = zoneWith("core\n", "");
    expect(billerSetupOf({ files: none.files, global: none.global, gamePort: 1, flag: "tcp://h:1" })?.protocol).toBe(
      "tcp",
    );
    for (const bad of ["tcp://h", "http://h:1", "tcp://h:0", "tcp://h:70000", "udp://:1", ""])
      expect(() => parseBillerFlag(bad)).toThrow(BillerConfigError);
  });

  it("settings out of range are refused with the setting's name", () => {
    const zone = zoneWith("billing\n", "Port = 99999");
    expect(() => billerSetupOf({ files: zone.files, global: zone.global, gamePort: 1 })).toThrow(/Billing:Port/);
    const retry = zoneWith("billing\n", "RetryInterval = 0");
    expect(() => billerSetupOf({ files: retry.files, global: retry.global, gamePort: 1 })).toThrow(/RetryInterval/);
  });
});
