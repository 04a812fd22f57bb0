/** Extra position data (gameplay.md §2.3), shared by C2S `0x03` and S2C `0x28`/`0x05`. */
import { getU16, getU32, putU16, putU32 } from "./le.js";

/** The 10-byte extra data a client adds while someone who may see it spectates it. */
export interface ExtraPositionData {
  /** u16 */
  energy: number;
  /** u16: S2C lag as the client sees it. */
  s2cLag: number;
  /** u16: meaning not documented in the sources. */
  timer: number;
  /** u32 item bits; see unpackItems. */
  items: number;
}

/** How many extra bytes a position carries: none, energy only (S2C), or the full 10. */
export const ExtraLength = { None: 0, Energy: 2, Full: 10 } as const;
export type ExtraLength = (typeof ExtraLength)[keyof typeof ExtraLength];

export const EXTRA_POSITION_LENGTH = 10;

export function createExtraPositionData(): ExtraPositionData {
  return { energy: 0, s2cLag: 0, timer: 0, items: 0 };
}

/** Reads `length` (0, 2 or 10) extra bytes at `o` into `out`; parts not on the wire become 0. */
export function readExtra(b: Uint8Array, o: number, length: ExtraLength, out: ExtraPositionData): void {
  out.energy = length === 0 ? 0 : getU16(b, o);
  if (length === 10) {
    out.s2cLag = getU16(b, o + 2);
    out.timer = getU16(b, o + 4);
    out.items = getU32(b, o + 6);
  } else {
    out.s2cLag = 0;
    out.timer = 0;
    out.items = 0;
  }
}

/** Writes `length` (0, 2 or 10) extra bytes at `o`, taking energy from `energy`. */
export function writeExtra(
  b: Uint8Array,
  o: number,
  length: ExtraLength,
  extra: ExtraPositionData,
  energy: number,
): void {
  if (length === 0) return;
  putU16(b, o, energy);
  if (length === 10) {
    putU16(b, o + 2, extra.s2cLag);
    putU16(b, o + 4, extra.timer);
    putU32(b, o + 6, extra.items);
  }
}
