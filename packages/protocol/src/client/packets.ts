/**
 * The C2S packets a VIE bot sends, built the way SubSpace 1.34 bots build them
 * (login-and-arena.md §2, §5, §9; gameplay.md §2.1). Pure functions: no state, no clock.
 */
import {
  ArenaType,
  C2S_POSITION_LENGTH,
  type C2SSecurityResponse,
  C2SType,
  createC2SPosition,
  encodeC2S,
  encodeC2SPositionInto,
  Ship,
} from "../game/index.js";
import { BotError, BotErrorCode } from "./errors.js";

/** Client version of SubSpace 1.34 and of every VIE bot; ASSS refuses VIE logins with another. */
export const VIE_CLIENT_VERSION = 134;
/** Characters of a name the server keeps (byte 19 of the 32-byte field is forced to 0). */
export const MAX_NAME_LENGTH = 19;
/** Characters of a password the server keeps (byte 31 is forced to 0). */
export const MAX_PASSWORD_LENGTH = 31;
/** Screen size sent in `0x01`, as ASSS's loadgen sends it; ASSS uses xRes + yRes as position range. */
export const DEFAULT_SCREEN = { xRes: 1024, yRes: 768 } as const;

export interface LoginFields {
  readonly name: string;
  readonly password: string;
  readonly machineId: number;
  /** ClientFeature bits (SS .NET extension); 0 = a plain 1.34 client. */
  readonly features: number;
  /** 1 = "create this new user" after a `0x0A` code 0x01. */
  readonly create?: boolean;
  /** The login id of the S2C `0x3B` this login follows (0 = none). */
  readonly loginId?: number;
}

/** Throws BotError InvalidOption for names a server would refuse or truncate, and long passwords. */
export function checkCredentials(name: string, password: string): void {
  if (name.length === 0 || name.length > MAX_NAME_LENGTH || !/^[A-Za-z0-9][\x20-\x39\x3b-\x7e]*$/.test(name)) {
    throw new BotError(
      `name must be 1..${MAX_NAME_LENGTH} printable ASCII characters without ':', starting with a letter or digit`,
      BotErrorCode.InvalidOption,
    );
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new BotError(`password longer than ${MAX_PASSWORD_LENGTH} characters`, BotErrorCode.InvalidOption);
  }
}

/** C2S `0x09`, 101 bytes, version 134. */
export function loginPacket(f: LoginFields): Uint8Array {
  return encodeC2S({
    type: C2SType.Login,
    flags: f.create ? 1 : 0,
    name: f.name,
    password: f.password,
    machineId: f.machineId >>> 0,
    // ASSS ignores the connect type; loadgen sends 0.
    connectType: 0,
    timezoneBias: 0,
    unknown73: 0,
    clientVersion: VIE_CLIENT_VERSION,
    field444: 444,
    features: f.features,
    field555: 0,
    permissionId: 0,
    serverAddress: 0,
    clientPort: 0,
    loginId: (f.loginId ?? 0) >>> 0,
    unknown99: 0,
  });
}

/** A stable machine id per name, so a bot looks like the same installation each run. */
export function machineIdFor(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export interface ArenaRequest {
  /** ArenaType (−1 any public, −3 named) or a public arena number 0..0x7FFF. Default: −3 with a name, else −1. */
  readonly arenaType?: number;
  /** Arena name, used with type −3 (at most 15 bytes). */
  readonly arenaName?: string;
  /** 0..7 ships, 8 spectator (default). */
  readonly ship?: number;
  /** Ask for every LVZ, optional ones included: sends the 27-byte form with the optional-graphics byte. */
  readonly optionalGraphics?: boolean;
}

/** C2S `0x01`: 26 bytes (the VIE form), or 27 with the optional-graphics byte when asked for. */
export function arenaLoginPacket(request: ArenaRequest): Uint8Array {
  const ship = request.ship ?? Ship.Spectator;
  if (!Number.isInteger(ship) || ship < 0 || ship > Ship.Spectator) {
    throw new BotError(`ship must be 0..8, got ${ship}`, BotErrorCode.InvalidOption);
  }
  const name = request.arenaName ?? "";
  if (name.length > 15) throw new BotError("arena name longer than 15 bytes", BotErrorCode.InvalidOption);
  const arenaType = request.arenaType ?? (name ? ArenaType.Named : ArenaType.AnyPublic);
  if (!Number.isInteger(arenaType) || arenaType < ArenaType.Named || arenaType > 0x7fff) {
    throw new BotError(`arena type must be -3..32767, got ${arenaType}`, BotErrorCode.InvalidOption);
  }
  return encodeC2S({
    type: C2SType.ArenaLogin,
    ship,
    obscenityFilter: 0,
    allowAudio: 0,
    xRes: DEFAULT_SCREEN.xRes,
    yRes: DEFAULT_SCREEN.yRes,
    arenaType,
    arenaName: name,
    optionalGraphics: request.optionalGraphics ? 1 : undefined,
  });
}

/** What a bot puts in a position packet; everything but x and y defaults to a ship at rest. */
export interface PositionInput {
  /** Pixels (0..16383 inside the map). */
  readonly x: number;
  readonly y: number;
  /** Pixels per 10 s. */
  readonly xSpeed?: number;
  readonly ySpeed?: number;
  /** 0..39, 0 = north. */
  readonly rotation?: number;
  readonly energy?: number;
  readonly bounty?: number;
  /** PositionStatus bits. */
  readonly status?: number;
  /** The u16 weapon word (packWeapon); 0 = nothing fired. */
  readonly weapon?: number;
}

/**
 * A 22-byte C2S `0x03` with its XOR checksum. Always a fresh buffer: the transport keeps the
 * reference until the packet leaves.
 */
export function positionPacket(input: PositionInput, serverTicks: number): Uint8Array {
  const out = new Uint8Array(C2S_POSITION_LENGTH);
  const p = createC2SPosition();
  p.x = input.x;
  p.y = input.y;
  p.xSpeed = input.xSpeed ?? 0;
  p.ySpeed = input.ySpeed ?? 0;
  p.rotation = input.rotation ?? 0;
  p.energy = input.energy ?? 0;
  p.bounty = input.bounty ?? 0;
  p.status = input.status ?? 0;
  p.weapon = input.weapon ?? 0;
  p.time = serverTicks >>> 0;
  encodeC2SPositionInto(p, out, 0);
  return out;
}

/** Checksums a bot answers a keyed `0x18` with; unknown ones are 0, which servers only log. */
export interface SecurityChecksums {
  readonly settings: number;
  readonly exe: number;
  readonly map: number;
  /** Weapon packets (`0x05`) received. */
  readonly weaponCount: number;
}

/** C2S `0x1A`, 40 bytes (the VIE form; no Continuum tail). */
export function securityResponsePacket(c: SecurityChecksums): Uint8Array {
  const packet: C2SSecurityResponse = {
    type: C2SType.SecurityResponse,
    weaponCount: c.weaponCount >>> 0,
    settingsChecksum: c.settings >>> 0,
    exeChecksum: c.exe >>> 0,
    mapChecksum: c.map >>> 0,
    s2cSlowTotal: 0,
    s2cFastTotal: 0,
    s2cSlowCurrent: 0,
    s2cFastCurrent: 0,
    unknown29: 0,
    lastPing: 0,
    averagePing: 0,
    lowestPing: 0,
    highestPing: 0,
    slowFrame: 0,
    continuum: undefined,
  };
  return encodeC2S(packet);
}
