/** Every server-to-client game packet, and the dispatchers over them. */
import type { DecodeResult } from "../codec.js";
import type { S2CType } from "../packet-types.js";
import { type CodecsByName, CodecTable } from "../registry.js";
import {
  type S2CArenaList,
  type S2CEnteringComplete,
  type S2CPlayerEntering,
  type S2CPlayerLeaving,
  type S2CWhoAmI,
  s2cArenaList,
  s2cEnteringComplete,
  s2cPlayerEntering,
  s2cPlayerLeaving,
  s2cWhoAmI,
} from "./arena.js";
import {
  type S2CBatchedLargePositions,
  type S2CBatchedSmallPositions,
  s2cBatchedLargePositions,
  s2cBatchedSmallPositions,
} from "./batched-positions.js";
import { type S2CChat, s2cChat } from "./chat.js";
import {
  type S2CIncomingFile,
  type S2CMapData,
  type S2CMapInfo,
  type S2CRequestFile,
  type S2CSettings,
  s2cIncomingFile,
  s2cMapData,
  s2cMapInfo,
  s2cRequestFile,
  s2cSettings,
} from "./files.js";
import {
  type S2CContinuumVersion,
  type S2CLoginOk,
  type S2CLoginResponse,
  type S2CLoginText,
  s2cContinuumVersion,
  s2cLoginOk,
  s2cLoginResponse,
  s2cLoginText,
} from "./login.js";
import { type S2CLvzChange, type S2CLvzToggle, s2cLvzChange, s2cLvzToggle } from "./lvz.js";
import {
  type S2CAdBanner,
  type S2CBannerToggle,
  type S2CKeepAlive,
  type S2CPlayerBanner,
  type S2CSelectBox,
  type S2CVoice,
  s2cAdBanner,
  s2cBannerToggle,
  s2cKeepAlive,
  s2cPlayerBanner,
  s2cSelectBox,
  s2cVoice,
} from "./misc.js";
import {
  type S2CAddCrownTimer,
  type S2CBallPosition,
  type S2CBricks,
  type S2CCrown,
  type S2CFlagDrop,
  type S2CFlagLocation,
  type S2CFlagPickup,
  type S2CFlagVictory,
  type S2CSetCrownTimer,
  type S2CSoccerGoal,
  type S2CTurfOwners,
  s2cAddCrownTimer,
  s2cBallPosition,
  s2cBricks,
  s2cCrown,
  s2cFlagDrop,
  s2cFlagLocation,
  s2cFlagPickup,
  s2cFlagVictory,
  s2cSetCrownTimer,
  s2cSoccerGoal,
  s2cTurfOwners,
} from "./objects.js";
import { type S2CPosition, type S2CWeapon, s2cPosition, s2cWeapon } from "./position.js";
import { type S2CGreen, type S2CPrizeGranted, s2cGreen, s2cPrizeGranted } from "./prizes.js";
import { type S2CRedirect, s2cRedirect } from "./redirect.js";
import {
  type S2CKill,
  type S2CPeriodicReward,
  type S2CScoreReset,
  type S2CScoreUpdate,
  type S2CSpeedGameStats,
  s2cKill,
  s2cPeriodicReward,
  s2cScoreReset,
  s2cScoreUpdate,
  s2cSpeedGameStats,
} from "./scores.js";
import { type S2CSecuritySeeds, s2cSecuritySeeds } from "./security.js";
import {
  type S2CExtraDataRequest,
  type S2CFreqChange,
  type S2CShipFreqChange,
  type S2CShipReset,
  type S2CTurret,
  type S2CTurretKickOff,
  type S2CUfo,
  type S2CWarpTo,
  s2cExtraDataRequest,
  s2cFreqChange,
  s2cShipFreqChange,
  s2cShipReset,
  s2cTurret,
  s2cTurretKickOff,
  s2cUfo,
  s2cWarpTo,
} from "./ship.js";
import { type S2CDamageReport, type S2CWatchDamage, s2cDamageReport, s2cWatchDamage } from "./watch-damage.js";

/** Any server-to-client game packet; `type` discriminates. */
export type S2CPacket =
  | S2CWhoAmI
  | S2CEnteringComplete
  | S2CPlayerEntering
  | S2CPlayerLeaving
  | S2CWeapon
  | S2CKill
  | S2CChat
  | S2CGreen
  | S2CScoreUpdate
  | S2CLoginResponse
  | S2CSoccerGoal
  | S2CVoice
  | S2CFreqChange
  | S2CTurret
  | S2CSettings
  | S2CIncomingFile
  | S2CFlagLocation
  | S2CFlagPickup
  | S2CFlagVictory
  | S2CTurretKickOff
  | S2CFlagDrop
  | S2CSecuritySeeds
  | S2CRequestFile
  | S2CScoreReset
  | S2CShipReset
  | S2CExtraDataRequest
  | S2CShipFreqChange
  | S2CBannerToggle
  | S2CPlayerBanner
  | S2CPrizeGranted
  | S2CBricks
  | S2CTurfOwners
  | S2CPeriodicReward
  | S2CSpeedGameStats
  | S2CUfo
  | S2CKeepAlive
  | S2CPosition
  | S2CMapInfo
  | S2CMapData
  | S2CSetCrownTimer
  | S2CCrown
  | S2CAddCrownTimer
  | S2CBallPosition
  | S2CArenaList
  | S2CAdBanner
  | S2CLoginOk
  | S2CWarpTo
  | S2CLoginText
  | S2CContinuumVersion
  | S2CLvzToggle
  | S2CLvzChange
  | S2CWatchDamage
  | S2CDamageReport
  | S2CBatchedSmallPositions
  | S2CBatchedLargePositions
  | S2CRedirect
  | S2CSelectBox;

