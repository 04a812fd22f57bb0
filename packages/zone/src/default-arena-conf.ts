/**
 * Settings of the built-in zone (no zone folder given). Values are the usual SubSpace ranges;
 * every ship shares one profile and differs in its specials, so a fresh server plays sensibly.
 * Written out as ordinary conf text, so the built-in zone goes through the same loader as a folder.
 */
import { DEFAULT_MAP_CENTER } from "./map/generate.js";
import { SHIP_NAMES, type ShipName } from "./settings/layout.js";

type Section = Readonly<Record<string, number | string>>;

/** Name of the generated map file inside the built-in zone. */
export const DEFAULT_MAP_NAME = "zonebus.lvl";

const SHIP_PROFILE: Section = {
  SuperTime: 6000,
  ShieldsTime: 4000,
  Gravity: 1500,
  GravityTopSpeed: 100,
  BulletFireEnergy: 20,
  MultiFireEnergy: 30,
  BombFireEnergy: 300,
  BombFireEnergyUpgrade: 50,
  LandmineFireEnergy: 270,
  LandmineFireEnergyUpgrade: 150,
  BulletSpeed: 2000,
  BombSpeed: 2000,
  Radius: 14,
  MultiFireAngle: 500,
  CloakEnergy: 100,
  StealthEnergy: 333,
  AntiWarpEnergy: 100,
  XRadarEnergy: 250,
  MaximumRotation: 230,
  MaximumThrust: 17,
  MaximumSpeed: 3250,
  MaximumRecharge: 1150,
  MaximumEnergy: 1700,
  InitialRotation: 200,
  InitialThrust: 15,
  InitialSpeed: 2010,
  InitialRecharge: 400,
  InitialEnergy: 1000,
  UpgradeRotation: 40,
  UpgradeThrust: 2,
  UpgradeSpeed: 250,
  UpgradeRecharge: 166,
  UpgradeEnergy: 100,
  AfterburnerEnergy: 1200,
  BombThrust: 400,
  BurstSpeed: 3000,
  TurretThrustPenalty: 1,
  TurretSpeedPenalty: 125,
  BulletFireDelay: 25,
  MultiFireDelay: 50,
  BombFireDelay: 150,
  LandmineFireDelay: 125,
  RocketTime: 1000,
  InitialBounty: 500,
  DamageFactor: 30,
  PrizeShareLimit: 100,
  AttachBounty: 0,
  SoccerThrowTime: 1200,
  SoccerBallFriction: 12,
  SoccerBallProximity: 64,
  SoccerBallSpeed: 2500,
  TurretLimit: 5,
  BurstShrapnel: 24,
  MaxMines: 5,
  RepelMax: 3,
  BurstMax: 3,
  DecoyMax: 3,
  ThorMax: 3,
  BrickMax: 3,
  RocketMax: 3,
  PortalMax: 3,
  InitialRepel: 1,
  InitialBurst: 0,
  InitialBrick: 0,
  InitialRocket: 0,
  InitialThor: 0,
  InitialDecoy: 0,
  InitialPortal: 0,
  BombBounceCount: 0,
  ShrapnelMax: 8,
  ShrapnelRate: 2,
  CloakStatus: 0,
  StealthStatus: 1,
  XRadarStatus: 1,
  AntiWarpStatus: 1,
  InitialGuns: 1,
  MaxGuns: 3,
  InitialBombs: 1,
  MaxBombs: 2,
  DoubleBarrel: 0,
  EmpBomb: 0,
  SeeMines: 0,
  SeeBombLevel: 0,
};

const SHIP_SPECIALS: Readonly<Record<ShipName, Section>> = {
  Warbird: { XRadarStatus: 0, MaximumSpeed: 3500, InitialSpeed: 2200 },
  Javelin: { AntiWarpStatus: 0, BombBounceCount: 1, InitialBombs: 2, MaxBombs: 3 },
  Spider: { CloakStatus: 2, MultiFireAngle: 400, MaximumEnergy: 1500 },
  Leviathan: { StealthStatus: 0, MaxBombs: 3, InitialBombs: 2, MaximumSpeed: 2600, InitialSpeed: 1800 },
  Terrier: { DoubleBarrel: 1, TurretLimit: 6, InitialBurst: 1, InitialPortal: 1 },
  Weasel: { EmpBomb: 1, SeeMines: 1, Radius: 12 },
  Lancaster: { BombBounceCount: 1, InitialBrick: 2, BrickMax: 5 },
  Shark: { Gravity: 0, ShrapnelMax: 31, CloakStatus: 1, InitialRepel: 3 },
};

