/** Security response `0x1A` and violation report `0x1B` (login-and-arena.md §9). */

import type { PacketOf } from "../codec.js";
import { i16, opt, struct, text, u8, u16, u32 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { C2SType } from "../packet-types.js";

/** 40 bytes (VIE) or 46 (Continuum). */
export const c2sSecurityResponse = layout(C2SType.SecurityResponse, "C2SSecurityResponse", [
  ["weaponCount", u32],
  ["settingsChecksum", u32],
  ["exeChecksum", u32],
  ["mapChecksum", u32],
  ["s2cSlowTotal", u32],
  ["s2cFastTotal", u32],
  ["s2cSlowCurrent", u16],
  ["s2cFastCurrent", u16],
  /** SS .NET: S2C "average current"; zero: reliable packets out. */
  ["unknown29", u16],
  ["lastPing", u16],
  ["averagePing", u16],
  ["lowestPing", u16],
  ["highestPing", u16],
  ["slowFrame", u8],
  /** Continuum only. */
  [
    "continuum",
    opt(
      struct([
        ["timerDrift", i16],
        /** CRC-32 over the map's tiles. */
        ["mapTilesCrc", u32],
      ]),
    ),
  ],
]);
export type C2SSecurityResponse = PacketOf<typeof c2sSecurityResponse>;

/** `0x1B`: a violation code (0x01..0x1C, 0x3C..0x3E per SS .NET) and optional text. */
export const c2sSecurityViolation = layout(
  C2SType.SecurityViolation,
  "C2SSecurityViolation",
  [
    ["code", u8],
    ["text", opt(text(510))],
  ],
  { maxLength: 512 },
);
export type C2SSecurityViolation = PacketOf<typeof c2sSecurityViolation>;
