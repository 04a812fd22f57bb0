/** Security seeds / checksum request `0x18`, 17 bytes (login-and-arena.md §9). */

import type { PacketOf } from "../codec.js";
import { u32 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { S2CType } from "../packet-types.js";

export const s2cSecuritySeeds = layout(S2CType.SecuritySeeds, "S2CSecuritySeeds", [
  /** Seeds green positions on every client alike. */
  ["greenSeed", u32],
  /** Seeds the door cycle. */
  ["doorSeed", u32],
  /** Server ticks when the seeds were made. */
  ["timestamp", u32],
  /** 0 = only synchronise seeds, do not answer; otherwise answer with C2S `0x1A`. */
  ["key", u32],
]);
export type S2CSecuritySeeds = PacketOf<typeof s2cSecuritySeeds>;
