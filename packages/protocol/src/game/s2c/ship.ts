/** Ship, freq, turrets, spectating and ship control (gameplay.md §6, §13). */

import type { PacketOf } from "../codec.js";
import { i8, i16, opt, pad, u8 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { S2CType } from "../packet-types.js";

/** `0x1D`, 6 bytes. */
export const s2cShipFreqChange = layout(S2CType.ShipFreqChange, "S2CShipFreqChange", [
  ["ship", i8],
  ["playerId", i16],
  ["freq", i16],
]);
export type S2CShipFreqChange = PacketOf<typeof s2cShipFreqChange>;

/** `0x0D`, 6 bytes: freq change of a spectator; the last byte is always 0xFF. */
export const s2cFreqChange = layout(S2CType.FreqChange, "S2CFreqChange", [
  ["playerId", i16],
  ["freq", i16],
  ["_always0xff", pad(1, 0xff)],
]);
export type S2CFreqChange = PacketOf<typeof s2cFreqChange>;

/** `0x0E`, 5 bytes: `attacherId` attached to `hostId`, or detached (−1). */
export const s2cTurret = layout(S2CType.Turret, "S2CTurret", [
  ["attacherId", i16],
  ["hostId", i16],
]);
export type S2CTurret = PacketOf<typeof s2cTurret>;

/** `0x15`, 3 bytes: the turrets of this host fall off. */
export const s2cTurretKickOff = layout(S2CType.TurretKickOff, "S2CTurretKickOff", [["playerId", i16]]);
export type S2CTurretKickOff = PacketOf<typeof s2cTurretKickOff>;

/** `0x1C`, 2 bytes (a 3-byte form exists, unused): 1 = start sending extra position data, 0 = stop. */
export const s2cExtraDataRequest = layout(S2CType.ExtraDataRequest, "S2CExtraDataRequest", [
  ["enable", u8],
  ["unknown", opt(u8)],
]);
export type S2CExtraDataRequest = PacketOf<typeof s2cExtraDataRequest>;

/** `0x1B`, 1 byte: the client resets its ship (energy, items). */
export const s2cShipReset = layout(S2CType.ShipReset, "S2CShipReset", []);
export type S2CShipReset = PacketOf<typeof s2cShipReset>;

/** `0x32`, 5 bytes: warp to a tile. */
export const s2cWarpTo = layout(S2CType.WarpTo, "S2CWarpTo", [
  ["x", i16],
  ["y", i16],
]);
export type S2CWarpTo = PacketOf<typeof s2cWarpTo>;

/** `0x25`, 2 bytes: 1 = UFO mode allowed. */
export const s2cUfo = layout(S2CType.Ufo, "S2CUfo", [["allowed", u8]]);
export type S2CUfo = PacketOf<typeof s2cUfo>;
