/**
 * The S2C 0x0F ClientSettings layout (files-and-settings.md §5): every field with its byte offset,
 * its type and the `Section:Key` that fills it. One table drives building, decoding and run-time
 * overrides, so the three cannot disagree.
 */

/** Length of the packet, type byte included. */
export const CLIENT_SETTINGS_LENGTH = 1428;
/** Packet type byte. */
export const S2C_CLIENT_SETTINGS = 0x0f;

/** Ship sections in ship-number order (0 = Warbird … 7 = Shark). */
export const SHIP_NAMES = [
  "Warbird",
  "Javelin",
  "Spider",
  "Leviathan",
  "Terrier",
  "Weasel",
  "Lancaster",
  "Shark",
] as const;
export type ShipName = (typeof SHIP_NAMES)[number];

/** How a field is stored. `bits` fields live inside a little-endian word of `wordSize` bytes. */
export type FieldKind = "i32" | "i16" | "u8" | "bits" | "padding";

/** One field of the packet. */
export interface SettingsField {
  /** Name used when decoding (`Section:Key`, ship fields as `<Ship>:<Key>`). */
  readonly name: string;
  /** Config section and key read to fill it (empty for padding). */
  readonly section: string;
  readonly key: string;
  /** Byte offset of the field, or of the word holding a bit field. */
  readonly offset: number;
  readonly kind: FieldKind;
  /** For `bits`: size of the holding word (2 or 4), first bit, and number of bits. For `padding`: byte count. */
  readonly wordSize?: 2 | 4;
  readonly bit?: number;
  readonly bits?: number;
  readonly length?: number;
  /** ASSS multiplies these five damage settings by 1000 (`Bullet:BulletDamageLevel` …). */
  readonly times1000?: boolean;
}

const SHIP_BLOCK = 144;
const SHIPS_AT = 4;

const SHIP_I32 = ["SuperTime", "ShieldsTime"];
/** i16 fields from ship offset 8; `null` marks offset 28, the bit field word. */
const SHIP_I16: (string | null)[] = [
  "Gravity",
  "GravityTopSpeed",
  "BulletFireEnergy",
  "MultiFireEnergy",
  "BombFireEnergy",
  "BombFireEnergyUpgrade",
  "LandmineFireEnergy",
  "LandmineFireEnergyUpgrade",
  "BulletSpeed",
  "BombSpeed",
  null,
  "MultiFireAngle",
  "CloakEnergy",
  "StealthEnergy",
  "AntiWarpEnergy",
  "XRadarEnergy",
  "MaximumRotation",
  "MaximumThrust",
  "MaximumSpeed",
  "MaximumRecharge",
  "MaximumEnergy",
  "InitialRotation",
  "InitialThrust",
  "InitialSpeed",
  "InitialRecharge",
  "InitialEnergy",
  "UpgradeRotation",
  "UpgradeThrust",
  "UpgradeSpeed",
  "UpgradeRecharge",
  "UpgradeEnergy",
  "AfterburnerEnergy",
  "BombThrust",
  "BurstSpeed",
  "TurretThrustPenalty",
  "TurretSpeedPenalty",
  "BulletFireDelay",
  "MultiFireDelay",
  "BombFireDelay",
  "LandmineFireDelay",
  "RocketTime",
  "InitialBounty",
  "DamageFactor",
  "PrizeShareLimit",
  "AttachBounty",
  "SoccerThrowTime",
  "SoccerBallFriction",
  "SoccerBallProximity",
  "SoccerBallSpeed",
];
const SHIP_U8 = [
  "TurretLimit",
  "BurstShrapnel",
  "MaxMines",
  "RepelMax",
  "BurstMax",
  "DecoyMax",
  "ThorMax",
  "BrickMax",
  "RocketMax",
  "PortalMax",
  "InitialRepel",
  "InitialBurst",
  "InitialBrick",
  "InitialRocket",
  "InitialThor",
  "InitialDecoy",
  "InitialPortal",
  "BombBounceCount",
];
/** Ship offset 28 (u16): [key, first bit, bits]. */
const SHIP_MISC_BITS: [string, number, number][] = [
  ["SeeBombLevel", 0, 2],
  ["DisableFastShooting", 2, 1],
  ["Radius", 3, 8],
];
/** Ship offset 124 (u32 weapon bits): [key, first bit, bits]. */
const SHIP_WEAPON_BITS: [string, number, number][] = [
  ["ShrapnelMax", 0, 5],
  ["ShrapnelRate", 5, 5],
  ["CloakStatus", 10, 2],
  ["StealthStatus", 12, 2],
  ["XRadarStatus", 14, 2],
  ["AntiWarpStatus", 16, 2],
  ["InitialGuns", 18, 2],
  ["MaxGuns", 20, 2],
  ["InitialBombs", 22, 2],
  ["MaxBombs", 24, 2],
  ["DoubleBarrel", 26, 1],
  ["EmpBomb", 27, 1],
  ["SeeMines", 28, 1],
  ["Unused1", 29, 3],
];

