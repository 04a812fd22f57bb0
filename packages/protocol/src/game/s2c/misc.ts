/** Keepalive, banners, voice, select box and the legacy ad banner (gameplay.md §13). */

import type { PacketOf } from "../codec.js";
import { bytes, cstr, i16, list, rest, struct, u8, u16 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { S2CType } from "../packet-types.js";

/** `0x27`, 1 byte. */
export const s2cKeepAlive = layout(S2CType.KeepAlive, "S2CKeepAlive", []);
export type S2CKeepAlive = PacketOf<typeof s2cKeepAlive>;

/** `0x1E`, 2 bytes (meaning of the flag not documented). */
export const s2cBannerToggle = layout(S2CType.BannerToggle, "S2CBannerToggle", [["flag", u8]]);
export type S2CBannerToggle = PacketOf<typeof s2cBannerToggle>;

/** `0x1F`, 99 bytes: a player's 96-byte banner bitmap. */
export const s2cPlayerBanner = layout(S2CType.PlayerBanner, "S2CPlayerBanner", [
  ["playerId", i16],
  ["banner", bytes(96)],
]);
export type S2CPlayerBanner = PacketOf<typeof s2cPlayerBanner>;

/** `0x0C`: a voice message from a player. */
export const s2cVoice = layout(S2CType.Voice, "S2CVoice", [
  ["playerId", u16],
  ["data", rest()],
]);
export type S2CVoice = PacketOf<typeof s2cVoice>;

export const SELECT_BOX_MAX_LENGTH = 8192;
/** Items in one select box: each takes at least 3 bytes (value and NUL). */
export const MAX_SELECT_BOX_ITEMS = Math.floor(SELECT_BOX_MAX_LENGTH / 3);

/** `0x3C`, ≤ 8192 bytes (SS .NET, feature bit 5): a title and selectable items. */
export const s2cSelectBox = layout(
  S2CType.SelectBox,
  "S2CSelectBox",
  [
    ["title", cstr(64)],
    [
      "items",
      list(
        struct([
          ["value", i16],
          ["text", cstr(128)],
        ]),
        { max: MAX_SELECT_BOX_ITEMS },
      ),
    ],
  ],
  { maxLength: SELECT_BOX_MAX_LENGTH },
);
export type S2CSelectBox = PacketOf<typeof s2cSelectBox>;

/** `0x30`: legacy VIE advertisement banner; layout unknown, kept as bytes. */
export const s2cAdBanner = layout(S2CType.AdBanner, "S2CAdBanner", [["data", rest()]]);
export type S2CAdBanner = PacketOf<typeof s2cAdBanner>;
