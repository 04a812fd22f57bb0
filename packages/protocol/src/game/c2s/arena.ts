/** Arena login ("?go") and leaving (login-and-arena.md §5, §7). */

import type { PacketOf } from "../codec.js";
import { i8, i16, opt, str, u8 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { C2SType } from "../packet-types.js";

/** `0x01`, 26 bytes (VIE) or 27 (Continuum, or a VIE bot that wants optional LVZ). */
export const c2sArenaLogin = layout(C2SType.ArenaLogin, "C2SArenaLogin", [
  /** 0..7 ships, 8 spectator; more is rejected by servers. */
  ["ship", u8],
  // ASSS reads byte 2 as the obscenity filter and byte 3 as "allow audio"; SS .NET swaps them.
  ["obscenityFilter", i8],
  ["allowAudio", i8],
  /** Screen size in pixels; ASSS uses xRes + yRes as the player's position range. */
  ["xRes", i16],
  ["yRes", i16],
  /** ArenaType (−1 any public, −3 named) or a public arena number 0..0x7FFF. */
  ["arenaType", i16],
  /** Used with arenaType −3. */
  ["arenaName", str(16)],
  /** 1 = send every LVZ file, optional ones included; absent in the 26-byte form. */
  ["optionalGraphics", opt(u8)],
]);
export type C2SArenaLogin = PacketOf<typeof c2sArenaLogin>;

/** `0x02`, 1 byte. */
export const c2sLeaveArena = layout(C2SType.LeaveArena, "C2SLeaveArena", []);
export type C2SLeaveArena = PacketOf<typeof c2sLeaveArena>;
