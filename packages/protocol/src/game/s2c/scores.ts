/** Kills and scores: `0x06`, `0x09`, `0x1A`, `0x23`, `0x24` (gameplay.md §4). */

import type { PacketOf } from "../codec.js";
import { array, i16, i32, list, struct, u8, u16, u32 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { S2CType } from "../packet-types.js";

/** `0x06`, 10 bytes, to the whole arena. */
export const s2cKill = layout(S2CType.Kill, "S2CKill", [
  /** Prize the clients spawn where the victim died; 0 = none. */
  ["green", u8],
  ["killerId", i16],
  ["killedId", i16],
  /** Points awarded to the killer. */
  ["points", i16],
  /** Flags the victim carried, now the killer's. */
  ["flags", i16],
]);
export type S2CKill = PacketOf<typeof s2cKill>;

/** `0x09`, 15 bytes. */
export const s2cScoreUpdate = layout(S2CType.ScoreUpdate, "S2CScoreUpdate", [
  ["playerId", i16],
  ["killPoints", i32],
  ["flagPoints", i32],
  ["kills", i16],
  ["deaths", i16],
]);
export type S2CScoreUpdate = PacketOf<typeof s2cScoreUpdate>;

/** `0x1A`, 3 bytes: reset one player's scores, or everyone's with −1. */
export const s2cScoreReset = layout(S2CType.ScoreReset, "S2CScoreReset", [["playerId", i16]]);
export type S2CScoreReset = PacketOf<typeof s2cScoreReset>;

/** Freqs in one periodic reward (freqs are 0..9999; a packet naming more is malformed). */
export const MAX_REWARD_FREQS = 10_000;

/** `0x23`: points per freq. */
export const s2cPeriodicReward = layout(S2CType.PeriodicReward, "S2CPeriodicReward", [
  [
    "rewards",
    list(
      struct([
        ["freq", i16],
        ["points", i16],
      ]),
      { max: MAX_REWARD_FREQS },
    ),
  ],
]);
export type S2CPeriodicReward = PacketOf<typeof s2cPeriodicReward>;

/** `0x24`, 38 bytes: speed-game result. */
export const s2cSpeedGameStats = layout(S2CType.SpeedGameStats, "S2CSpeedGameStats", [
  /** 1 = a personal best. */
  ["personalBest", u8],
  ["rank", u16],
  ["score", u32],
  /** Places 1..5. */
  ["topScores", array(u32, 5)],
  /** Places 1..5, −1 where nobody. */
  ["topPlayerIds", array(i16, 5)],
]);
export type S2CSpeedGameStats = PacketOf<typeof s2cSpeedGameStats>;