/** Word 0 bits after the type byte: [name, section, key, first bit, bits]. */
const HEADER_BITS: [string, string, string, number, number][] = [
  ["Bullet:ExactDamage", "Bullet", "ExactDamage", 8, 1],
  ["Spectator:HideFlags", "Spectator", "HideFlags", 9, 1],
  ["Spectator:NoXRadar", "Spectator", "NoXRadar", 10, 1],
  ["Misc:SlowFrameCheck (3-bit field in word 0)", "Misc", "SlowFrameCheck", 11, 3],
  ["Misc:DisableScreenshot", "Misc", "DisableScreenshot", 14, 1],
  ["Misc:MaxTimerDrift", "Misc", "MaxTimerDrift", 16, 3],
  ["Soccer:DisableWallPass", "Soccer", "DisableWallPass", 19, 1],
  ["Soccer:DisableBallKilling", "Soccer", "DisableBallKilling", 20, 1],
];

const ARENA_I32 = [
  "Bullet:BulletDamageLevel",
  "Bomb:BombDamageLevel",
  "Bullet:BulletAliveTime",
  "Bomb:BombAliveTime",
  "Misc:DecoyAliveTime",
  "Misc:SafetyLimit",
  "Misc:FrequencyShift",
  "Team:MaxFrequency",
  "Repel:RepelSpeed",
  "Mine:MineAliveTime",
  "Burst:BurstDamageLevel",
  "Bullet:BulletDamageUpgrade",
  "Flag:FlagDropDelay",
  "Flag:EnterGameFlaggingDelay",
  "Rocket:RocketThrust",
  "Rocket:RocketSpeed",
  "Shrapnel:InactiveShrapDamage",
  "Wormhole:SwitchTime",
  "Misc:ActivateAppShutdownTime",
  "Shrapnel:ShrapnelSpeed",
];
const TIMES_1000 = new Set([
  "Bullet:BulletDamageLevel",
  "Bomb:BombDamageLevel",
  "Burst:BurstDamageLevel",
  "Bullet:BulletDamageUpgrade",
  "Shrapnel:InactiveShrapDamage",
]);
const ARENA_I16 = [
  "Latency:SendRoutePercent",
  "Bomb:BombExplodeDelay",
  "Misc:SendPositionDelay",
  "Bomb:BombExplodePixels",
  "Prize:DeathPrizeTime",
  "Bomb:JitterTime",
  "Kill:EnterDelay",
  "Prize:EngineShutdownTime",
  "Bomb:ProximityDistance",
  "Kill:BountyIncreaseForKill",
  "Misc:BounceFactor",
  "Radar:MapZoomFactor",
  "Kill:MaxBonus",
  "Kill:MaxPenalty",
  "Kill:RewardBase",
  "Repel:RepelTime",
  "Repel:RepelDistance",
  "Misc:TickerDelay",
  "Flag:FlaggerOnRadar",
  "Flag:FlaggerKillMultiplier",
  "Prize:PrizeFactor",
  "Prize:PrizeDelay",
  "Prize:MinimumVirtual",
  "Prize:UpgradeVirtual",
  "Prize:PrizeMaxExist",
  "Prize:PrizeMinExist",
  "Prize:PrizeNegativeFactor",
  "Door:DoorDelay",
  "Toggle:AntiWarpPixels",
  "Door:DoorMode",
  "Flag:FlagBlankDelay",
  "Flag:NoDataFlagDropDelay",
  "Prize:MultiPrizeCount",
  "Brick:BrickTime",
  "Misc:WarpRadiusLimit",
  "Bomb:EBombShutdownTime",
  "Bomb:EBombDamagePercent",
  "Radar:RadarNeutralSize",
  "Misc:WarpPointDelay",
  "Misc:NearDeathLevel",
  "Bomb:BBombDamagePercent",
  "Shrapnel:ShrapnelDamagePercent",
  "Latency:ClientSlowPacketTime",
  "Flag:FlagDropResetReward",
  "Flag:FlaggerFireCostPercent",
  "Flag:FlaggerDamagePercent",
  "Flag:FlaggerBombFireDelay",
  "Soccer:PassDelay",
  "Soccer:BallBlankDelay",
  "Latency:S2CNoDataKickoutDelay",
  "Flag:FlaggerThrustAdjustment",
  "Flag:FlaggerSpeedAdjustment",
  "Latency:ClientSlowPacketSampleSize",
  "Unused:Unused5",
  "Unused:Unused4",
  "Unused:Unused3",
  "Unused:Unused2",
  "Unused:Unused1",
];
const ARENA_U8 = [
  "Shrapnel:Random",
  "Soccer:BallBounce",
  "Soccer:AllowBombs",
  "Soccer:AllowGuns",
  "Soccer:Mode",
  "Team:MaxPerTeam",
  "Team:MaxPerPrivateTeam",
  "Mine:TeamMaxMines",
  "Wormhole:GravityBombs",
  "Bomb:BombSafety",
  "Chat:MessageReliable",
  "Prize:TakePrizeReliable",
  "Message:AllowAudioMessages",
  "Prize:PrizeHideCount",
  "Misc:ExtraPositionData",
  "Misc:SlowFrameCheck",
  "Flag:CarryFlags",
  "Misc:AllowSavedShips",
  "Radar:RadarMode",
  "Misc:VictoryMusic",
  "Flag:FlaggerGunUpgrade",
  "Flag:FlaggerBombUpgrade",
  "Soccer:UseFlagger",
  "Soccer:BallLocation",
  "Misc:AntiWarpSettleDelay",
  "Unused:Unused7",
  "Unused:Unused6",
  "Unused:Unused5",
  "Unused:Unused4",
  "Unused:Unused3",
  "Unused:Unused2",
  "Unused:Unused1",
];
/** Prize weights in prize-number order (prize n at index n − 1). */
export const PRIZE_NAMES = [
  "QuickCharge",
  "Energy",
  "Rotation",
  "Stealth",
  "Cloak",
  "XRadar",
  "Warp",
  "Gun",
  "Bomb",
  "BouncingBullets",
  "Thruster",
  "TopSpeed",
  "Recharge",
  "Glue",
  "MultiFire",
  "Proximity",
  "AllWeapons",
  "Shields",
  "Shrapnel",
  "AntiWarp",
  "Repel",
  "Burst",
  "Decoy",
  "Thor",
  "MultiPrize",
  "Brick",
  "Rocket",
  "Portal",
] as const;

