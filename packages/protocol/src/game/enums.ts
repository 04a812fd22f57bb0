/** Game constants (gameplay.md, login-and-arena.md). Ranges are documented beside each. */

/** Ship numbers 0..8; 8 is spectator. */
export const Ship = {
  Warbird: 0,
  Javelin: 1,
  Spider: 2,
  Leviathan: 3,
  Terrier: 4,
  Weasel: 5,
  Lancaster: 6,
  Shark: 7,
  Spectator: 8,
} as const;
export type Ship = (typeof Ship)[keyof typeof Ship];

/**
 * Chat message types (gameplay.md §7), u8 on the wire. 6 is undefined and 10..12 are internal
 * to servers, so none of those is accepted from the wire; 79 (fuchsia) is Continuum's pink text.
 */
export const ChatType = {
  /** Server/system message, sender −1; not allowed from clients. */
  Arena: 0,
  PublicMacro: 1,
  Public: 2,
  /** To the sender's own freq. */
  Team: 3,
  /** To the freq of the target player. */
  Freq: 4,
  Private: 5,
  /** `:name:message` to a player anywhere in the zone (or beyond, via the biller). */
  RemotePrivate: 7,
  /** Red text, sender −1; not allowed from clients. */
  SysopWarning: 8,
  /** `N;message` to a biller chat channel. */
  Channel: 9,
  Fuchsia: 79,
} as const;
export type ChatType = (typeof ChatType)[keyof typeof ChatType];

/** Chat sound numbers 0..26 and 100..104 (ASSS defs.h); 0 = none. */
export const ChatSound = {
  None: 0,
  Beep1: 1,
  Beep2: 2,
  NotAttending: 3,
  Violent: 4,
  Hallelujah: 5,
  Reagan: 6,
  Inconceivable: 7,
  Churchill: 8,
  Listen: 9,
  Crying: 10,
  Burp: 11,
  Girl: 12,
  Scream: 13,
  Fart1: 14,
  Fart2: 15,
  Phone: 16,
  WorldAttack: 17,
  Gibberish: 18,
  Ooo: 19,
  Gee: 20,
  Ohh: 21,
  Aww: 22,
  GameSucks: 23,
  Sheep: 24,
  CantLogin: 25,
  Beep3: 26,
  MusicLoop: 100,
  MusicStop: 101,
  MusicOnce: 102,
  Ding: 103,
  Goal: 104,
} as const;
export type ChatSound = (typeof ChatSound)[keyof typeof ChatSound];

/** Prize numbers 1..28 (green pickups, `0x06` death greens, `0x20`); 0 = none. */
export const Prize = {
  None: 0,
  Recharge: 1,
  Energy: 2,
  Rotation: 3,
  Stealth: 4,
  Cloak: 5,
  XRadar: 6,
  Warp: 7,
  Guns: 8,
  Bombs: 9,
  BouncingBullets: 10,
  Thruster: 11,
  TopSpeed: 12,
  FullCharge: 13,
  EngineShutdown: 14,
  Multifire: 15,
  Proximity: 16,
  Super: 17,
  Shields: 18,
  Shrapnel: 19,
  Antiwarp: 20,
  Repel: 21,
  Burst: 22,
  Decoy: 23,
  Thor: 24,
  Multiprize: 25,
  Brick: 26,
  Rocket: 27,
  Portal: 28,
} as const;
export type Prize = (typeof Prize)[keyof typeof Prize];

/** Status bits of positions (gameplay.md §2.4). */
export const PositionStatus = {
  Stealth: 0x01,
  Cloak: 0x02,
  XRadar: 0x04,
  Antiwarp: 0x08,
  /** Show the warp-in flash (warp, portal, respawn); ASSS relays such positions reliably. */
  Flash: 0x10,
  SafeZone: 0x20,
  Ufo: 0x40,
  /** No forces act on the ship (SS .NET's name; ASSS does not name the bit). */
  Inert: 0x80,
} as const;
export type PositionStatus = (typeof PositionStatus)[keyof typeof PositionStatus];

/** Login response codes, S2C `0x0A` byte 1 (login-and-arena.md §3; ASSS meanings). */
export const LoginResponseCode = {
  Ok: 0x00,
  NewName: 0x01,
  BadPassword: 0x02,
  ArenaFull: 0x03,
  LockedOut: 0x04,
  NoPermission: 0x05,
  SpecOnly: 0x06,
  TooManyPoints: 0x07,
  TooSlow: 0x08,
  NoPermission2: 0x09,
  NoNewConnections: 0x0a,
  BadName: 0x0b,
  OffensiveName: 0x0c,
  NoScores: 0x0d,
  ServerBusy: 0x0e,
  TooLowUsage: 0x0f,
  AskDemographics: 0x10,
  TooManyDemo: 0x11,
  NoDemo: 0x12,
  CustomText: 0x13,
  ModAccessRequired: 0x14,
} as const;
export type LoginResponseCode = (typeof LoginResponseCode)[keyof typeof LoginResponseCode];

/** Arena type of C2S `0x01` and S2C `0x3B` (i16); 0..0x7FFF is public arena n. */
export const ArenaType = {
  AnyPublic: -1,
  /** Treated exactly like AnyPublic by ASSS. */
  AnyPublicAlt: -2,
  Named: -3,
} as const;
export type ArenaType = (typeof ArenaType)[keyof typeof ArenaType];

/** S2C `0x2C` crown action. */
export const CrownAction = { Remove: 0, Give: 1 } as const;
export type CrownAction = (typeof CrownAction)[keyof typeof CrownAction];

/** LVZ object display mode, bits 12–15 of the time/mode word in S2C `0x36`. */
export const LvzMode = {
  ShowAlways: 0,
  EnterZone: 1,
  EnterArena: 2,
  Kill: 3,
  Death: 4,
  ServerControlled: 5,
} as const;
export type LvzMode = (typeof LvzMode)[keyof typeof LvzMode];

/** Bits of the S2C `0x36` change mask: which parts of the object record to apply. */
export const LvzChange = { Position: 0x01, Image: 0x02, Layer: 0x04, DisplayTime: 0x08, Mode: 0x10 } as const;
export type LvzChange = (typeof LvzChange)[keyof typeof LvzChange];

/** Client feature bits of the login packet (u16 at offset 79; SS .NET extension). */
export const ClientFeature = {
  WatchDamage: 0x01,
  BatchedPositions: 0x02,
  WarpTo: 0x04,
  Lvz: 0x08,
  Redirect: 0x10,
  SelectBox: 0x20,
} as const;
export type ClientFeature = (typeof ClientFeature)[keyof typeof ClientFeature];

/** Default spectator frequency (`Team:SpectatorFrequency`). */
export const DEFAULT_SPECTATOR_FREQ = 8025;
