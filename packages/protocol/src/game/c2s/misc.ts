/** Banner, voice, LVZ rebroadcast and the undocumented setting change (gameplay.md §11, §13). */

import type { PacketOf } from "../codec.js";
import { bytes, i16, rest, u8, u16 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { C2SType } from "../packet-types.js";

export const BANNER_LENGTH = 96;

/** `0x19`, 97 bytes: the player's own banner bitmap. */
export const c2sSetBanner = layout(C2SType.SetBanner, "C2SSetBanner", [["banner", bytes(BANNER_LENGTH)]]);
export type C2SSetBanner = PacketOf<typeof c2sSetBanner>;

/** `0x0E`: a voice message for a player. */
export const c2sVoice = layout(C2SType.Voice, "C2SVoice", [
  ["voiceIndex", u8],
  ["targetId", u16],
  ["data", rest()],
]);
export type C2SVoice = PacketOf<typeof c2sVoice>;

/** `0x0A`, ≥ 4 bytes: an S2C `0x35`/`0x36` packet to relay (to −1 = the arena); needs permission. */
export const c2sRebroadcast = layout(C2SType.Rebroadcast, "C2SRebroadcast", [
  ["targetId", i16],
  ["packet", rest({ min: 1 })],
]);
export type C2SRebroadcast = PacketOf<typeof c2sRebroadcast>;

/** `0x1D`: no server handles it and its layout is unknown, so it is kept as bytes. */
export const c2sSettingChange = layout(C2SType.SettingChange, "C2SSettingChange", [["data", rest()]]);
export type C2SSettingChange = PacketOf<typeof c2sSettingChange>;
