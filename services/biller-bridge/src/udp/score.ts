/** The 14-byte score record (biller.md §3.3), carried by S2B 0x05/0x11 and B2S 0x01. */
import type { BillerScore } from "../biller-link.js";
import { viewOf } from "./fields.js";

export const SCORE_LENGTH = 14;

/** Writes `score` at `offset`; out-of-range values wrap to the field's width as the C structs do. */
export function writeScore(target: Uint8Array, offset: number, score: BillerScore): void {
  const v = viewOf(target);
  v.setUint16(offset, score.kills & 0xffff, true);
  v.setUint16(offset + 2, score.deaths & 0xffff, true);
  v.setUint16(offset + 4, score.flags & 0xffff, true);
  v.setUint32(offset + 6, score.killPoints >>> 0, true);
  v.setUint32(offset + 10, score.flagPoints >>> 0, true);
}

/** The record at `offset`; the caller checked that 14 bytes are there. */
export function readScore(bytes: Uint8Array, offset: number): BillerScore {
  const v = viewOf(bytes);
  return {
    kills: v.getUint16(offset, true),
    deaths: v.getUint16(offset + 2, true),
    flags: v.getUint16(offset + 4, true),
    killPoints: v.getUint32(offset + 6, true),
    flagPoints: v.getUint32(offset + 10, true),
  };
}
