/**
 * What the zone is told for each biller packet that is a notice (biller.md §3.2, with ASSS's
 * handling): chat becomes `named`/`squad`/`broadcast`/`channel`/`message` notices, a kickout a
 * `kick`, a user packet a `packet` only when it is login text for one player.
 */
import type { BillerNotice } from "../biller-link.js";
import { type B2SBillingIdentity, type B2SPacket, B2SType, type B2SUserLogin } from "./b2s.js";
import { commandReplyText, parseIncomingPrivate } from "./chat-text.js";
import { B2SDropReason } from "./fields.js";
import { NO_CONNECTION } from "./s2b.js";

/** S2C 0x33: the only raw packet the biller may have relayed to a player (login failure text). */
const S2C_LOGIN_TEXT = 0x33;

/** The packets that carry notices (login results and the identity are the link's own business). */
export type B2SNoticePacket = Exclude<B2SPacket, B2SUserLogin | B2SBillingIdentity>;

export type NoticeOutcome =
  | { readonly ok: true; readonly notices: readonly BillerNotice[] }
  | { readonly ok: false; readonly reason: string; readonly detail: string };

const notices = (...list: BillerNotice[]): NoticeOutcome => ({ ok: true, notices: list });

export function noticesOf(p: B2SNoticePacket): NoticeOutcome {
  switch (p.type) {
    case B2SType.UserPrivateChat: {
      const parsed = parseIncomingPrivate(p.text);
      if (!parsed)
        return { ok: false, reason: B2SDropReason.malformed, detail: "remote message without :<to>:(<from>)>" };
      if (parsed.kind === "broadcast")
        return notices({ kind: "broadcast", sender: "", text: parsed.text, sound: p.sound });
      if (parsed.kind === "squad")
        return notices({ kind: "squad", squad: parsed.squad, text: parsed.text, sound: p.sound });
      return notices({ kind: "named", name: parsed.name, text: parsed.text, sound: p.sound });
    }
    case B2SType.UserKickout:
      return notices({ kind: "kick", pid: p.connectionId, reason: `kicked by the biller (code ${p.reason})` });
    case B2SType.UserCommandChat:
      return notices({ kind: "message", pid: p.connectionId, text: commandReplyText(p.text), sound: 0 });
    case B2SType.UserChannelChat:
      return notices({ kind: "channel", pid: p.connectionId, text: `${p.channel}:${p.text}`, sound: 0 });
    case B2SType.UserMultiChannelChat:
      return notices(
        ...p.recipients.map(
          (r): BillerNotice => ({ kind: "channel", pid: r.connectionId, text: `${r.channel}:${p.text}`, sound: 0 }),
        ),
      );
    case B2SType.ScoreReset:
      return notices({ kind: "scorereset" });
    case B2SType.UserPacket:
      // Only login failure text to one player, as ASSS: anything else would let the biller
      // speak arbitrary game packets to clients.
      if (p.connectionId === NO_CONNECTION || p.data[0] !== S2C_LOGIN_TEXT) {
        return { ok: false, reason: "filtered", detail: "user packet not a login text to one player" };
      }
      return notices({ kind: "packet", pid: p.connectionId, data: p.data });
  }
}
