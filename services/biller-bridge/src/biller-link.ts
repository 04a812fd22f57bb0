import type { BillerLinkConfig } from "@zonebus/biller";

export type { BillerLinkConfig };

/**
 * What the bridge needs of a connection to a biller, whichever protocol carries it: the TCP
 * line protocol (`tcp/`) or the old UDP protocol (`udp/`). Facts: ../shared/protocol/biller.md.
 *
 * Player ids (`pid`) are the zone's player ids; the biller refers to players by them.
 */

/** A score record (biller.md §3.3); the UDP protocol carries it, the TCP protocol has none. */
export interface BillerScore {
  readonly kills: number;
  readonly deaths: number;
  readonly flags: number;
  readonly killPoints: number;
  readonly flagPoints: number;
}

/** A login to check with the biller (TCP PLOGIN, UDP S2B 0x04). */
export interface BillerLoginRequest {
  readonly pid: number;
  readonly name: string;
  /** As typed, up to the first NUL. */
  readonly password: string;
  /** The login's create-new flag (1): a new user asks for an account. */
  readonly createNew: boolean;
  /** Dotted IPv4. */
  readonly ip: string;
  readonly machineId: number;
  readonly timezoneBias: number;
  readonly clientVersion: number;
  /** The 64-byte Continuum id (login packet bytes 101..164); absent for VIE clients. */
  readonly contId?: Uint8Array;
}

/** The biller's answer to a login. */
export type BillerLoginResult =
  | {
      readonly ok: true;
      readonly pid: number;
      /** The name the biller knows the player by (may differ from the requested one). */
      readonly name: string;
      readonly squad: string;
      readonly userId: number;
      /** 96 bytes; absent when the biller sent none (or all zero). */
      readonly banner?: Uint8Array;
      /** Seconds ever connected. */
      readonly usageSeconds: number;
      /** First login, as the biller gave it (TCP: text; UDP: `M-D-YYYY H:MM:SS`). */
      readonly firstUsed: string;
      /** The biller asked for registration data (TCP WANTREG, UDP results 6 and 8). */
      readonly wantRegistration: boolean;
      /** The stored score (UDP result with score). */
      readonly score?: BillerScore;
      /** The S2C 0x0A code to send: 0, or 0x10 for UDP results 6/8 (proceeds, asks for registration). */
      readonly code: number;
    }
  | {
      readonly ok: false;
      readonly pid: number;
      /** The S2C 0x0A response code, mapped as ASSS does (biller.md §2.2 PBAD, §3.2 table). */
      readonly code: number;
      /** Text for the client (Continuum 0x0A custom text / S2C 0x33), if any. */
      readonly text?: string;
    };

/** What a biller tells the zone, outside login answers. */
export type BillerNotice =
  /** Disconnect the player (TCP PKICK, UDP 0x08). */
  | { readonly kind: "kick"; readonly pid: number; readonly reason: string }
  /** A banner for a player (TCP BNR). */
  | { readonly kind: "banner"; readonly pid: number; readonly banner: Uint8Array }
  /** Channel chat (type 9) to one player, text already `n:sender> text` or `n:text`. */
  | { readonly kind: "channel"; readonly pid: number; readonly text: string; readonly sound: number }
  /** A remote private message (type 7) to one player: `(sender)>text`. */
  | { readonly kind: "remote"; readonly pid: number; readonly text: string; readonly sound: number }
  /** A squad message (type 7) to every player of `squad` (case-insensitive): `(#squad)(sender)>text`. */
  | { readonly kind: "squad"; readonly squad: string; readonly text: string; readonly sound: number }
  /**
   * A remote private message by player name (UDP 0x03 `:<recipient>:(<sender>)><message>`):
   * the zone finds the player; text already `(sender)>message`.
   */
  | { readonly kind: "named"; readonly name: string; readonly text: string; readonly sound: number }
  /** An arena message (type 0) to one player (TCP MSG, UDP 0x09 command replies). */
  | { readonly kind: "message"; readonly pid: number; readonly text: string; readonly sound: number }
  /** To players with staff chat (type 8) (TCP STAFFMSG): the raw text; the zone frames it. */
  | { readonly kind: "staff"; readonly sender: string; readonly text: string; readonly sound: number }
  /** To everyone (type 0) (TCP BROADCAST, UDP 0x03 with other text): the raw text. */
  | { readonly kind: "broadcast"; readonly sender: string; readonly text: string; readonly sound: number }
  /** End the "reset" scoring interval (TCP SCORERESET, UDP 0x31 when honoured). */
  | { readonly kind: "scorereset" }
  /** A raw S2C packet for one player (UDP 0x32; only 0x33 login-failure text is relayed). */
  | { readonly kind: "packet"; readonly pid: number; readonly data: Uint8Array };

export interface BillerLinkEvents {
  /** The biller accepted the zone (TCP CONNECTOK; UDP first packet or 5 s without a drop). */
  onUp(): void;
  /** The link was lost or refused; it retries by itself (except after TCP CONNECTBAD). */
  onDown(reason: string): void;
  onNotice(notice: BillerNotice): void;
}

/**
 * One connection to a biller. Sends are fire-and-forget while up; `leave` resolves once the
 * message left the zone (TCP: written to the socket; UDP: acknowledged by the biller), so a
 * durable queue may drop its copy then. Calls while down are ignored (logins fail with
 * `BillerUnavailableError`).
 */
export interface BillerLink {
  readonly up: boolean;
  start(): void;
  /** Says goodbye (UDP S2B 0x03 then `00 07`; TCP closes) and stops retrying. */
  stop(): Promise<void>;
  /** Resolves with the biller's answer; rejects with BillerUnavailableError when down or unanswered in time. */
  login(req: BillerLoginRequest): Promise<BillerLoginResult>;
  /** Registration data: C2S 0x17 without its type byte (TCP REGDATA after WANTREG, UDP 0x0D). */
  registration(pid: number, data: Uint8Array): void;
  banner(pid: number, banner: Uint8Array): void;
  /** First arena entry after login (TCP PENTERARENA; UDP: nothing). */
  enterArena(pid: number): void;
  /** The player left the zone (TCP PLEAVE, UDP 0x05 with the score if given). */
  leave(pid: number, score?: BillerScore): Promise<void>;
  /** Channel chat: `channel` a number or a name. */
  channel(pid: number, channel: string, sound: number, text: string): void;
  /** A private message to a player not in this zone. */
  remote(pid: number, sender: string, destination: string, sound: number, text: string): void;
  /** A squad message; `squad` without its `#`. */
  squad(pid: number, sender: string, squad: string, sound: number, text: string): void;
  /**
   * A command the zone does not handle, name without `?`; `args` the rest, leading spaces and
   * `=` removed. `staff`: the player may use staff chats (UDP `?chat=` rewriting).
   */
  command(pid: number, name: string, args: string, staff: boolean): void;
}

/** A login the biller cannot answer now: the zone's fallback policy decides. */
export class BillerUnavailableError extends Error {
  override readonly name = "BillerUnavailableError";
  readonly code = "BILLER_UNAVAILABLE";
}
