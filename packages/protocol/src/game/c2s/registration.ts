/**
 * Registration form `0x17` (login-and-arena.md §4), 766 bytes, sent as big data after a login
 * response asking for demographics. The layout is zero's (its form is disabled); ASSS only
 * forwards the bytes to the biller.
 */

import type { PacketOf } from "../codec.js";
import { array, str, u8, u32 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { C2SType } from "../packet-types.js";

export const c2sRegistration = layout(C2SType.Registration, "C2SRegistration", [
  ["realName", str(32)],
  ["email", str(64)],
  ["city", str(32)],
  ["state", str(24)],
  /** ASCII 'M' or 'F'. */
  ["sex", u8],
  ["age", u8],
  ["fromHome", u8],
  ["fromWork", u8],
  ["fromSchool", u8],
  ["processor", u32],
  ["unknown", u32],
  ["windowsRealName", str(40)],
  ["organization", str(40)],
  ["drivers", array(str(40), 13)],
]);
export type C2SRegistration = PacketOf<typeof c2sRegistration>;
