/**
 * C2S `0x03` position / weapon fire (gameplay.md §2.1): 22 bytes, or 32 with extra data. Bytes
 * 0..21 XOR to 0 (byte 10 is the checksum). Hand-written for the hot path:
 * `decodeC2SPositionInto` fills a caller's object and allocates nothing.
 */
import type { DecodeResult, PacketCodec } from "../codec.js";
import { checkRoom, failure } from "../dsl/layout.js";
import { GameErrorCode as Code, type GameErrorCode } from "../errors.js";
import {
  createExtraPositionData,
  EXTRA_POSITION_LENGTH,
  type ExtraPositionData,
  readExtra,
  writeExtra,
} from "../extra-position.js";
import { getI8, getI16, getU16, getU32, putU16, putU32, xorBytes } from "../le.js";
import { C2SType } from "../packet-types.js";

export const C2S_POSITION_LENGTH = 22;
const CHECKSUM_OFFSET = 10;

export interface C2SPosition {
  type: typeof C2SType.Position;
  /** i8, 0..39 (0 = north, 10 = east). */
  rotation: number;
  /** u32: the client's estimate of server ticks. */
  time: number;
  /** i16, pixels per 10 s. */
  xSpeed: number;
  /** i16 pixels; −1 with x = −1 while dead. */
  y: number;
  /** u8 PositionStatus bits. */
  status: number;
  x: number;
  ySpeed: number;
  /** u16 */
  bounty: number;
  /** i16 */
  energy: number;
  /** u16 weapon word; 0 = no weapon. */
  weapon: number;
  /** 0 for the 22-byte packet, 10 when the extra data follows. */
  extraLength: 0 | 10;
  /** Filled when extraLength is 10, zeros otherwise. */
  extra: ExtraPositionData;
}

/** A zeroed position to decode into. */
export function createC2SPosition(): C2SPosition {
  return {
    type: C2SType.Position,
    rotation: 0,
    time: 0,
    xSpeed: 0,
    y: 0,
    status: 0,
    x: 0,
    ySpeed: 0,
    bounty: 0,
    energy: 0,
    weapon: 0,
    extraLength: 0,
    extra: createExtraPositionData(),
  };
}

const FULL_LENGTH = C2S_POSITION_LENGTH + EXTRA_POSITION_LENGTH;

function lengthError(length: number): GameErrorCode {
  return length < C2S_POSITION_LENGTH ? Code.Truncated : Code.BadLength;
}

/**
 * Decodes into `out` (its `extra` object is reused) and returns undefined, or returns why the
 * packet was rejected, leaving `out` unspecified. Allocates nothing.
 */
export function decodeC2SPositionInto(buf: Uint8Array, out: C2SPosition): GameErrorCode | undefined {
  const length = buf.length;
  if (length !== C2S_POSITION_LENGTH && length !== FULL_LENGTH) return lengthError(length);
  if (buf[0] !== C2SType.Position) return Code.BadValue;
  if (xorBytes(buf, 0, C2S_POSITION_LENGTH) !== 0) return Code.BadChecksum;
  out.rotation = getI8(buf, 1);
  out.time = getU32(buf, 2);
  out.xSpeed = getI16(buf, 6);
  out.y = getI16(buf, 8);
  out.status = buf[11]!;
  out.x = getI16(buf, 12);
  out.ySpeed = getI16(buf, 14);
  out.bounty = getU16(buf, 16);
  out.energy = getI16(buf, 18);
  out.weapon = getU16(buf, 20);
  out.extraLength = length === FULL_LENGTH ? 10 : 0;
  readExtra(buf, C2S_POSITION_LENGTH, out.extraLength, out.extra);
  return undefined;
}

/** Writes the packet with its checksum at `offset`; returns the bytes written (22 or 32). */
export function encodeC2SPositionInto(p: C2SPosition, out: Uint8Array, offset: number): number {
  const length = C2S_POSITION_LENGTH + p.extraLength;
  checkRoom("C2SPosition", out, offset, length);
  const o = offset;
  out[o] = C2SType.Position;
  out[o + 1] = p.rotation;
  putU32(out, o + 2, p.time);
  putU16(out, o + 6, p.xSpeed);
  putU16(out, o + 8, p.y);
  out[o + CHECKSUM_OFFSET] = 0;
  out[o + 11] = p.status;
  putU16(out, o + 12, p.x);
  putU16(out, o + 14, p.ySpeed);
  putU16(out, o + 16, p.bounty);
  putU16(out, o + 18, p.energy);
  putU16(out, o + 20, p.weapon);
  out[o + CHECKSUM_OFFSET] = xorBytes(out, o, o + C2S_POSITION_LENGTH);
  writeExtra(out, o + C2S_POSITION_LENGTH, p.extraLength, p.extra, p.extra.energy);
  return length;
}

export const c2sPosition: PacketCodec<C2SPosition> = {
  type: C2SType.Position,
  name: "C2SPosition",
  decode(buf): DecodeResult<C2SPosition> {
    const p = createC2SPosition();
    const code = decodeC2SPositionInto(buf, p);
    if (code === undefined) return { ok: true, packet: p };
    const detail =
      code === Code.BadChecksum
        ? "bytes 0..21 do not XOR to 0"
        : code === Code.BadValue
          ? "wrong type byte"
          : `length ${buf.length} is neither 22 nor 32`;
    return failure(code, buf.length === 0 ? undefined : buf[0], detail);
  },
  encodedLength: (p) => C2S_POSITION_LENGTH + p.extraLength,
  encodeInto: encodeC2SPositionInto,
  encode(p) {
    const out = new Uint8Array(C2S_POSITION_LENGTH + p.extraLength);
    encodeC2SPositionInto(p, out, 0);
    return out;
  },
};
