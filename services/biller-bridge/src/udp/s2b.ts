/**
 * Zone → biller packets of the old UDP protocol (biller.md §3.1). Each encoder returns the whole
 * game packet, type byte first, little-endian as the core protocol. Inputs come from the zone
 * (and through it from players), so every variable part is cut to its field instead of
 * overflowing it.
 */
import type { BillerScore } from "../biller-link.js";
import { ipv4Bytes, MAX_TEXT_FIELD, terminatedText, viewOf, writeFixedString } from "./fields.js";
import { SCORE_LENGTH, writeScore } from "./score.js";

export const S2BType = {
  Ping: 0x01,
  ServerConnect: 0x02,
  ServerDisconnect: 0x03,
  UserLogin: 0x04,
  UserLogoff: 0x05,
  UserPrivateChat: 0x07,
  UserDemographics: 0x0d,
  UserBanner: 0x10,
  UserScore: 0x11,
  UserCommand: 0x13,
  UserChannelChat: 0x14,
  ServerCapabilities: 0x15,
} as const;
export type S2BType = (typeof S2BType)[keyof typeof S2BType];

export const SERVER_CONNECT_LENGTH = 173;
export const USER_LOGIN_LENGTH = 86;
/** Client extra data after the login's fixed part (`ClientExtraData[256]`). */
export const MAX_LOGIN_EXTRA = 256;
export const USER_LOGOFF_LENGTH = 15;
export const USER_LOGOFF_WITH_SCORE_LENGTH = USER_LOGOFF_LENGTH + SCORE_LENGTH;
export const PRIVATE_CHAT_HEADER = 11;
export const DEMOGRAPHICS_HEADER = 5;
/** Registration data a demographics packet carries at most (`Data[765]`). */
export const MAX_DEMOGRAPHICS = 765;
export const BANNER_LENGTH = 96;
export const USER_BANNER_LENGTH = 5 + BANNER_LENGTH;
export const USER_SCORE_LENGTH = 5 + SCORE_LENGTH;
export const COMMAND_HEADER = 5;
export const CHANNEL_CHAT_HEADER = 37;
export const CHANNEL_FIELD = 32;
export const CAPABILITIES_LENGTH = 5;
/** The connection id ASSS puts in remote private messages: not about one player. */
export const NO_CONNECTION = 0xffffffff;

/** Capability bits of S2B 0x15; ASSS sets both. */
export const ServerCapability = { MulticastChat: 1 << 0, Demographics: 1 << 1 } as const;

const single = (type: S2BType): Uint8Array => Uint8Array.of(type);

export const encodePing = (): Uint8Array => single(S2BType.Ping);
export const encodeServerDisconnect = (): Uint8Array => single(S2BType.ServerDisconnect);

export interface ServerConnect {
  readonly serverId: number;
  readonly groupId: number;
  readonly scoreId: number;
  readonly serverName: string;
  readonly port: number;
  readonly password: string;
}

export function encodeServerConnect(c: ServerConnect): Uint8Array {
  const out = new Uint8Array(SERVER_CONNECT_LENGTH);
  const v = viewOf(out);
  out[0] = S2BType.ServerConnect;
  v.setUint32(1, c.serverId >>> 0, true);
  v.setUint32(5, c.groupId >>> 0, true);
  v.setUint32(9, c.scoreId >>> 0, true);
  writeFixedString(out, 13, 126, c.serverName);
  v.setUint16(139, c.port & 0xffff, true);
  writeFixedString(out, 141, 32, c.password);
  return out;
}

export interface UserLogin {
  readonly makeNew: boolean;
  /** Dotted IPv4; sent in network byte order (as an `in_addr`). */
  readonly ip: string;
  readonly name: string;
  readonly password: string;
  readonly connectionId: number;
  readonly machineId: number;
  readonly timezoneBias: number;
  readonly clientVersion: number;
  /** The login packet's bytes from offset 101 (Continuum id); cut to 256. */
  readonly extra?: Uint8Array;
}

export function encodeUserLogin(l: UserLogin): Uint8Array {
  const extra = l.extra?.subarray(0, MAX_LOGIN_EXTRA) ?? new Uint8Array(0);
  const out = new Uint8Array(USER_LOGIN_LENGTH + extra.length);
  const v = viewOf(out);
  out[0] = S2BType.UserLogin;
  out[1] = l.makeNew ? 1 : 0;
  out.set(ipv4Bytes(l.ip), 2);
  writeFixedString(out, 6, 32, l.name);
  writeFixedString(out, 38, 32, l.password);
  v.setUint32(70, l.connectionId >>> 0, true);
  v.setUint32(74, l.machineId >>> 0, true);
  // The client's bias is 16 bits; ASSS widens it with its sign.
  v.setInt32(78, (l.timezoneBias << 16) >> 16, true);
  // 82: unused, 83: sysop flag; both 0 as ASSS sends them.
  v.setUint16(84, l.clientVersion & 0xffff, true);
  out.set(extra, USER_LOGIN_LENGTH);
  return out;
}

