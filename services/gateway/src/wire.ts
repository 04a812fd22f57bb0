import type { zonebus } from "@zonebus/proto";
import { ChatType, type LoginResponseCode, S2CCodecs, S2CType } from "@zonebus/protocol";

const {
  Chat: s2cChat,
  ContinuumVersion: s2cContinuumVersion,
  LoginResponse: s2cLoginResponse,
  LoginText: s2cLoginText,
} = S2CCodecs;

/** Login code "custom text" (Continuum: with a `0x33` text first); VIE clients get "locked out". */
const LOGIN_CUSTOM_TEXT = 0x13;
const LOGIN_LOCKED_OUT = 0x04;

/** VIE checksums every VIE client expects in `0x0A` (login-and-arena.md §3). */
export const VIE_EXE_CHECKSUM = 0xf1429ce8;
export const VIE_CODE_CHECKSUM = 0x281cc948;
/** Continuum's version in `0x34`; the EXE checksum is unknown without the zone's client file. */
export const CONTINUUM_VERSION = 40;
const UNKNOWN_CHECKSUM = 0xffffffff;
/** Login code "server busy": the master did not answer. */
export const LOGIN_SERVER_BUSY = 0x0e;

/** Builds the S2C packets the gateway itself sends (everything else comes from services). */
export interface ClientWire {
  /** `[0x34]` (Continuum) then `0x0A` for a master's login reply. */
  loginReply(reply: zonebus.ILoginReply, continuum: boolean): Uint8Array[];
  /** A green arena message (`0x07` type 0, sender −1). */
  systemMessage(text: string): Uint8Array;
}

export const clientWire: ClientWire = {
  loginReply(reply, continuum) {
    const out: Uint8Array[] = [];
    if (continuum)
      out.push(
        s2cContinuumVersion.encode({
          type: S2CType.ContinuumVersion,
          version: CONTINUUM_VERSION,
          exeChecksum: UNKNOWN_CHECKSUM,
        }),
      );
    let code = reply.code ?? LOGIN_SERVER_BUSY;
    // A refusal with text (a biller's ban reason): Continuum shows it, VIE cannot.
    if (code !== 0 && reply.customText && code === LOGIN_CUSTOM_TEXT) {
      if (continuum) out.push(s2cLoginText.encode({ type: S2CType.LoginText, text: reply.customText.slice(0, 254) }));
      else code = LOGIN_LOCKED_OUT;
    } else if (code !== 0 && reply.customText && continuum)
      out.push(s2cLoginText.encode({ type: S2CType.LoginText, text: reply.customText.slice(0, 254) }));
    out.push(
      s2cLoginResponse.encode({
        type: S2CType.LoginResponse,
        code: code as LoginResponseCode,
        serverVersion: reply.serverVersion ?? 134,
        isVip: 0,
        exeChecksum: continuum ? UNKNOWN_CHECKSUM : VIE_EXE_CHECKSUM,
        demographics: reply.wantRegistration ? 1 : 0,
        codeChecksum: continuum ? UNKNOWN_CHECKSUM : VIE_CODE_CHECKSUM,
        newsChecksum: reply.newsChecksum ?? 0,
      }),
    );
    return out;
  },
  systemMessage(text) {
    return s2cChat.encode({ type: S2CType.Chat, chatType: ChatType.Arena, sound: 0, playerId: -1, text });
  },
};

/** What a client hears when the zone does not answer its login. */
export function loginFailure(wire: ClientWire, continuum: boolean): Uint8Array[] {
  return wire.loginReply({ code: LOGIN_SERVER_BUSY }, continuum);
}