/** Byte offsets of the arena-wide blocks. */
export const SETTINGS_OFFSETS = {
  ships: SHIPS_AT,
  shipBlock: SHIP_BLOCK,
  arenaI32: 1156,
  spawns: 1236,
  arenaI16: 1252,
  arenaU8: 1368,
  prizeWeights: 1400,
} as const;

function split(full: string): [string, string] {
  const i = full.indexOf(":");
  return [full.slice(0, i), full.slice(i + 1)];
}

function plain(full: string, offset: number, kind: "i32" | "i16" | "u8"): SettingsField {
  const [section, key] = split(full);
  return TIMES_1000.has(full)
    ? { name: full, section, key, offset, kind, times1000: true }
    : { name: full, section, key, offset, kind };
}

function bits(
  name: string,
  section: string,
  key: string,
  offset: number,
  wordSize: 2 | 4,
  bit: number,
  n: number,
): SettingsField {
  return { name, section, key, offset, kind: "bits", wordSize, bit, bits: n };
}

function buildLayout(): SettingsField[] {
  const f: SettingsField[] = [];
  for (const [name, section, key, bit, n] of HEADER_BITS) f.push(bits(name, section, key, 0, 4, bit, n));
  SHIP_NAMES.forEach((ship, s) => {
    const base = SHIPS_AT + SHIP_BLOCK * s;
    SHIP_I32.forEach((k, i) => {
      f.push(plain(`${ship}:${k}`, base + 4 * i, "i32"));
    });
    SHIP_I16.forEach((k, i) => {
      const off = base + 8 + 2 * i;
      if (k !== null) f.push(plain(`${ship}:${k}`, off, "i16"));
      else for (const [mk, bit, n] of SHIP_MISC_BITS) f.push(bits(`${ship}:${mk}`, ship, mk, off, 2, bit, n));
    });
    SHIP_U8.forEach((k, i) => {
      f.push(plain(`${ship}:${k}`, base + 106 + i, "u8"));
    });
    for (const [wk, bit, n] of SHIP_WEAPON_BITS) f.push(bits(`${ship}:${wk}`, ship, wk, base + 124, 4, bit, n));
    f.push({ name: `${ship}:(padding16)`, section: "", key: "", offset: base + 128, kind: "padding", length: 16 });
  });
  ARENA_I32.forEach((k, i) => {
    f.push(plain(k, SETTINGS_OFFSETS.arenaI32 + 4 * i, "i32"));
  });
  for (let t = 0; t < 4; t++) {
    const off = SETTINGS_OFFSETS.spawns + 4 * t;
    f.push(bits(`Spawn:Team${t}-X`, "Spawn", `Team${t}-X`, off, 4, 0, 10));
    f.push(bits(`Spawn:Team${t}-Y`, "Spawn", `Team${t}-Y`, off, 4, 10, 10));
    f.push(bits(`Spawn:Team${t}-Radius`, "Spawn", `Team${t}-Radius`, off, 4, 20, 9));
  }
  ARENA_I16.forEach((k, i) => {
    f.push(plain(k, SETTINGS_OFFSETS.arenaI16 + 2 * i, "i16"));
  });
  ARENA_U8.forEach((k, i) => {
    // Unused1–5 exist as both i16 and u8 fields reading the same keys; the u8 ones get a distinct name.
    const field = plain(k, SETTINGS_OFFSETS.arenaU8 + i, "u8");
    f.push(ARENA_I16.includes(k) ? { ...field, name: `${k} (u8)` } : field);
  });
  PRIZE_NAMES.forEach((k, i) => {
    f.push(plain(`PrizeWeight:${k}`, SETTINGS_OFFSETS.prizeWeights + i, "u8"));
  });
  return f;
}

/** Every field of the packet except the type byte, in packet order. */
export const SETTINGS_LAYOUT: readonly SettingsField[] = Object.freeze(buildLayout());
