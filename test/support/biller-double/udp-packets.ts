/**
 * The old UDP biller protocol's packets (biller.md §3): S2B packets parsed into log records
 * with a bounds check before every read, B2S packets built with their fixed layouts.
 * Multi-byte integers are little-endian; text is NUL-terminated Latin-1.
 */
import type { BillerRecordScore } from "./types.js";

/** S2B packet types (biller.md §3.1). */
export const S2B = {
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

/** B2S packet types (biller.md §3.2). */
export const B2S = {
  UserLogin: 0x01,
  UserPrivateChat: 0x03,
  UserKickout: 0x08,
  UserCommandChat: 0x09,
  UserChannelChat: 0x0a,
  ScoreReset: 0x31,
  UserPacket: 0x32,
} as const;

/** Login result codes (B2S 0x01 byte 1). */
export const LoginResult = {
  Ok: 0,
  NewUser: 1,
  InvalidPassword: 2,
  Banned: 3,
  ServerBusy: 7,
  AskDemographics: 8,
} as const;

/** Longest S2B packet accepted: a login with 256 bytes of client data is the largest defined. */
export const MAX_S2B_PACKET = 1024;
export const SCORE_LENGTH = 14;
export const LOGIN_RESULT_LENGTH = 178;

export interface S2BRecord {
  readonly type: string;
  readonly pid?: number;
  readonly fields: Record<string, string | number>;
  readonly score?: BillerRecordScore;
}

export type ParsedS2B =
  | { readonly ok: true; readonly record: S2BRecord }
  | { readonly ok: false; readonly reason: string };

const bad = (reason: string): ParsedS2B => ({ ok: false, reason });
const good = (record: S2BRecord): ParsedS2B => ({ ok: true, record });

/** Text up to the first NUL (or the end) of `bytes`. */
export function cString(bytes: Uint8Array): string {
  const end = bytes.indexOf(0);
  return Buffer.from(bytes.subarray(0, end < 0 ? bytes.length : end)).toString("latin1");
}

export function readScore(p: Uint8Array, at: number): BillerRecordScore {
  const v = new DataView(p.buffer, p.byteOffset + at, SCORE_LENGTH);
  return {
    kills: v.getUint16(0, true),
    deaths: v.getUint16(2, true),
    flags: v.getUint16(4, true),
    killPoints: v.getUint32(6, true),
    flagPoints: v.getUint32(10, true),
  };
}

/** Parses one S2B packet; never throws. */
export function parseS2B(p: Uint8Array): ParsedS2B {
  if (p.length === 0) return bad("empty");
  if (p.length > MAX_S2B_PACKET) return bad("too_long");
  const v = new DataView(p.buffer, p.byteOffset, p.byteLength);
  const u32 = (at: number) => v.getUint32(at, true);
  const hex = (from: number, to?: number) => Buffer.from(p.subarray(from, to)).toString("hex");
  const needs = (n: number) => p.length >= n;
  switch (p[0]) {
    case S2B.Ping:
      return good({ type: "ping", fields: {} });
    case S2B.ServerConnect:
      if (!needs(173)) return bad("short");
      return good({
        type: "connect",
        fields: {
          serverId: u32(1),
          groupId: u32(5),
          scoreId: u32(9),
          serverName: cString(p.subarray(13, 139)),
          port: v.getUint16(139, true),
          password: cString(p.subarray(141, 173)),
        },
      });
    case S2B.ServerDisconnect:
      return good({ type: "disconnect", fields: {} });
    case S2B.UserLogin: {
      if (!needs(86)) return bad("short");
      const pid = u32(70);
      return good({
        type: "login",
        pid,
        fields: {
          makeNew: p[1]!,
          ip: `${p[2]}.${p[3]}.${p[4]}.${p[5]}`,
          name: cString(p.subarray(6, 38)),
          password: cString(p.subarray(38, 70)),
          machineId: u32(74),
          timezoneBias: v.getInt32(78, true),
          sysop: p[83]!,
          clientVersion: v.getUint16(84, true),
          contId: hex(86),
        },
      });
    }
    case S2B.UserLogoff: {
      if (p.length !== 15 && p.length !== 15 + SCORE_LENGTH) return bad("bad_length");
      return good({
        type: "logoff",
        pid: u32(1),
        fields: {
          reason: v.getUint16(5, true),
          latency: v.getUint16(7, true),
          ping: v.getUint16(9, true),
          s2cLoss: v.getUint16(11, true),
          c2sLoss: v.getUint16(13, true),
        },
        score: p.length === 29 ? readScore(p, 15) : undefined,
      });
    }
    case S2B.UserPrivateChat:
      if (!needs(11)) return bad("short");
      return good({
        type: "chat",
        pid: u32(1),
        fields: { groupId: u32(5), subType: p[9]!, sound: p[10]!, text: cString(p.subarray(11)) },
      });
    case S2B.UserDemographics:
      if (!needs(5)) return bad("short");
      return good({ type: "demographics", pid: u32(1), fields: { data: hex(5) } });
    case S2B.UserBanner:
      if (p.length !== 101) return bad("bad_length");
      return good({ type: "banner", pid: u32(1), fields: { banner: hex(5) } });
    case S2B.UserScore:
      if (p.length !== 5 + SCORE_LENGTH) return bad("bad_length");
      return good({ type: "score", pid: u32(1), fields: {}, score: readScore(p, 5) });
    case S2B.UserCommand:
      if (!needs(5)) return bad("short");
      return good({ type: "command", pid: u32(1), fields: { text: cString(p.subarray(5)) } });
    case S2B.UserChannelChat:
      if (!needs(37)) return bad("short");
      return good({
        type: "channel",
        pid: u32(1),
        fields: { channel: cString(p.subarray(5, 37)), text: cString(p.subarray(37)) },
      });
    case S2B.ServerCapabilities:
      if (!needs(5)) return bad("short");
      return good({ type: "capabilities", fields: { bits: u32(1) } });
    default:
      return bad("unknown_type");
  }
}

/** Writes `text` as Latin-1 into `into` at `at`, at most `size - 1` bytes, the rest left zero. */
function putFixed(into: Uint8Array, at: number, size: number, text: string): void {
  into.set(Buffer.from(text, "latin1").subarray(0, size - 1), at);
}

/** Type byte, u32 pid, then the given bytes. */
function withPid(type: number, pid: number, rest: Uint8Array): Uint8Array {
  const p = new Uint8Array(5 + rest.length);
  p[0] = type;
  new DataView(p.buffer).setUint32(1, pid >>> 0, true);
  p.set(rest, 5);
  return p;
}

const nulText = (text: string) => Buffer.concat([Buffer.from(text, "latin1"), Buffer.of(0)]);

export interface LoginResultFields {
  readonly result: number;
  readonly pid: number;
  readonly name?: string;
  readonly squad?: string;
  readonly banner?: Uint8Array;
  readonly userId?: number;
}

/** B2S 0x01, 178 bytes; first login 1-1-2020 0:00:00 for everyone. */
export function encodeLoginResult(f: LoginResultFields): Uint8Array {
  const p = new Uint8Array(LOGIN_RESULT_LENGTH);
  const v = new DataView(p.buffer);
  p[0] = B2S.UserLogin;
  p[1] = f.result;
  v.setUint32(2, f.pid >>> 0, true);
  putFixed(p, 6, 24, f.name ?? "");
  putFixed(p, 30, 24, f.squad ?? "");
  if (f.banner) p.set(f.banner.subarray(0, 96), 54);
  for (const [i, n] of [2020, 1, 1, 0, 0, 0].entries()) v.setUint16(154 + 2 * i, n, true);
  v.setUint32(170, (f.userId ?? 0) >>> 0, true);
  return p;
}

/** B2S 0x03: source server id 0, sub type 2. */
export function encodePrivateChat(sound: number, text: string): Uint8Array {
  const body = nulText(text);
  const p = new Uint8Array(7 + body.length);
  p[0] = B2S.UserPrivateChat;
  p[5] = 2;
  p[6] = sound & 0xff;
  p.set(body, 7);
  return p;
}

export function encodeKickout(pid: number, reason: number): Uint8Array {
  const rest = new Uint8Array(2);
  new DataView(rest.buffer).setUint16(0, reason & 0xffff, true);
  return withPid(B2S.UserKickout, pid, rest);
}

/** B2S 0x0A: the channel number as the recipient has it, then the text. */
export function encodeChannelChat(pid: number, channel: number, text: string): Uint8Array {
  return withPid(B2S.UserChannelChat, pid, Buffer.concat([Buffer.of(channel & 0xff), nulText(text)]));
}

export function encodeScoreReset(scoreId: number): Uint8Array {
  const p = new Uint8Array(9);
  const v = new DataView(p.buffer);
  p[0] = B2S.ScoreReset;
  v.setUint32(1, scoreId >>> 0, true);
  v.setInt32(5, -scoreId | 0, true);
  return p;
}

/** B2S 0x32 carrying S2C 0x33 (login failure text) for one player. */
export function encodeLoginFailureText(pid: number, text: string): Uint8Array {
  return withPid(B2S.UserPacket, pid, Buffer.concat([Buffer.of(0x33), nulText(text.slice(0, 254))]));
}
