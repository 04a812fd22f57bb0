/** Every client-to-server game packet, and the dispatchers over them. */
import type { DecodeResult } from "../codec.js";
import type { C2SType } from "../packet-types.js";
import { type CodecsByName, CodecTable } from "../registry.js";
import { type C2SArenaLogin, type C2SLeaveArena, c2sArenaLogin, c2sLeaveArena } from "./arena.js";
import { type C2SChat, c2sChat } from "./chat.js";
import { type C2SDeath, c2sDeath } from "./death.js";
import {
  type C2SFileRequest,
  type C2SFileUpload,
  type C2SNewsRequest,
  type C2SUpdateRequest,
  c2sFileRequest,
  c2sFileUpload,
  c2sNewsRequest,
  c2sUpdateRequest,
} from "./files.js";
import { type C2STakeGreen, c2sTakeGreen } from "./green.js";
import { type C2SContinuumLogin, type C2SLogin, c2sContinuumLogin, c2sLogin } from "./login.js";
import {
  type C2SRebroadcast,
  type C2SSetBanner,
  type C2SSettingChange,
  type C2SVoice,
  c2sRebroadcast,
  c2sSetBanner,
  c2sSettingChange,
  c2sVoice,
} from "./misc.js";
import {
  type C2SCrownExpired,
  type C2SDropBrick,
  type C2SDropFlags,
  type C2SGoal,
  type C2SPickUpBall,
  type C2SShootBall,
  type C2STouchFlag,
  c2sCrownExpired,
  c2sDropBrick,
  c2sDropFlags,
  c2sGoal,
  c2sPickUpBall,
  c2sShootBall,
  c2sTouchFlag,
} from "./objects.js";
import { type C2SPosition, c2sPosition } from "./position.js";
import { type C2SRegistration, c2sRegistration } from "./registration.js";
import {
  type C2SSecurityResponse,
  type C2SSecurityViolation,
  c2sSecurityResponse,
  c2sSecurityViolation,
} from "./security.js";
import {
  type C2SAttachRequest,
  type C2SFreqChange,
  type C2SShipChange,
  type C2SSpectateRequest,
  type C2STurretKickOff,
  c2sAttachRequest,
  c2sFreqChange,
  c2sShipChange,
  c2sSpectateRequest,
  c2sTurretKickOff,
} from "./ship.js";
import { type C2SWatchDamage, c2sWatchDamage } from "./watch-damage.js";

/** Any client-to-server game packet; `type` discriminates. */
export type C2SPacket =
  | C2SArenaLogin
  | C2SLeaveArena
  | C2SPosition
  | C2SDeath
  | C2SChat
  | C2STakeGreen
  | C2SSpectateRequest
  | C2SLogin
  | C2SRebroadcast
  | C2SUpdateRequest
  | C2SFileRequest
  | C2SNewsRequest
  | C2SVoice
  | C2SFreqChange
  | C2SAttachRequest
  | C2STouchFlag
  | C2STurretKickOff
  | C2SDropFlags
  | C2SFileUpload
  | C2SRegistration
  | C2SShipChange
  | C2SSetBanner
  | C2SSecurityResponse
  | C2SSecurityViolation
  | C2SDropBrick
  | C2SSettingChange
  | C2SCrownExpired
  | C2SShootBall
  | C2SPickUpBall
  | C2SGoal
  | C2SContinuumLogin
  | C2SWatchDamage;

/** The codec of every C2S type, by the names of C2SType. */
export const C2SCodecs: CodecsByName<typeof C2SType, C2SPacket> = {
  ArenaLogin: c2sArenaLogin,
  LeaveArena: c2sLeaveArena,
  Position: c2sPosition,
  Death: c2sDeath,
  Chat: c2sChat,
  TakeGreen: c2sTakeGreen,
  SpectateRequest: c2sSpectateRequest,
  Login: c2sLogin,
  Rebroadcast: c2sRebroadcast,
  UpdateRequest: c2sUpdateRequest,
  FileRequest: c2sFileRequest,
  NewsRequest: c2sNewsRequest,
  Voice: c2sVoice,
  FreqChange: c2sFreqChange,
  AttachRequest: c2sAttachRequest,
  TouchFlag: c2sTouchFlag,
  TurretKickOff: c2sTurretKickOff,
  DropFlags: c2sDropFlags,
  FileUpload: c2sFileUpload,
  Registration: c2sRegistration,
  ShipChange: c2sShipChange,
  SetBanner: c2sSetBanner,
  SecurityResponse: c2sSecurityResponse,
  SecurityViolation: c2sSecurityViolation,
  DropBrick: c2sDropBrick,
  SettingChange: c2sSettingChange,
  CrownExpired: c2sCrownExpired,
  ShootBall: c2sShootBall,
  PickUpBall: c2sPickUpBall,
  Goal: c2sGoal,
  ContinuumLogin: c2sContinuumLogin,
  WatchDamage: c2sWatchDamage,
};

const table = new CodecTable<C2SPacket>("C2S", Object.values(C2SCodecs));

/** Decodes a packet from a client. Never throws; unknown types are UNKNOWN_TYPE. */
export function decodeC2S(buf: Uint8Array): DecodeResult<C2SPacket> {
  return table.decode(buf);
}

/** Encodes a client packet into a new buffer (bots, tests). */
export function encodeC2S(packet: C2SPacket): Uint8Array {
  return table.encode(packet);
}

/** Writes a client packet at `offset`; returns the bytes written. */
export function encodeC2SInto(packet: C2SPacket, out: Uint8Array, offset: number): number {
  return table.encodeInto(packet, out, offset);
}

/** Bytes `encodeC2S` would produce. */
export function c2sEncodedLength(packet: C2SPacket): number {
  return table.encodedLength(packet);
}

export type {
  C2SArenaLogin,
  C2SAttachRequest,
  C2SChat,
  C2SContinuumLogin,
  C2SCrownExpired,
  C2SDeath,
  C2SDropBrick,
  C2SDropFlags,
  C2SFileRequest,
  C2SFileUpload,
  C2SFreqChange,
  C2SGoal,
  C2SLeaveArena,
  C2SLogin,
  C2SNewsRequest,
  C2SPickUpBall,
  C2SPosition,
  C2SRebroadcast,
  C2SRegistration,
  C2SSecurityResponse,
  C2SSecurityViolation,
  C2SSetBanner,
  C2SSettingChange,
  C2SShipChange,
  C2SShootBall,
  C2SSpectateRequest,
  C2STakeGreen,
  C2STouchFlag,
  C2STurretKickOff,
  C2SUpdateRequest,
  C2SVoice,
  C2SWatchDamage,
};