const ARENA: Readonly<Record<string, Section>> = {
  General: { Map: DEFAULT_MAP_NAME },
  Bullet: { BulletDamageLevel: 200, BulletDamageUpgrade: 100, BulletAliveTime: 550, ExactDamage: 0 },
  Bomb: {
    BombDamageLevel: 750,
    BombAliveTime: 8000,
    BombExplodeDelay: 150,
    BombExplodePixels: 80,
    ProximityDistance: 3,
    JitterTime: 72,
    BombSafety: 1,
    EBombShutdownTime: 400,
    EBombDamagePercent: 1000,
    BBombDamagePercent: 1000,
  },
  Burst: { BurstDamageLevel: 700 },
  Shrapnel: { ShrapnelSpeed: 3000, InactiveShrapDamage: 3, ShrapnelDamagePercent: 1000, Random: 1 },
  Mine: { MineAliveTime: 12000, TeamMaxMines: 12 },
  Repel: { RepelSpeed: 5000, RepelTime: 225, RepelDistance: 512 },
  Rocket: { RocketThrust: 25, RocketSpeed: 5500 },
  Misc: {
    DecoyAliveTime: 1500,
    SafetyLimit: 90000,
    FrequencyShift: 900,
    SendPositionDelay: 20,
    BounceFactor: 22,
    TickerDelay: 1000,
    WarpRadiusLimit: 20,
    WarpPointDelay: 6000,
    NearDeathLevel: 0,
    ExtraPositionData: 0,
    SlowFrameCheck: 0,
    AllowSavedShips: 0,
    VictoryMusic: 0,
    AntiWarpSettleDelay: 0,
  },
  Team: { MaxFrequency: 9999, MaxPerTeam: 6, MaxPerPrivateTeam: 0, SpectatorFrequency: 8025 },
  Kill: { EnterDelay: 200, BountyIncreaseForKill: 6, MaxBonus: 0, MaxPenalty: 0, RewardBase: 0 },
  Prize: {
    DeathPrizeTime: 800,
    EngineShutdownTime: 700,
    PrizeFactor: 10000,
    PrizeDelay: 700,
    MinimumVirtual: 10,
    UpgradeVirtual: 6,
    PrizeMaxExist: 8000,
    PrizeMinExist: 4000,
    PrizeNegativeFactor: 300,
    MultiPrizeCount: 10,
    PrizeHideCount: 10,
    TakePrizeReliable: 0,
  },
  Radar: { MapZoomFactor: 10, RadarNeutralSize: 128, RadarMode: 0 },
  Flag: {
    FlagDropDelay: 3000,
    EnterGameFlaggingDelay: 1000,
    FlaggerOnRadar: 1,
    FlaggerKillMultiplier: 2,
    FlagBlankDelay: 200,
    NoDataFlagDropDelay: 500,
    FlaggerFireCostPercent: 1000,
    FlaggerDamagePercent: 1000,
    CarryFlags: 1,
    FlaggerGunUpgrade: 1,
    FlaggerBombUpgrade: 1,
  },
  Door: { DoorDelay: 600, DoorMode: -2 },
  Toggle: { AntiWarpPixels: 1000 },
  Brick: { BrickTime: 12000 },
  Wormhole: { SwitchTime: 100000, GravityBombs: 1 },
  Latency: {
    SendRoutePercent: 500,
    ClientSlowPacketTime: 50,
    S2CNoDataKickoutDelay: 500,
    ClientSlowPacketSampleSize: 100,
  },
  Soccer: {
    BallBounce: 1,
    AllowBombs: 1,
    AllowGuns: 1,
    PassDelay: 20,
    BallBlankDelay: 200,
    UseFlagger: 1,
    BallLocation: 1,
  },
  Message: { AllowAudioMessages: 1 },
  Spawn: {
    "Team0-X": DEFAULT_MAP_CENTER,
    "Team0-Y": DEFAULT_MAP_CENTER,
    "Team0-Radius": 3,
    "Team1-X": DEFAULT_MAP_CENTER,
    "Team1-Y": DEFAULT_MAP_CENTER,
    "Team1-Radius": 3,
  },
  PrizeWeight: {
    QuickCharge: 40,
    Energy: 40,
    Rotation: 40,
    Stealth: 40,
    Cloak: 25,
    XRadar: 40,
    Warp: 7,
    Gun: 25,
    Bomb: 25,
    BouncingBullets: 25,
    Thruster: 40,
    TopSpeed: 40,
    Recharge: 10,
    Glue: 0,
    MultiFire: 30,
    Proximity: 25,
    AllWeapons: 10,
    Shields: 10,
    Shrapnel: 30,
    AntiWarp: 25,
    Repel: 70,
    Burst: 70,
    Decoy: 40,
    Thor: 30,
    MultiPrize: 130,
    Brick: 60,
    Rocket: 50,
    Portal: 60,
  },
};

function section(name: string, values: Section): string {
  return `[${name}]\n${Object.entries(values)
    .map(([k, v]) => `${k} = ${v}`)
    .join("\n")}\n`;
}

/** The built-in zone's `arenas/(default)/arena.conf`. */
export function defaultArenaConf(): string {
  const parts = ["; zonebus built-in arena settings\n"];
  for (const ship of SHIP_NAMES) parts.push(section(ship, { ...SHIP_PROFILE, ...SHIP_SPECIALS[ship] }));
  for (const [name, values] of Object.entries(ARENA)) parts.push(section(name, values));
  return parts.join("\n");
}

/** The built-in zone's `conf/global.conf`. */
export function defaultGlobalConf(): string {
  return "; zonebus built-in zone\n[General]\nNewsFile = news.txt\n";
}

/** The built-in zone's news. */
export const DEFAULT_NEWS = "Welcome to zonebus.\r\nThis zone runs with built-in settings and map.\r\n";
