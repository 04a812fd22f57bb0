/** Chat `0x06` (gameplay.md §7): type, sound, target, NUL-terminated text; 6..500 bytes. */

import type { PacketOf } from "../codec.js";
import { enumOf, i16, text, u8 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { ChatType } from "../enums.js";
import { C2SType } from "../packet-types.js";

export const C2S_CHAT_MAX_LENGTH = 500;

export const c2sChat = layout(
  C2SType.Chat,
  "C2SChat",
  [
    ["chatType", enumOf(1, ChatType)],
    /** ChatSound; honoured only from players allowed to send sounds. */
    ["sound", u8],
    /** Private: the target pid; Freq: any pid on the destination freq; ignored otherwise. */
    ["target", i16],
    /** Ends at the first NUL, or at the end of the packet when the client left it out. */
    ["text", text(C2S_CHAT_MAX_LENGTH - 5)],
  ],
  { minLength: 6, maxLength: C2S_CHAT_MAX_LENGTH },
);
export type C2SChat = PacketOf<typeof c2sChat>;
