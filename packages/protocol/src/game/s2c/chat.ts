/** Chat `0x07` (gameplay.md §7): type, sound, sender pid (−1 = server), NUL-terminated text. */

import type { PacketOf } from "../codec.js";
import { enumOf, i16, text, u8 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { ChatType } from "../enums.js";
import { S2CType } from "../packet-types.js";

/** Longest chat packet a Continuum client shows whole (249 text bytes + NUL + header). */
export const S2C_CHAT_SAFE_LENGTH = 255;
/** Longest chat packet decoded. */
export const S2C_CHAT_MAX_LENGTH = 500;

export const s2cChat = layout(
  S2CType.Chat,
  "S2CChat",
  [
    ["chatType", enumOf(1, ChatType)],
    ["sound", u8],
    /** The sender, −1 for server messages. */
    ["playerId", i16],
    ["text", text(S2C_CHAT_MAX_LENGTH - 5)],
  ],
  { minLength: 6, maxLength: S2C_CHAT_MAX_LENGTH },
);
export type S2CChat = PacketOf<typeof s2cChat>;
