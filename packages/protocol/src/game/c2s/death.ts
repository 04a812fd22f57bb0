/** Death `0x05` (gameplay.md §4). */

import type { PacketOf } from "../codec.js";
import { i16 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { C2SType } from "../packet-types.js";

/** 5 bytes. */
export const c2sDeath = layout(C2SType.Death, "C2SDeath", [
  ["killerId", i16],
  /** The dead player's own bounty. */
  ["bounty", i16],
]);
export type C2SDeath = PacketOf<typeof c2sDeath>;
