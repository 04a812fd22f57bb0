/**
 * S2C `0x28` small position and `0x05` large position / weapon (gameplay.md §2.2), each
 * followed by 0, 2 (energy) or 10 extra bytes. `0x05` bytes 0..20 XOR to 0 (byte 12 is the
 * checksum). Hand-written for the hot path: the `…Into` encoders allocate nothing.
 */
import type { C2SPosition } from "../c2s/position.js";
import type { DecodeResult, PacketCodec } from "../codec.js";
import { checkRoom, failure } from "../dsl/layout.js";
import { GameErrorCode as Code } from "../errors.js";
import {
  createExtraPositionData,
  type ExtraLength,
  type ExtraPositionData,
  readExtra,
  writeExtra,
} from "../extra-position.js";
import { getI8, getI16, getU16, putU16, xorBytes } from "../le.js";
import { S2CType } from "../packet-types.js";

export const S2C_POSITION_LENGTH = 16;
export const S2C_WEAPON_LENGTH = 21;
const WEAPON_CHECKSUM_OFFSET = 12;

/** `0x28`: a position without a weapon, bounty ≤ 255, player id ≤ 255. */
export interface S2CPosition {
  type: typeof S2CType.Position;
  /** i8 */
  rotation: number;
  /** u16: server ticks at relay, low 16 bits. */
  time: number;
  /** i16 pixels */
  x: number;
  /** u8: C2S latency of the sender's packet in ticks, clamped 0..255. */
  latency: number;
  /** u8: low 8 bits of the bounty. */
  bounty: number;
  /** u8: low 8 bits of the player id. */
  playerId: number;
  /** u8 PositionStatus bits. */
  status: number;
  ySpeed: number;
  y: number;
  xSpeed: number;
  extraLength: ExtraLength;
  /** Energy only when extraLength is 2, everything when 10, zeros when 0. */
  extra: ExtraPositionData;
}

/** `0x05`: a position with a weapon, or a large bounty or player id. */
export interface S2CWeapon {
  type: typeof S2CType.Weapon;
  rotation: number;
  /** u16 */
  time: number;
  x: number;
  ySpeed: number;
  /** u16 */
  playerId: number;
  xSpeed: number;
  status: number;
  /** u8 */
  latency: number;
  y: number;
  /** u16 */
  bounty: number;
  /** u16 weapon word. */
  weapon: number;
  extraLength: ExtraLength;
  extra: ExtraPositionData;
}

/** ASSS's rule for relaying a position as `0x05` rather than `0x28`. */
export function needsWeaponPacket(weapon: number, bounty: number, playerId: number): boolean {
  return weapon !== 0 || bounty > 255 || playerId > 255;
}

function extraLengthOf(total: number, base: number): ExtraLength | undefined {
  const extra = total - base;
  return extra === 0 || extra === 2 || extra === 10 ? extra : undefined;
}

function badLength(type: number, length: number, base: number): DecodeResult<never> {
  const code = length < base ? Code.Truncated : Code.BadLength;
  return failure(code, length === 0 ? undefined : type, `length ${length} is not ${base} + 0, 2 or 10`);
}

// ---- 0x28 ----

export function encodeS2CPositionInto(p: S2CPosition, out: Uint8Array, offset: number): number {
  const length = S2C_POSITION_LENGTH + p.extraLength;
  checkRoom("S2CPosition", out, offset, length);
  const o = offset;
  out[o] = S2CType.Position;
  out[o + 1] = p.rotation;
  putU16(out, o + 2, p.time);
  putU16(out, o + 4, p.x);
  out[o + 6] = p.latency;
  out[o + 7] = p.bounty;
  out[o + 8] = p.playerId;
  out[o + 9] = p.status;
  putU16(out, o + 10, p.ySpeed);
  putU16(out, o + 12, p.y);
  putU16(out, o + 14, p.xSpeed);
  writeExtra(out, o + S2C_POSITION_LENGTH, p.extraLength, p.extra, p.extra.energy);
  return length;
}

function decodeS2CPosition(buf: Uint8Array): DecodeResult<S2CPosition> {
  if (buf[0] !== S2CType.Position) return failure(Code.BadValue, buf[0], "wrong type byte");
  const extraLength = extraLengthOf(buf.length, S2C_POSITION_LENGTH);
  if (extraLength === undefined) return badLength(S2CType.Position, buf.length, S2C_POSITION_LENGTH);
  const extra = createExtraPositionData();
  readExtra(buf, S2C_POSITION_LENGTH, extraLength, extra);
  const packet: S2CPosition = {
    type: S2CType.Position,
    rotation: getI8(buf, 1),
    time: getU16(buf, 2),
    x: getI16(buf, 4),
    latency: buf[6]!,
    bounty: buf[7]!,
    playerId: buf[8]!,
    status: buf[9]!,
    ySpeed: getI16(buf, 10),
    y: getI16(buf, 12),
    xSpeed: getI16(buf, 14),
    extraLength,
    extra,
  };
  return { ok: true, packet };
}

export const s2cPosition: PacketCodec<S2CPosition> = {
  type: S2CType.Position,
  name: "S2CPosition",
  decode: (buf) => (buf.length === 0 ? failure(Code.Truncated, undefined, "no type byte") : decodeS2CPosition(buf)),
  encodedLength: (p) => S2C_POSITION_LENGTH + p.extraLength,
  encodeInto: encodeS2CPositionInto,
  encode(p) {
    const out = new Uint8Array(S2C_POSITION_LENGTH + p.extraLength);
    encodeS2CPositionInto(p, out, 0);
    return out;
  },
};

// ---- 0x05 ----

