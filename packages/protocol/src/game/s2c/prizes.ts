/** Greens and prizes: `0x08`, `0x20` (gameplay.md §5). */

import type { PacketOf } from "../codec.js";
import { i16, u32 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { S2CType } from "../packet-types.js";

/** `0x08`, 13 bytes: another player took a green (C2S `0x07` plus his pid). */
export const s2cGreen = layout(S2CType.Green, "S2CGreen", [
  ["time", u32],
  /** Tiles. */
  ["x", i16],
  ["y", i16],
  ["prize", i16],
  ["playerId", i16],
]);
export type S2CGreen = PacketOf<typeof s2cGreen>;

/** `0x20`, 5 bytes: the server grants `count` of a prize (e.g. `?prize`). */
export const s2cPrizeGranted = layout(S2CType.PrizeGranted, "S2CPrizeGranted", [
  ["count", i16],
  ["prize", i16],
]);
export type S2CPrizeGranted = PacketOf<typeof s2cPrizeGranted>;
