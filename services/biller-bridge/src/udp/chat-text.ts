/**
 * The text conventions the old UDP protocol layers on its chat packets (biller.md §3.1, §3.2):
 * remote messages as `:<dest>:(<sender>)><message>`, `?chat=` rewritten for local and staff
 * channels, and `$l$…|` / `$s$…|` markers on command replies. Pure functions over strings.
 */
import type { BillerLinkConfig } from "../biller-link.js";
import { MAX_TEXT } from "./s2b.js";

/** Longest recipient name ASSS reads from an incoming remote message (`recipient[32]`). */
const MAX_RECIPIENT = 31;
/** ASSS takes a sender only when `)>` is within 30 characters of its `(`. */
const MAX_SENDER_SPAN = 30;
/** A channel entry of `?chat=` as ASSS copies it (`chatname[32]`). */
const MAX_CHAT_ENTRY = 31;
/** The room a prefix may take in one entry (ASSS formats it into 32 bytes). */
const MAX_PREFIX_MARK = 31;

/** `:<dest>:(<sender>)><message>` for S2B 0x07, cut to the packet's text bound. */
export const remoteMessageText = (destination: string, sender: string, message: string): string =>
  `:${destination}:(${sender})>${message}`.slice(0, MAX_TEXT);

/** What an incoming B2S 0x03 text asks for. */
export type IncomingPrivate =
  | { readonly kind: "named"; readonly name: string; readonly text: string }
  | { readonly kind: "squad"; readonly squad: string; readonly text: string }
  | { readonly kind: "broadcast"; readonly text: string };

/**
 * Reads a B2S 0x03 text: `:<recipient>:(<sender>)><message>` is a remote message (to the
 * squad when the recipient starts with `#`), any other text a zone-wide message. Undefined
 * for a remote message that does not parse, which ASSS ignores. The sender ends at the first
 * `)>`, as in ASSS (a sender containing `)>` cannot be told apart).
 */
export function parseIncomingPrivate(text: string): IncomingPrivate | undefined {
  if (!text.startsWith(":")) return { kind: "broadcast", text };
  const colon = text.indexOf(":", 1);
  if (colon < 0 || colon - 1 > MAX_RECIPIENT) return undefined;
  const recipient = text.slice(1, colon);
  const rest = text.slice(colon + 1);
  if (!rest.startsWith("(")) return undefined;
  const close = rest.indexOf(")>", 1);
  if (close < 0 || close > MAX_SENDER_SPAN) return undefined;
  const sender = rest.slice(1, close);
  const message = rest.slice(close + 2);
  if (recipient.startsWith("#")) {
    const squad = recipient.slice(1);
    if (squad === "") return undefined;
    return { kind: "squad", squad, text: `(#${squad})(${sender})>${message}` };
  }
  if (recipient === "") return undefined;
  return { kind: "named", name: recipient, text: `(${sender})>${message}` };
}

/** A B2S 0x09 reply as the player sees it: `$l$…|` shown as `(local) `, `$s$…|` as `(staff) `. */
export function commandReplyText(text: string): string {
  const bar = text.indexOf("|");
  if (bar >= 0 && text.startsWith("$l$")) return `(local) ${text.slice(bar + 1)}`;
  if (bar >= 0 && text.startsWith("$s$")) return `(staff) ${text.slice(bar + 1)}`;
  return text;
}

type ChatConfig = Pick<BillerLinkConfig, "localChats" | "staffChats" | "localChatPrefix" | "staffChatPrefix">;

/**
 * The S2B 0x13 text of a command the zone does not handle: `?name args`, except `?chat=` whose
 * channels listed as local get `$l$<prefix>|` and, for staff, those listed as staff chats get
 * `$s$<prefix>|` in front, so the biller keeps them apart from other zones' channels.
 */
export function commandText(name: string, args: string, staff: boolean, config: ChatConfig): string {
  if (name.toLowerCase() !== "chat") return (args === "" ? `?${name}` : `?${name} ${args}`).slice(0, MAX_TEXT);
  const entries: string[] = [];
  for (const raw of args.split(",")) {
    const entry = raw.slice(0, MAX_CHAT_ENTRY);
    // The channel's name is what comes before a `/password`, without trailing spaces.
    const slash = entry.lastIndexOf("/");
    const channel = (slash >= 0 ? entry.slice(0, slash) : entry).replace(/ +$/, "");
    if (channel === "") continue;
    let mark = "";
    if (listed(channel, config.localChats)) mark += `$l$${config.localChatPrefix}|`.slice(0, MAX_PREFIX_MARK);
    if (staff && listed(channel, config.staffChats)) mark += `$s$${config.staffChatPrefix}|`.slice(0, MAX_PREFIX_MARK);
    entries.push(mark + entry);
  }
  return `?chat=${entries.join(",")}`.slice(0, MAX_TEXT);
}

const listed = (channel: string, list: readonly string[]): boolean => {
  const lower = channel.toLowerCase();
  return list.some((c) => c.trim().toLowerCase() === lower);
};