/**
 * The player left. Disconnect reason and the four connection statistics are zero, as ASSS
 * sends them; the score only when given (it changed).
 */
export function encodeUserLogoff(connectionId: number, score?: BillerScore): Uint8Array {
  const out = new Uint8Array(score ? USER_LOGOFF_WITH_SCORE_LENGTH : USER_LOGOFF_LENGTH);
  out[0] = S2BType.UserLogoff;
  viewOf(out).setUint32(1, connectionId >>> 0, true);
  if (score) writeScore(out, USER_LOGOFF_LENGTH, score);
  return out;
}

export interface UserPrivateChat {
  readonly connectionId: number;
  readonly groupId: number;
  readonly subType: number;
  readonly sound: number;
  /** `:<dest>:(<sender>)><message>`; cut to 249 bytes. */
  readonly text: string;
}

export function encodeUserPrivateChat(c: UserPrivateChat): Uint8Array {
  const text = terminatedText(c.text);
  const out = new Uint8Array(PRIVATE_CHAT_HEADER + text.length);
  const v = viewOf(out);
  out[0] = S2BType.UserPrivateChat;
  v.setUint32(1, c.connectionId >>> 0, true);
  v.setUint32(5, c.groupId >>> 0, true);
  out[9] = c.subType & 0xff;
  out[10] = c.sound & 0xff;
  out.set(text, PRIVATE_CHAT_HEADER);
  return out;
}

/** Registration data (C2S 0x17 without its type byte), cut to 765 bytes. */
export function encodeUserDemographics(connectionId: number, data: Uint8Array): Uint8Array {
  const body = data.subarray(0, MAX_DEMOGRAPHICS);
  const out = new Uint8Array(DEMOGRAPHICS_HEADER + body.length);
  out[0] = S2BType.UserDemographics;
  viewOf(out).setUint32(1, connectionId >>> 0, true);
  out.set(body, DEMOGRAPHICS_HEADER);
  return out;
}

/** A 96-byte banner; a shorter one is zero-padded, a longer one cut. */
export function encodeUserBanner(connectionId: number, banner: Uint8Array): Uint8Array {
  const out = new Uint8Array(USER_BANNER_LENGTH);
  out[0] = S2BType.UserBanner;
  viewOf(out).setUint32(1, connectionId >>> 0, true);
  out.set(banner.subarray(0, BANNER_LENGTH), 5);
  return out;
}

export function encodeUserScore(connectionId: number, score: BillerScore): Uint8Array {
  const out = new Uint8Array(USER_SCORE_LENGTH);
  out[0] = S2BType.UserScore;
  viewOf(out).setUint32(1, connectionId >>> 0, true);
  writeScore(out, 5, score);
  return out;
}

/** A command line starting with `?`, cut to 249 bytes. */
export function encodeUserCommand(connectionId: number, text: string): Uint8Array {
  const body = terminatedText(text);
  const out = new Uint8Array(COMMAND_HEADER + body.length);
  out[0] = S2BType.UserCommand;
  viewOf(out).setUint32(1, connectionId >>> 0, true);
  out.set(body, COMMAND_HEADER);
  return out;
}

/** Channel chat; `channel` a number or a name (31 bytes at most), "1" when empty. */
export function encodeUserChannelChat(connectionId: number, channel: string, text: string): Uint8Array {
  const body = terminatedText(text);
  const out = new Uint8Array(CHANNEL_CHAT_HEADER + body.length);
  out[0] = S2BType.UserChannelChat;
  viewOf(out).setUint32(1, connectionId >>> 0, true);
  writeFixedString(out, 5, CHANNEL_FIELD, channel === "" ? "1" : channel);
  out.set(body, CHANNEL_CHAT_HEADER);
  return out;
}

export function encodeServerCapabilities(bits: number): Uint8Array {
  const out = new Uint8Array(CAPABILITIES_LENGTH);
  out[0] = S2BType.ServerCapabilities;
  viewOf(out).setUint32(1, bits >>> 0, true);
  return out;
}

/** Most text bytes a chat or command packet carries (the field less its NUL). */
export const MAX_TEXT = MAX_TEXT_FIELD - 1;
