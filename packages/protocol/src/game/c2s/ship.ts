/** Ship, freq, spectating and turrets (gameplay.md §6). */

import type { PacketOf } from "../codec.js";
import { i16, u8 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { C2SType } from "../packet-types.js";

/** `0x18`, 2 bytes: ship 0..8 (8 = spectator). */
export const c2sShipChange = layout(C2SType.ShipChange, "C2SShipChange", [["ship", u8]]);
export type C2SShipChange = PacketOf<typeof c2sShipChange>;

/** `0x0F`, 3 bytes: the freq the player asks for. */
export const c2sFreqChange = layout(C2SType.FreqChange, "C2SFreqChange", [["freq", i16]]);
export type C2SFreqChange = PacketOf<typeof c2sFreqChange>;

/** `0x08`, 3 bytes: the pid to spectate; −1 (or an invalid pid) stops. */
export const c2sSpectateRequest = layout(C2SType.SpectateRequest, "C2SSpectateRequest", [["playerId", i16]]);
export type C2SSpectateRequest = PacketOf<typeof c2sSpectateRequest>;

/** `0x10`, 3 bytes: the pid to attach to as a turret; −1 detaches. */
export const c2sAttachRequest = layout(C2SType.AttachRequest, "C2SAttachRequest", [["playerId", i16]]);
export type C2SAttachRequest = PacketOf<typeof c2sAttachRequest>;

/** `0x14`, 1 byte: shake off every attached turret. */
export const c2sTurretKickOff = layout(C2SType.TurretKickOff, "C2STurretKickOff", []);
export type C2STurretKickOff = PacketOf<typeof c2sTurretKickOff>;
