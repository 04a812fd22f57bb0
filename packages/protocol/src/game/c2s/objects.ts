/** Flags, balls, bricks and crowns from the client (gameplay.md §9–§12). */

import type { PacketOf } from "../codec.js";
import { i16, u8, u32 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { C2SType } from "../packet-types.js";

/** `0x13`, 3 bytes. */
export const c2sTouchFlag = layout(C2SType.TouchFlag, "C2STouchFlag", [["flagId", i16]]);
export type C2STouchFlag = PacketOf<typeof c2sTouchFlag>;

/** `0x15`, 1 byte: the client's flag carry timer ran out. */
export const c2sDropFlags = layout(C2SType.DropFlags, "C2SDropFlags", []);
export type C2SDropFlags = PacketOf<typeof c2sDropFlags>;

/** `0x1F`, 16 bytes. */
export const c2sShootBall = layout(C2SType.ShootBall, "C2SShootBall", [
  ["ballId", u8],
  /** Pixels. */
  ["x", i16],
  ["y", i16],
  ["xSpeed", i16],
  ["ySpeed", i16],
  ["playerId", i16],
  ["time", u32],
]);
export type C2SShootBall = PacketOf<typeof c2sShootBall>;

/** `0x20`, 6 bytes. */
export const c2sPickUpBall = layout(C2SType.PickUpBall, "C2SPickUpBall", [
  ["ballId", u8],
  /** The time of the ball packet the client acted on. */
  ["time", u32],
]);
export type C2SPickUpBall = PacketOf<typeof c2sPickUpBall>;

/** `0x21`, 6 bytes. */
export const c2sGoal = layout(C2SType.Goal, "C2SGoal", [
  ["ballId", u8],
  /** The goal tile. */
  ["x", i16],
  ["y", i16],
]);
export type C2SGoal = PacketOf<typeof c2sGoal>;

/** `0x1C`, 5 bytes: the tile where the player drops a brick. */
export const c2sDropBrick = layout(C2SType.DropBrick, "C2SDropBrick", [
  ["x", i16],
  ["y", i16],
]);
export type C2SDropBrick = PacketOf<typeof c2sDropBrick>;

/** `0x1E`, 1 byte: the player's crown timer expired. */
export const c2sCrownExpired = layout(C2SType.CrownExpired, "C2SCrownExpired", []);
export type C2SCrownExpired = PacketOf<typeof c2sCrownExpired>;
