/** Redirect `0x3B`, 29 bytes (login-and-arena.md §8): connect to another server. */

import type { PacketOf } from "../codec.js";
import { i16, ipv4, str, u16, u32 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { S2CType } from "../packet-types.js";

export const s2cRedirect = layout(S2CType.Redirect, "S2CRedirect", [
  /** Dotted IPv4 ("1.2.3.4" is `04 03 02 01` on the wire). */
  ["ip", ipv4],
  /** UDP game port. */
  ["port", u16],
  /** As in C2S `0x01`: −1 any public, −3 named, ≥ 0 public number. */
  ["arenaType", i16],
  /** Used with arenaType −3. */
  ["arenaName", str(16)],
  /** Echoed in the client's next login; ASSS and SS .NET send 0. */
  ["loginId", u32],
]);
export type S2CRedirect = PacketOf<typeof s2cRedirect>;
