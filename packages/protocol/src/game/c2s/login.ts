/** Zone login, `0x09` (VIE, 101 bytes) and `0x24` (Continuum, 165 bytes); login-and-arena.md §2. */

import type { PacketOf } from "../codec.js";
import { bytes, i16, i32, str, u8, u16, u32 } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { C2SType } from "../packet-types.js";

const LOGIN_FIELDS = [
  /** 0 = normal login, 1 = create this new user. */
  ["flags", u8],
  /** NUL-padded; servers keep at most 19 characters. */
  ["name", str(32)],
  /** All zero when Continuum logs in after a redirect. */
  ["password", str(32)],
  /** Persistent per installation. */
  ["machineId", u32],
  ["connectType", u8],
  /** Minutes from UTC. */
  ["timezoneBias", i16],
  ["unknown73", u16],
  /** 134 for SubSpace 1.34 and VIE bots, 40 for Continuum 0.40. */
  ["clientVersion", i16],
  /** Clients send 444. */
  ["field444", i16],
  /** ClientFeature bits (SS .NET extension). */
  ["features", u16],
  /** Clients send 555 (zero sends 0). */
  ["field555", i32],
  ["permissionId", u32],
  /** The server address the client thinks it connected to, as the client wrote it. */
  ["serverAddress", u32],
  ["clientPort", u16],
  /** The login id of a preceding S2C `0x3B` redirect. */
  ["loginId", u32],
  ["unknown99", u16],
] as const;

export const c2sLogin = layout(C2SType.Login, "C2SLogin", LOGIN_FIELDS);
export type C2SLogin = PacketOf<typeof c2sLogin>;

export const c2sContinuumLogin = layout(C2SType.ContinuumLogin, "C2SContinuumLogin", [
  ...LOGIN_FIELDS,
  /** Opaque; passed to the biller. */
  ["continuumId", bytes(64)],
]);
export type C2SContinuumLogin = PacketOf<typeof c2sContinuumLogin>;
