/**
 * Biller → zone packets of the old UDP protocol (biller.md §3.2). Every decoder is total: it
 * takes any bytes and returns the packet or a drop reason, never throws, never reads past the
 * bytes, and copies what it keeps (the transport may reuse a received datagram).
 */
import type { BillerScore } from "../biller-link.js";
import {
  type B2SDecoded,
  B2SDropReason,
  copyBytes,
  decodedOk,
  decodeFailure,
  readFixedString,
  readTerminatedText,
  viewOf,
} from "./fields.js";
import { readScore, SCORE_LENGTH } from "./score.js";

export const B2SType = {
  UserLogin: 0x01,
  UserPrivateChat: 0x03,
  UserKickout: 0x08,
  UserCommandChat: 0x09,
  UserChannelChat: 0x0a,
  ScoreReset: 0x31,
  UserPacket: 0x32,
  BillingIdentity: 0x33,
  UserMultiChannelChat: 0x34,
} as const;
export type B2SType = (typeof B2SType)[keyof typeof B2SType];

export const LOGIN_RESULT_LENGTH = 178;
export const LOGIN_RESULT_WITH_SCORE_LENGTH = LOGIN_RESULT_LENGTH + SCORE_LENGTH;
export const KICKOUT_LENGTH = 7;
export const SCORE_RESET_LENGTH = 9;
/** Raw game packet bytes a user packet carries at most (`Data[1024]`). */
export const MAX_USER_PACKET_DATA = 1024;
/** Identity bytes at most (`IDData[256]`). */
export const MAX_IDENTITY = 256;
const BANNER_LENGTH = 96;

