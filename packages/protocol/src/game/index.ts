/**
 * Game packets (the payloads the UDP core hands over after de-framing; first byte = type):
 * typed encode/decode of every C2S and S2C type in the fact sheet, never-throwing dispatchers
 * for untrusted input, and allocation-free position codecs for the hot path.
 */

export { C2S_CHAT_MAX_LENGTH } from "./c2s/chat.js";
export * from "./c2s/index.js";
export { BANNER_LENGTH } from "./c2s/misc.js";
export {
  C2S_POSITION_LENGTH,
  type C2SPosition,
  createC2SPosition,
  decodeC2SPositionInto,
  encodeC2SPositionInto,
} from "./c2s/position.js";
export type { DecodeResult, LayoutCodec, PacketCodec, PacketOf } from "./codec.js";
export { MAX_DAMAGE_RECORDS } from "./damage-record.js";
export type { FieldSpec } from "./dsl/spec.js";
export {
  ArenaType,
  ChatSound,
  ChatType,
  ClientFeature,
  CrownAction,
  DEFAULT_SPECTATOR_FREQ,
  LoginResponseCode,
  LvzChange,
  LvzMode,
  PositionStatus,
  Prize,
  Ship,
} from "./enums.js";
export { GameEncodeError, GameError, GameErrorCode, GamePacketError } from "./errors.js";
export {
  createExtraPositionData,
  EXTRA_POSITION_LENGTH,
  ExtraLength,
  type ExtraPositionData,
} from "./extra-position.js";
export { C2SType, S2CType } from "./packet-types.js";
export {
  MAX_ARENA_LIST_ENTRIES,
  MAX_ARENA_NAME_BYTES,
  MAX_PLAYER_RECORDS,
  PLAYER_RECORD_LENGTH,
  type PlayerRecord,
} from "./s2c/arena.js";
export { type BatchedLargePosition, type BatchedPosition, MAX_BATCHED_POSITIONS } from "./s2c/batched-positions.js";
export { S2C_CHAT_MAX_LENGTH, S2C_CHAT_SAFE_LENGTH } from "./s2c/chat.js";
export { MAX_MAP_FILES, SETTINGS_LENGTH } from "./s2c/files.js";
export * from "./s2c/index.js";
export { MAX_LVZ_OBJECTS, packScreenCoord, type ScreenCoord, unpackScreenCoord } from "./s2c/lvz.js";
export { MAX_SELECT_BOX_ITEMS, SELECT_BOX_MAX_LENGTH } from "./s2c/misc.js";
export { MAX_BRICKS, MAX_TURF_FLAGS } from "./s2c/objects.js";
export {
  encodeRelayedPositionInto,
  encodeS2CPositionInto,
  encodeS2CWeaponInto,
  needsWeaponPacket,
  S2C_POSITION_LENGTH,
  S2C_WEAPON_LENGTH,
} from "./s2c/position.js";
export { MAX_REWARD_FREQS } from "./s2c/scores.js";
export { decodeGameText, encodeGameText, gameTextLength } from "./text.js";
export {
  DamageWeaponType,
  type Items,
  isMine,
  packItems,
  packWeapon,
  unpackItems,
  unpackWeapon,
  type Weapon,
  WeaponType,
} from "./weapon.js";