export function encodeS2CWeaponInto(p: S2CWeapon, out: Uint8Array, offset: number): number {
  const length = S2C_WEAPON_LENGTH + p.extraLength;
  checkRoom("S2CWeapon", out, offset, length);
  const o = offset;
  out[o] = S2CType.Weapon;
  out[o + 1] = p.rotation;
  putU16(out, o + 2, p.time);
  putU16(out, o + 4, p.x);
  putU16(out, o + 6, p.ySpeed);
  putU16(out, o + 8, p.playerId);
  putU16(out, o + 10, p.xSpeed);
  out[o + WEAPON_CHECKSUM_OFFSET] = 0;
  out[o + 13] = p.status;
  out[o + 14] = p.latency;
  putU16(out, o + 15, p.y);
  putU16(out, o + 17, p.bounty);
  putU16(out, o + 19, p.weapon);
  out[o + WEAPON_CHECKSUM_OFFSET] = xorBytes(out, o, o + S2C_WEAPON_LENGTH);
  writeExtra(out, o + S2C_WEAPON_LENGTH, p.extraLength, p.extra, p.extra.energy);
  return length;
}

function decodeS2CWeapon(buf: Uint8Array): DecodeResult<S2CWeapon> {
  if (buf[0] !== S2CType.Weapon) return failure(Code.BadValue, buf[0], "wrong type byte");
  const extraLength = extraLengthOf(buf.length, S2C_WEAPON_LENGTH);
  if (extraLength === undefined) return badLength(S2CType.Weapon, buf.length, S2C_WEAPON_LENGTH);
  if (xorBytes(buf, 0, S2C_WEAPON_LENGTH) !== 0)
    return failure(Code.BadChecksum, S2CType.Weapon, "bytes 0..20 do not XOR to 0");
  const extra = createExtraPositionData();
  readExtra(buf, S2C_WEAPON_LENGTH, extraLength, extra);
  const packet: S2CWeapon = {
    type: S2CType.Weapon,
    rotation: getI8(buf, 1),
    time: getU16(buf, 2),
    x: getI16(buf, 4),
    ySpeed: getI16(buf, 6),
    playerId: getU16(buf, 8),
    xSpeed: getI16(buf, 10),
    status: buf[13]!,
    latency: buf[14]!,
    y: getI16(buf, 15),
    bounty: getU16(buf, 17),
    weapon: getU16(buf, 19),
    extraLength,
    extra,
  };
  return { ok: true, packet };
}

export const s2cWeapon: PacketCodec<S2CWeapon> = {
  type: S2CType.Weapon,
  name: "S2CWeapon",
  decode: (buf) => (buf.length === 0 ? failure(Code.Truncated, undefined, "no type byte") : decodeS2CWeapon(buf)),
  encodedLength: (p) => S2C_WEAPON_LENGTH + p.extraLength,
  encodeInto: encodeS2CWeaponInto,
  encode(p) {
    const out = new Uint8Array(S2C_WEAPON_LENGTH + p.extraLength);
    encodeS2CWeaponInto(p, out, 0);
    return out;
  },
};

// ---- relay ----

/**
 * Writes the packet another player receives for `src` (sent by `playerId`): `0x05` when it
 * carries a weapon or the bounty or player id does not fit a byte, else `0x28`. `time` is the
 * server's tick count at relay (low 16 bits are sent); `latency` the sender's C2S latency in
 * ticks (clamped to 0..255 here); `extraLength` what this receiver may see. The energy in the
 * extra bytes is the sender's main energy field, as ASSS relays it. Allocates nothing; returns
 * the bytes written.
 */
export function encodeRelayedPositionInto(
  src: C2SPosition,
  playerId: number,
  time: number,
  latency: number,
  extraLength: ExtraLength,
  out: Uint8Array,
  offset: number,
): number {
  const lag = Math.max(0, Math.min(latency, 255));
  const o = offset;
  if (needsWeaponPacket(src.weapon, src.bounty, playerId)) {
    const length = S2C_WEAPON_LENGTH + extraLength;
    checkRoom("S2CWeapon", out, offset, length);
    out[o] = S2CType.Weapon;
    out[o + 1] = src.rotation;
    putU16(out, o + 2, time);
    putU16(out, o + 4, src.x);
    putU16(out, o + 6, src.ySpeed);
    putU16(out, o + 8, playerId);
    putU16(out, o + 10, src.xSpeed);
    out[o + WEAPON_CHECKSUM_OFFSET] = 0;
    out[o + 13] = src.status;
    out[o + 14] = lag;
    putU16(out, o + 15, src.y);
    putU16(out, o + 17, src.bounty);
    putU16(out, o + 19, src.weapon);
    out[o + WEAPON_CHECKSUM_OFFSET] = xorBytes(out, o, o + S2C_WEAPON_LENGTH);
    writeExtra(out, o + S2C_WEAPON_LENGTH, extraLength, src.extra, src.energy);
    return length;
  }
  const length = S2C_POSITION_LENGTH + extraLength;
  checkRoom("S2CPosition", out, offset, length);
  out[o] = S2CType.Position;
  out[o + 1] = src.rotation;
  putU16(out, o + 2, time);
  putU16(out, o + 4, src.x);
  out[o + 6] = lag;
  out[o + 7] = src.bounty;
  out[o + 8] = playerId;
  out[o + 9] = src.status;
  putU16(out, o + 10, src.ySpeed);
  putU16(out, o + 12, src.y);
  putU16(out, o + 14, src.xSpeed);
  writeExtra(out, o + S2C_POSITION_LENGTH, extraLength, src.extra, src.energy);
  return length;
}