/** The first login time of B2S 0x01, as the biller sent it. */
export interface FirstLogin {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

export interface B2SUserLogin {
  readonly type: typeof B2SType.UserLogin;
  /** Login result code (biller.md §3.2 table). */
  readonly result: number;
  readonly connectionId: number;
  readonly name: string;
  readonly squad: string;
  /** Absent when the biller sent all zeros. */
  readonly banner?: Uint8Array;
  readonly secondsPlayed: number;
  readonly firstLogin: FirstLogin;
  readonly userId: number;
  readonly score?: BillerScore;
}

export interface B2SUserPrivateChat {
  readonly type: typeof B2SType.UserPrivateChat;
  readonly sourceServerId: number;
  readonly subType: number;
  readonly sound: number;
  readonly text: string;
}

export interface B2SUserKickout {
  readonly type: typeof B2SType.UserKickout;
  readonly connectionId: number;
  readonly reason: number;
}

export interface B2SUserCommandChat {
  readonly type: typeof B2SType.UserCommandChat;
  readonly connectionId: number;
  readonly text: string;
}

export interface B2SUserChannelChat {
  readonly type: typeof B2SType.UserChannelChat;
  readonly connectionId: number;
  readonly channel: number;
  readonly text: string;
}

export interface B2SScoreReset {
  readonly type: typeof B2SType.ScoreReset;
  readonly scoreId: number;
}

export interface B2SUserPacket {
  readonly type: typeof B2SType.UserPacket;
  readonly connectionId: number;
  readonly data: Uint8Array;
}

export interface B2SBillingIdentity {
  readonly type: typeof B2SType.BillingIdentity;
  readonly data: Uint8Array;
}

export interface ChannelRecipient {
  readonly connectionId: number;
  readonly channel: number;
}

export interface B2SUserMultiChannelChat {
  readonly type: typeof B2SType.UserMultiChannelChat;
  readonly recipients: readonly ChannelRecipient[];
  readonly text: string;
}

export type B2SPacket =
  | B2SUserLogin
  | B2SUserPrivateChat
  | B2SUserKickout
  | B2SUserCommandChat
  | B2SUserChannelChat
  | B2SScoreReset
  | B2SUserPacket
  | B2SBillingIdentity
  | B2SUserMultiChannelChat;

/** Checks the type byte and a minimum length before a decoder reads anything. */
function header(bytes: Uint8Array, type: B2SType, min: number, name: string): B2SDecoded<DataView> {
  if (bytes.length < 1 || bytes[0] !== type) return decodeFailure(B2SDropReason.unknown, `not a ${name}`);
  if (bytes.length < min) return decodeFailure(B2SDropReason.truncated, `${name}: ${bytes.length} < ${min} bytes`);
  return decodedOk(viewOf(bytes));
}

export function decodeUserLogin(bytes: Uint8Array): B2SDecoded<B2SUserLogin> {
  const h = header(bytes, B2SType.UserLogin, LOGIN_RESULT_LENGTH, "login result");
  if (!h.ok) return h;
  if (bytes.length !== LOGIN_RESULT_LENGTH && bytes.length !== LOGIN_RESULT_WITH_SCORE_LENGTH) {
    return decodeFailure(B2SDropReason.badLength, `login result: ${bytes.length} bytes`);
  }
  const v = h.value;
  const banner = copyBytes(bytes, 54, 54 + BANNER_LENGTH);
  const u16 = (o: number) => v.getUint16(o, true);
  return decodedOk({
    type: B2SType.UserLogin,
    result: bytes[1]!,
    connectionId: v.getUint32(2, true),
    name: readFixedString(bytes, 6, 24),
    squad: readFixedString(bytes, 30, 24),
    ...(banner.some((b) => b !== 0) ? { banner } : {}),
    secondsPlayed: v.getUint32(150, true),
    firstLogin: { year: u16(154), month: u16(156), day: u16(158), hour: u16(160), minute: u16(162), second: u16(164) },
    userId: v.getUint32(170, true),
    ...(bytes.length === LOGIN_RESULT_WITH_SCORE_LENGTH ? { score: readScore(bytes, LOGIN_RESULT_LENGTH) } : {}),
  });
}

export function decodeUserPrivateChat(bytes: Uint8Array): B2SDecoded<B2SUserPrivateChat> {
  const h = header(bytes, B2SType.UserPrivateChat, 8, "private chat");
  if (!h.ok) return h;
  const subType = bytes[5]!;
  // ASSS takes only sub type 2; nothing says what the others would mean.
  if (subType !== 2) return decodeFailure(B2SDropReason.malformed, `private chat: sub type ${subType}`);
  const text = readTerminatedText(bytes, 7);
  if (!text.ok) return text;
  return decodedOk({
    type: B2SType.UserPrivateChat,
    sourceServerId: h.value.getUint32(1, true),
    subType,
    sound: bytes[6]!,
    text: text.value,
  });
}

export function decodeUserKickout(bytes: Uint8Array): B2SDecoded<B2SUserKickout> {
  const h = header(bytes, B2SType.UserKickout, KICKOUT_LENGTH, "kickout");
  if (!h.ok) return h;
  if (bytes.length !== KICKOUT_LENGTH) return decodeFailure(B2SDropReason.badLength, `kickout: ${bytes.length} bytes`);
  return decodedOk({
    type: B2SType.UserKickout,
    connectionId: h.value.getUint32(1, true),
    reason: h.value.getUint16(5, true),
  });
}

export function decodeUserCommandChat(bytes: Uint8Array): B2SDecoded<B2SUserCommandChat> {
  const h = header(bytes, B2SType.UserCommandChat, 6, "command chat");
  if (!h.ok) return h;
  const text = readTerminatedText(bytes, 5);
  if (!text.ok) return text;
  return decodedOk({ type: B2SType.UserCommandChat, connectionId: h.value.getUint32(1, true), text: text.value });
}

export function decodeUserChannelChat(bytes: Uint8Array): B2SDecoded<B2SUserChannelChat> {
  const h = header(bytes, B2SType.UserChannelChat, 7, "channel chat");
  if (!h.ok) return h;
  const text = readTerminatedText(bytes, 6);
  if (!text.ok) return text;
  return decodedOk({
    type: B2SType.UserChannelChat,
    connectionId: h.value.getUint32(1, true),
    channel: bytes[5]!,
    text: text.value,
  });
}

/** Taken only when the second id is the first negated, as ASSS checks. */
export function decodeScoreReset(bytes: Uint8Array): B2SDecoded<B2SScoreReset> {
  const h = header(bytes, B2SType.ScoreReset, SCORE_RESET_LENGTH, "score reset");
  if (!h.ok) return h;
  if (bytes.length !== SCORE_RESET_LENGTH) {
    return decodeFailure(B2SDropReason.badLength, `score reset: ${bytes.length} bytes`);
  }
  const scoreId = h.value.getInt32(1, true);
  const negated = h.value.getInt32(5, true);
  if (scoreId !== (-negated | 0)) return decodeFailure(B2SDropReason.malformed, "score reset: ids do not match");
  return decodedOk({ type: B2SType.ScoreReset, scoreId: scoreId >>> 0 });
}

export function decodeUserPacket(bytes: Uint8Array): B2SDecoded<B2SUserPacket> {
  const h = header(bytes, B2SType.UserPacket, 6, "user packet");
  if (!h.ok) return h;
  if (bytes.length - 5 > MAX_USER_PACKET_DATA) {
    return decodeFailure(B2SDropReason.tooLong, `user packet: ${bytes.length - 5} data bytes`);
  }
  return decodedOk({ type: B2SType.UserPacket, connectionId: h.value.getUint32(1, true), data: copyBytes(bytes, 5) });
}

export function decodeBillingIdentity(bytes: Uint8Array): B2SDecoded<B2SBillingIdentity> {
  const h = header(bytes, B2SType.BillingIdentity, 1, "identity");
  if (!h.ok) return h;
  if (bytes.length - 1 > MAX_IDENTITY)
    return decodeFailure(B2SDropReason.tooLong, `identity: ${bytes.length - 1} bytes`);
  return decodedOk({ type: B2SType.BillingIdentity, data: copyBytes(bytes, 1) });
}

export function decodeUserMultiChannelChat(bytes: Uint8Array): B2SDecoded<B2SUserMultiChannelChat> {
  const h = header(bytes, B2SType.UserMultiChannelChat, 3, "multi-channel chat");
  if (!h.ok) return h;
  const count = bytes[1]!;
  const textAt = 2 + 5 * count;
  if (bytes.length <= textAt) {
    return decodeFailure(B2SDropReason.truncated, `multi-channel chat: ${count} recipients in ${bytes.length} bytes`);
  }
  const text = readTerminatedText(bytes, textAt);
  if (!text.ok) return text;
  const recipients: ChannelRecipient[] = [];
  for (let i = 0; i < count; i++) {
    const at = 2 + 5 * i;
    recipients.push({ connectionId: h.value.getUint32(at, true), channel: bytes[at + 4]! });
  }
  return decodedOk({ type: B2SType.UserMultiChannelChat, recipients, text: text.value });
}

/** Any biller packet by its type byte; unknown types and empty packets are `unknown`. */
export function decodeB2S(bytes: Uint8Array): B2SDecoded<B2SPacket> {
  switch (bytes[0]) {
    case B2SType.UserLogin:
      return decodeUserLogin(bytes);
    case B2SType.UserPrivateChat:
      return decodeUserPrivateChat(bytes);
    case B2SType.UserKickout:
      return decodeUserKickout(bytes);
    case B2SType.UserCommandChat:
      return decodeUserCommandChat(bytes);
    case B2SType.UserChannelChat:
      return decodeUserChannelChat(bytes);
    case B2SType.ScoreReset:
      return decodeScoreReset(bytes);
    case B2SType.UserPacket:
      return decodeUserPacket(bytes);
    case B2SType.BillingIdentity:
      return decodeBillingIdentity(bytes);
    case B2SType.UserMultiChannelChat:
      return decodeUserMultiChannelChat(bytes);
    default:
      return decodeFailure(B2SDropReason.unknown, `type ${bytes[0] ?? "none"}`);
  }
}
