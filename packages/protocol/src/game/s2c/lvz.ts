/** LVZ object toggles `0x35` and changes `0x36` (gameplay.md §12). */

import type { PacketOf } from "../codec.js";
import { bits, i16, list, struct, u8 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { S2CType } from "../packet-types.js";

/** Objects in one packet: a datagram's worth, generously. */
export const MAX_LVZ_OBJECTS = 255;

/** `0x35`: u16 per object: bits 0–14 object id, bit 15 set = hide. */
export const s2cLvzToggle = layout(S2CType.LvzToggle, "S2CLvzToggle", [
  [
    "objects",
    list(
      bits(2, [
        ["objectId", 15],
        ["hidden", 1],
      ]),
      { max: MAX_LVZ_OBJECTS },
    ),
  ],
]);
export type S2CLvzToggle = PacketOf<typeof s2cLvzToggle>;

/** `0x36`: 11 bytes per object: a change mask, then the object record. */
export const s2cLvzChange = layout(S2CType.LvzChange, "S2CLvzChange", [
  [
    "changes",
    list(
      struct([
        /** LvzChange bits: which parts to apply. */
        ["change", u8],
        [
          "id",
          bits(2, [
            ["mapObject", 1],
            ["objectId", 15],
          ]),
        ],
        /** Map object: pixels. Screen object: packed corner and offset (see unpackScreenCoord). */
        ["x", i16],
        ["y", i16],
        ["image", u8],
        /** 0 below all … 7 top-most. */
        ["layer", u8],
        [
          "display",
          bits(2, [
            /** Unit unresolved: ticks per ASSS objects.h, 1/10 s per its mapobj.h. */
            ["time", 12],
            /** LvzMode */
            ["mode", 4],
          ]),
        ],
      ]),
      { max: MAX_LVZ_OBJECTS },
    ),
  ],
]);
export type S2CLvzChange = PacketOf<typeof s2cLvzChange>;

/** A screen object's coordinate: reference corner 0..11 and signed pixel offset (12 bits). */
export interface ScreenCoord {
  corner: number;
  offset: number;
}

/** Splits the x or y of a screen object (as decoded, an i16). */
export function unpackScreenCoord(raw: number): ScreenCoord {
  const word = raw & 0xffff;
  return { corner: word & 0xf, offset: (word << 16) >> 20 };
}

/** Packs a screen coordinate into the i16 an `0x36` record carries. */
export function packScreenCoord(c: ScreenCoord): number {
  return (((c.offset << 4) | (c.corner & 0xf)) << 16) >> 16;
}
