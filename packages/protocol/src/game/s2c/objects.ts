/** Flags, balls, bricks and crowns (gameplay.md §9–§12). */

import type { PacketOf } from "../codec.js";
import { i16, i32, list, struct, u8, u16, u32 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { S2CType } from "../packet-types.js";

/** `0x12`, 9 bytes. */
export const s2cFlagLocation = layout(S2CType.FlagLocation, "S2CFlagLocation", [
  ["flagId", u16],
  /** Tiles. */
  ["x", u16],
  ["y", u16],
  /** 0xFFFF = neutral. */
  ["ownerFreq", u16],
]);
export type S2CFlagLocation = PacketOf<typeof s2cFlagLocation>;

/** `0x13`, 5 bytes. */
export const s2cFlagPickup = layout(S2CType.FlagPickup, "S2CFlagPickup", [
  ["flagId", i16],
  ["playerId", i16],
]);
export type S2CFlagPickup = PacketOf<typeof s2cFlagPickup>;

/** `0x14`, 7 bytes: a freq won the flag game (or the game reset). */
export const s2cFlagVictory = layout(S2CType.FlagVictory, "S2CFlagVictory", [
  ["freq", i16],
  ["points", i32],
]);
export type S2CFlagVictory = PacketOf<typeof s2cFlagVictory>;

/** `0x16`, 3 bytes: this carrier dropped his flags. */
export const s2cFlagDrop = layout(S2CType.FlagDrop, "S2CFlagDrop", [["playerId", i16]]);
export type S2CFlagDrop = PacketOf<typeof s2cFlagDrop>;

/** Turf flags of one map: far more than any map holds would be a malformed packet. */
export const MAX_TURF_FLAGS = 4096;

/** `0x22`: owner freq of every turf flag, in flag id order. */
export const s2cTurfOwners = layout(S2CType.TurfOwners, "S2CTurfOwners", [
  ["owners", list(i16, { max: MAX_TURF_FLAGS })],
]);
export type S2CTurfOwners = PacketOf<typeof s2cTurfOwners>;

/** `0x2E`, 16 bytes: ball position; carrier −1 and time 0 while carried. */
export const s2cBallPosition = layout(S2CType.BallPosition, "S2CBallPosition", [
  ["ballId", u8],
  /** Pixels. */
  ["x", i16],
  ["y", i16],
  ["xSpeed", i16],
  ["ySpeed", i16],
  ["playerId", i16],
  ["time", u32],
]);
export type S2CBallPosition = PacketOf<typeof s2cBallPosition>;

/** `0x0B`, 7 bytes. */
export const s2cSoccerGoal = layout(S2CType.SoccerGoal, "S2CSoccerGoal", [
  ["freq", i16],
  ["points", i32],
]);
export type S2CSoccerGoal = PacketOf<typeof s2cSoccerGoal>;

/** Bricks in one `0x21`: far more than one packet of them would be malformed. */
export const MAX_BRICKS = 256;

/** `0x21`: 16-byte brick records; a bare type byte (no bricks) is part of arena entry. */
export const s2cBricks = layout(S2CType.Bricks, "S2CBricks", [
  [
    "bricks",
    list(
      struct([
        /** Tiles of a horizontal or vertical wall. */
        ["x1", i16],
        ["y1", i16],
        ["x2", i16],
        ["y2", i16],
        /** The freq that may pass. */
        ["freq", i16],
        ["brickId", u16],
        /** Server ticks; strictly increasing per arena in ASSS. */
        ["startTime", u32],
      ]),
      { max: MAX_BRICKS },
    ),
  ],
]);
export type S2CBricks = PacketOf<typeof s2cBricks>;

/** `0x2B`, 5 bytes: set the player's crown timer (ticks). */
export const s2cSetCrownTimer = layout(S2CType.SetCrownTimer, "S2CSetCrownTimer", [["timer", u32]]);
export type S2CSetCrownTimer = PacketOf<typeof s2cSetCrownTimer>;

/** `0x2C`, 8 bytes: give (1) or remove (0) a crown; pid −1 = everyone in the arena. */
export const s2cCrown = layout(S2CType.Crown, "S2CCrown", [
  ["action", u8],
  ["timer", u32],
  ["playerId", i16],
]);
export type S2CCrown = PacketOf<typeof s2cCrown>;

/** `0x2D`, 5 bytes: ticks to add to the crown timer (SS .NET). */
export const s2cAddCrownTimer = layout(S2CType.AddCrownTimer, "S2CAddCrownTimer", [["ticks", u32]]);
export type S2CAddCrownTimer = PacketOf<typeof s2cAddCrownTimer>;
