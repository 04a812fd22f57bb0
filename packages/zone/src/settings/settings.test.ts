import { describe, expect, it } from "vitest";
import { settingsChecksum } from "../checksums.js";
import { loadArenaConfig } from "../conf/load.js";
import { DiskZoneFiles, MemoryZoneFiles } from "../files.js";
import { fromHex, readVector, sharedZone } from "../testing/shared.js";
import { buildClientSettings } from "./build.js";
import { decodeClientSettings, diffClientSettings } from "./decode.js";
import { CLIENT_SETTINGS_LENGTH, SETTINGS_LAYOUT, SETTINGS_OFFSETS } from "./layout.js";
import { applySettingsOverrides, settingsOverrideField } from "./overrides.js";

interface SettingsVector {
  settings_hex: string;
  decoded_fields: Record<string, number | string>;
}
interface ChecksumVector {
  settings_checksum: { values: { key_u32: number; checksum_u32: number }[] };
}

const golden = readVector<SettingsVector>("settings-default-arena.json");
const fromConf = (text: string) =>
  buildClientSettings(loadArenaConfig(new MemoryZoneFiles({ "arenas/(default)/arena.conf": text }), "(public)"));

describe("ClientSettings", () => {
  it("builds the exact bytes ASSS sent for arena 0 of asss-dist", () => {
    const config = loadArenaConfig(new DiskZoneFiles(sharedZone("asss-dist")), "(public)");
    const built = buildClientSettings(config);
    const expected = fromHex(golden.settings_hex);
    // On a mismatch this names the fields ("Warbird:BulletSpeed expected 2000, got 0").
    expect(diffClientSettings(expected, built)).toEqual([]);
    expect(Buffer.from(built).equals(Buffer.from(expected))).toBe(true);
  });

  it("decodes the golden bytes to the vector's decoded fields", () => {
    const decoded = decodeClientSettings(fromHex(golden.settings_hex));
    expect(decoded).toBeDefined();
    for (const [name, value] of Object.entries(golden.decoded_fields)) expect(decoded?.[name], name).toBe(value);
    expect(decodeClientSettings(new Uint8Array(100))).toBeUndefined();
  });

  it("computes the settings checksum for every vector key", () => {
    const bytes = fromHex(golden.settings_hex);
    for (const { key_u32, checksum_u32 } of readVector<ChecksumVector>("checksums.json").settings_checksum.values) {
      expect(settingsChecksum(bytes, key_u32), `key ${key_u32}`).toBe(checksum_u32);
    }
  });

  it("lays out every field once, inside the packet, without overlaps", () => {
    const owner = new Map<number, string>();
    for (const f of SETTINGS_LAYOUT) {
      const size = f.kind === "i32" ? 4 : f.kind === "i16" ? 2 : f.kind === "u8" ? 1 : f.kind === "padding" ? 16 : 0;
      for (let i = 0; i < size; i++) {
        expect(owner.has(f.offset + i), `${f.name} overlaps ${owner.get(f.offset + i)}`).toBe(false);
        owner.set(f.offset + i, f.name);
      }
      expect(f.offset + Math.max(size, f.wordSize ?? 0)).toBeLessThanOrEqual(CLIENT_SETTINGS_LENGTH);
    }
    expect(new Set(SETTINGS_LAYOUT.map((f) => f.name)).size).toBe(SETTINGS_LAYOUT.length);
    expect(SETTINGS_LAYOUT.find((f) => f.name === "PrizeWeight:Portal")?.offset).toBe(1427);
    expect(SETTINGS_LAYOUT.find((f) => f.name === "Shark:SoccerBallSpeed")?.offset).toBe(4 + 7 * 144 + 104);
  });

  it("cuts values to their field width and scales damage by 1000 as ASSS does", () => {
    const d = decodeClientSettings(
      fromConf(
        "[Warbird]\nShrapnelMax = 33\nRadius = 300\nBulletSpeed = 70000\nTurretLimit = 257\n[Bullet]\nBulletDamageLevel = 200\nExactDamage = 3\n",
      ),
    );
    expect(d?.["Warbird:ShrapnelMax"]).toBe(1);
    expect(d?.["Warbird:Radius"]).toBe(44);
    expect(d?.["Warbird:BulletSpeed"]).toBe(70000 - 65536);
    expect(d?.["Warbird:TurretLimit"]).toBe(1);
    expect(d?.["Bullet:BulletDamageLevel"]).toBe(200_000);
    expect(d?.["Bullet:ExactDamage"]).toBe(1);
    expect(d?.["Warbird:ShrapnelRate"]).toBe(0);
  });

  it("sends a zero Radar:MapZoomFactor as 1 and a missing config as zeros", () => {
    const bytes = fromConf("[Radar]\nMapZoomFactor = 0\n");
    expect(bytes.length).toBe(CLIENT_SETTINGS_LENGTH);
    expect(bytes[0]).toBe(0x0f);
    expect(decodeClientSettings(bytes)?.["Radar:MapZoomFactor"]).toBe(1);
    const nonzero = [...bytes.keys()].filter((i) => bytes[i] !== 0);
    expect(nonzero).toEqual([0, SETTINGS_OFFSETS.arenaI16 + 22]);
  });

  it("packs spawn positions into 10/10/9 bits per team", () => {
    const d = decodeClientSettings(fromConf("[Spawn]\nTeam2-X = 512\nTeam2-Y = 1023\nTeam2-Radius = 511\n"));
    expect([d?.["Spawn:Team2-X"], d?.["Spawn:Team2-Y"], d?.["Spawn:Team2-Radius"]]).toEqual([512, 1023, 511]);
    expect(d?.["Spawn:Team1-X"]).toBe(0);
  });

  it("applies override keys, including ASSS's renamed soccer bits", () => {
    const base = fromHex(golden.settings_hex);
    const speed = settingsOverrideField("warbird", "bulletspeed");
    const walls = settingsOverrideField("Misc", "DisableBallThroughWalls");
    expect(speed?.name).toBe("Warbird:BulletSpeed");
    expect(walls?.name).toBe("Soccer:DisableWallPass");
    expect(settingsOverrideField("Soccer", "DisableWallPass")).toBeUndefined();
    expect(settingsOverrideField("Misc", "SlowFrameCheck")?.kind).toBe("u8");
    expect(settingsOverrideField("Unused", "Unused5")?.kind).toBe("i16");
    const patched = applySettingsOverrides(base, [
      { field: speed!, value: 1234 },
      { field: walls!, value: 1 },
    ]);
    expect(diffClientSettings(base, patched).map((x) => [x.field, x.actual])).toEqual([
      ["Soccer:DisableWallPass", 1],
      ["Warbird:BulletSpeed", 1234],
    ]);
    expect(decodeClientSettings(base)?.["Warbird:BulletSpeed"]).toBe(2000);
  });
});
