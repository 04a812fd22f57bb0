/** Green (prize) pickup `0x07` (gameplay.md §5). */

import type { PacketOf } from "../codec.js";
import { i16, u32 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { C2SType } from "../packet-types.js";

/** 11 bytes. */
export const c2sTakeGreen = layout(C2SType.TakeGreen, "C2STakeGreen", [
  /** Server ticks as the client estimates them. */
  ["time", u32],
  /** Tile coordinates. */
  ["x", i16],
  ["y", i16],
  /** Prize number. */
  ["prize", i16],
]);
export type C2STakeGreen = PacketOf<typeof c2sTakeGreen>;
