/** Watch-damage report `0x32` (gameplay.md §8): 5 + 9n bytes. */

import type { PacketOf } from "../codec.js";
import { damageRecord, MAX_DAMAGE_RECORDS } from "../damage-record.js";
import { list, u32 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { C2SType } from "../packet-types.js";

export const c2sWatchDamage = layout(C2SType.WatchDamage, "C2SWatchDamage", [
  /** Server ticks of the first hit. */
  ["time", u32],
  ["damages", list(damageRecord, { max: MAX_DAMAGE_RECORDS })],
]);
export type C2SWatchDamage = PacketOf<typeof c2sWatchDamage>;
