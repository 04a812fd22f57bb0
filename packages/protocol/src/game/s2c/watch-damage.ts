/** Watch damage: `0x37` on/off and `0x38` damage report (gameplay.md §8). */

import type { PacketOf } from "../codec.js";
import { damageRecord, MAX_DAMAGE_RECORDS } from "../damage-record.js";
import { i16, list, u8, u32 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { S2CType } from "../packet-types.js";

/** `0x37`, 2 bytes: 1 = start reporting damage, 0 = stop (Continuum). */
export const s2cWatchDamage = layout(S2CType.WatchDamage, "S2CWatchDamage", [["enabled", u8]]);
export type S2CWatchDamage = PacketOf<typeof s2cWatchDamage>;

/** `0x38`, 7 + 9n bytes: a victim's damage, to the players watching him. */
export const s2cDamageReport = layout(S2CType.DamageReport, "S2CDamageReport", [
  ["playerId", i16],
  ["time", u32],
  ["damages", list(damageRecord, { max: MAX_DAMAGE_RECORDS })],
]);
export type S2CDamageReport = PacketOf<typeof s2cDamageReport>;
