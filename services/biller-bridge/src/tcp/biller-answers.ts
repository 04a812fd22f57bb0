/**
 * What the zone makes of the biller's lines (biller.md §2.2), as ASSS does: login answers
 * become {@link BillerLoginResult}s, the other lines {@link BillerNotice}s. Pure functions;
 * the link keeps the state (pending logins, the cached channel text).
 */
import type { BillerLoginResult, BillerNotice } from "../biller-link.js";
import type { BillerLine } from "./line-codec.js";

/** ASSS keeps 20 characters of the name a biller returns. */
export const MAX_NAME_LENGTH = 20;
/** A squad fits the game's 24-byte field with its NUL. */
export const MAX_SQUAD_LENGTH = 23;

/** S2C 0x0A codes the PBAD mapping uses. */
export const LoginCode = {
  ok: 0x00,
  newName: 0x01,
  customText: 0x13,
} as const;

type Pok = Extract<BillerLine, { type: "POK" }>;
type Pbad = Extract<BillerLine, { type: "PBAD" }>;
type ChatText = Extract<BillerLine, { type: "CHATTXT" }>;

export function acceptedLogin(pok: Pok, wantRegistration: boolean): BillerLoginResult {
  return {
    ok: true,
    pid: pok.pid,
    name: printable(pok.name).slice(0, MAX_NAME_LENGTH),
    squad: printable(pok.squad).slice(0, MAX_SQUAD_LENGTH),
    userId: pok.billerId,
    usageSeconds: pok.usage,
    firstUsed: printable(pok.firstUsed),
    wantRegistration,
    code: LoginCode.ok,
  };
}

const CODE_PREFIX = /^CODE([0-9]+)/;

/**
 * ASSS's mapping: `CODE<n>` in the text is the 0x0A code itself (clamped to a byte); else a
 * free name is "new user" (0x01); else 0x13 with the text shown to the player.
 */
export function refusedLogin(pbad: Pbad): BillerLoginResult {
  const code = CODE_PREFIX.exec(pbad.rtext);
  if (code?.[1] !== undefined) return { ok: false, pid: pbad.pid, code: Math.min(255, Number(code[1])) };
  if (pbad.newName) return { ok: false, pid: pbad.pid, code: LoginCode.newName };
  return { ok: false, pid: pbad.pid, code: LoginCode.customText, text: printable(pbad.rtext) };
}

/**
 * The notice a line carries, or undefined for lines that are not notices (handshake, login
 * answers, CHATTXT, PING) and for a CHAT with no cached text before it.
 */
export function noticeOf(line: BillerLine, chatText: ChatText | undefined): BillerNotice | undefined {
  switch (line.type) {
    case "PKICK":
      return { kind: "kick", pid: line.pid, reason: line.reason };
    case "BNR":
      return { kind: "banner", pid: line.pid, banner: line.banner };
    case "CHAT":
      if (chatText === undefined) return undefined;
      return {
        kind: "channel",
        pid: line.pid,
        text: `${line.number}:${chatText.sender}> ${chatText.text}`,
        sound: chatText.sound,
      };
    case "RMT":
      return { kind: "remote", pid: line.pid, text: `(${line.sender})>${line.text}`, sound: line.sound };
    case "RMTSQD":
      return {
        kind: "squad",
        squad: line.squad,
        text: `(#${line.squad})(${line.sender})>${line.text}`,
        sound: line.sound,
      };
    case "MSG":
      return { kind: "message", pid: line.pid, text: line.text, sound: line.sound };
    case "STAFFMSG":
      return { kind: "staff", sender: line.sender, text: line.text, sound: line.sound };
    case "BROADCAST":
      return { kind: "broadcast", sender: line.sender, text: line.text, sound: line.sound };
    case "SCORERESET":
      return { kind: "scorereset" };
    default:
      return undefined;
  }
}

/** Without control characters, which a name or squad shown to players has no use for. */
function printable(s: string): string {
  return s.replace(/[\x00-\x1f\x7f]/g, "");
}
