/** Login response `0x0A` and its companions `0x31`, `0x33`, `0x34` (login-and-arena.md §3). */

import type { PacketOf } from "../codec.js";
import { enumOf, pad, text, u8, u16, u32 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { LoginResponseCode } from "../enums.js";
import { S2CType } from "../packet-types.js";

/** `0x0A`, 36 bytes. */
export const s2cLoginResponse = layout(S2CType.LoginResponse, "S2CLoginResponse", [
  ["code", enumOf(1, LoginResponseCode)],
  /** 134 */
  ["serverVersion", u32],
  ["isVip", u8],
  ["_unused7", pad(3)],
  /** VIE: 0xF1429CE8; Continuum: CRC-32 of continuum.exe; 0xFFFFFFFF for moderators. */
  ["exeChecksum", u32],
  ["_unused14", pad(5)],
  /** 1 = show the registration form and send C2S `0x17`. */
  ["demographics", u8],
  /** VIE: 0x281CC948; Continuum: from the zone's scrty file. */
  ["codeChecksum", u32],
  /** CRC-32 of news.txt; the client requests news when it differs from its cache. */
  ["newsChecksum", u32],
  ["_unused28", pad(8)],
]);
export type S2CLoginResponse = PacketOf<typeof s2cLoginResponse>;

/** `0x31`, 1 byte: "login OK", historic; ASSS and SS .NET never send it. */
export const s2cLoginOk = layout(S2CType.LoginOk, "S2CLoginOk", []);
export type S2CLoginOk = PacketOf<typeof s2cLoginOk>;

/** `0x33`, 2..256 bytes: Continuum's login failure text, sent before `0x0A` code 0x13. */
export const s2cLoginText = layout(S2CType.LoginText, "S2CLoginText", [["text", text(255)]], {
  minLength: 2,
  maxLength: 256,
});
export type S2CLoginText = PacketOf<typeof s2cLoginText>;

/** `0x34`, 7 bytes: Continuum's version and the checksum of continuum.exe, sent before `0x0A`. */
export const s2cContinuumVersion = layout(S2CType.ContinuumVersion, "S2CContinuumVersion", [
  /** 40 */
  ["version", u16],
  ["exeChecksum", u32],
]);
export type S2CContinuumVersion = PacketOf<typeof s2cContinuumVersion>;