/** The codec of every S2C type, by the names of S2CType. */
export const S2CCodecs: CodecsByName<typeof S2CType, S2CPacket> = {
  WhoAmI: s2cWhoAmI,
  EnteringComplete: s2cEnteringComplete,
  PlayerEntering: s2cPlayerEntering,
  PlayerLeaving: s2cPlayerLeaving,
  Weapon: s2cWeapon,
  Kill: s2cKill,
  Chat: s2cChat,
  Green: s2cGreen,
  ScoreUpdate: s2cScoreUpdate,
  LoginResponse: s2cLoginResponse,
  SoccerGoal: s2cSoccerGoal,
  Voice: s2cVoice,
  FreqChange: s2cFreqChange,
  Turret: s2cTurret,
  Settings: s2cSettings,
  IncomingFile: s2cIncomingFile,
  FlagLocation: s2cFlagLocation,
  FlagPickup: s2cFlagPickup,
  FlagVictory: s2cFlagVictory,
  TurretKickOff: s2cTurretKickOff,
  FlagDrop: s2cFlagDrop,
  SecuritySeeds: s2cSecuritySeeds,
  RequestFile: s2cRequestFile,
  ScoreReset: s2cScoreReset,
  ShipReset: s2cShipReset,
  ExtraDataRequest: s2cExtraDataRequest,
  ShipFreqChange: s2cShipFreqChange,
  BannerToggle: s2cBannerToggle,
  PlayerBanner: s2cPlayerBanner,
  PrizeGranted: s2cPrizeGranted,
  Bricks: s2cBricks,
  TurfOwners: s2cTurfOwners,
  PeriodicReward: s2cPeriodicReward,
  SpeedGameStats: s2cSpeedGameStats,
  Ufo: s2cUfo,
  KeepAlive: s2cKeepAlive,
  Position: s2cPosition,
  MapInfo: s2cMapInfo,
  MapData: s2cMapData,
  SetCrownTimer: s2cSetCrownTimer,
  Crown: s2cCrown,
  AddCrownTimer: s2cAddCrownTimer,
  BallPosition: s2cBallPosition,
  ArenaList: s2cArenaList,
  AdBanner: s2cAdBanner,
  LoginOk: s2cLoginOk,
  WarpTo: s2cWarpTo,
  LoginText: s2cLoginText,
  ContinuumVersion: s2cContinuumVersion,
  LvzToggle: s2cLvzToggle,
  LvzChange: s2cLvzChange,
  WatchDamage: s2cWatchDamage,
  DamageReport: s2cDamageReport,
  BatchedSmallPositions: s2cBatchedSmallPositions,
  BatchedLargePositions: s2cBatchedLargePositions,
  Redirect: s2cRedirect,
  SelectBox: s2cSelectBox,
};

const table = new CodecTable<S2CPacket>("S2C", Object.values(S2CCodecs));

/** Decodes a packet from a server (bots, test clients). Never throws. */
export function decodeS2C(buf: Uint8Array): DecodeResult<S2CPacket> {
  return table.decode(buf);
}

/** Encodes a server packet into a new buffer of exactly its length. */
export function encodeS2C(packet: S2CPacket): Uint8Array {
  return table.encode(packet);
}

/** Writes a server packet at `offset`; returns the bytes written. */
export function encodeS2CInto(packet: S2CPacket, out: Uint8Array, offset: number): number {
  return table.encodeInto(packet, out, offset);
}

/** Bytes `encodeS2C` would produce. */
export function s2cEncodedLength(packet: S2CPacket): number {
  return table.encodedLength(packet);
}

export type {
  S2CAdBanner,
  S2CAddCrownTimer,
  S2CArenaList,
  S2CBallPosition,
  S2CBannerToggle,
  S2CBatchedLargePositions,
  S2CBatchedSmallPositions,
  S2CBricks,
  S2CChat,
  S2CContinuumVersion,
  S2CCrown,
  S2CDamageReport,
  S2CEnteringComplete,
  S2CExtraDataRequest,
  S2CFlagDrop,
  S2CFlagLocation,
  S2CFlagPickup,
  S2CFlagVictory,
  S2CFreqChange,
  S2CGreen,
  S2CIncomingFile,
  S2CKeepAlive,
  S2CKill,
  S2CLoginOk,
  S2CLoginResponse,
  S2CLoginText,
  S2CLvzChange,
  S2CLvzToggle,
  S2CMapData,
  S2CMapInfo,
  S2CPeriodicReward,
  S2CPlayerBanner,
  S2CPlayerEntering,
  S2CPlayerLeaving,
  S2CPosition,
  S2CPrizeGranted,
  S2CRedirect,
  S2CRequestFile,
  S2CScoreReset,
  S2CScoreUpdate,
  S2CSecuritySeeds,
  S2CSelectBox,
  S2CSetCrownTimer,
  S2CSettings,
  S2CShipFreqChange,
  S2CShipReset,
  S2CSoccerGoal,
  S2CSpeedGameStats,
  S2CTurfOwners,
  S2CTurret,
  S2CTurretKickOff,
  S2CUfo,
  S2CVoice,
  S2CWarpTo,
  S2CWatchDamage,
  S2CWeapon,
  S2CWhoAmI,
};
