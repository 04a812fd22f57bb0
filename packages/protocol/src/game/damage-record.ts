import { i16, struct, u8, u16 } from "./dsl/fields.js";

/** One hit of a watch-damage report (C2S `0x32`, S2C `0x38`; gameplay.md §8), 9 bytes. */
export const damageRecord = struct([
  ["shooterId", i16],
  /** Weapon word; DamageWeaponType adds wormhole (0) and shrapnel (15). */
  ["weapon", u16],
  /** The victim's energy before the hit. */
  ["energy", i16],
  ["damage", i16],
  /** Ticks after the first hit of the report, 0..255. */
  ["delay", u8],
]);

/** Records per report: bounded by the largest packet a client can send in one piece. */
export const MAX_DAMAGE_RECORDS = 56;
