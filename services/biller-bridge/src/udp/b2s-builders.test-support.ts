/**
 * B2S packets as a biller would build them, written field by field from biller.md §3.2 for the
 * tests (the link itself only decodes these).
 */
import type { BillerScore } from "../biller-link.js";

const le = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const withNul = (s: string) => Uint8Array.from([...ascii(s), 0]);

export interface LoginResultFields {
  result: number;
  connectionId: number;
  name?: string;
  squad?: string;
  banner?: Uint8Array;
  secondsPlayed?: number;
  firstLogin?: [number, number, number, number, number, number];
  userId?: number;
  score?: BillerScore;
}

export function b2sLoginResult(f: LoginResultFields): Uint8Array {
  const out = new Uint8Array(f.score ? 192 : 178);
  const v = le(out);
  out[0] = 0x01;
  out[1] = f.result;
  v.setUint32(2, f.connectionId, true);
  out.set(ascii(f.name ?? ""), 6);
  out.set(ascii(f.squad ?? ""), 30);
  if (f.banner) out.set(f.banner, 54);
  v.setUint32(150, f.secondsPlayed ?? 0, true);
  for (const [i, n] of (f.firstLogin ?? [0, 0, 0, 0, 0, 0]).entries()) v.setUint16(154 + 2 * i, n, true);
  v.setUint32(170, f.userId ?? 0, true);
  if (f.score) {
    v.setUint16(178, f.score.kills, true);
    v.setUint16(180, f.score.deaths, true);
    v.setUint16(182, f.score.flags, true);
    v.setUint32(184, f.score.killPoints, true);
    v.setUint32(188, f.score.flagPoints, true);
  }
  return out;
}

export function b2sPrivateChat(text: string, sound = 0, subType = 2, serverId = 9): Uint8Array {
  const body = withNul(text);
  const out = new Uint8Array(7 + body.length);
  out[0] = 0x03;
  le(out).setUint32(1, serverId, true);
  out[5] = subType;
  out[6] = sound;
  out.set(body, 7);
  return out;
}

export function b2sKickout(connectionId: number, reason: number): Uint8Array {
  const out = new Uint8Array(7);
  out[0] = 0x08;
  le(out).setUint32(1, connectionId, true);
  le(out).setUint16(5, reason, true);
  return out;
}

export function b2sCommandChat(connectionId: number, text: string): Uint8Array {
  const body = withNul(text);
  const out = new Uint8Array(5 + body.length);
  out[0] = 0x09;
  le(out).setUint32(1, connectionId, true);
  out.set(body, 5);
  return out;
}

export function b2sChannelChat(connectionId: number, channel: number, text: string): Uint8Array {
  const body = withNul(text);
  const out = new Uint8Array(6 + body.length);
  out[0] = 0x0a;
  le(out).setUint32(1, connectionId, true);
  out[5] = channel;
  out.set(body, 6);
  return out;
}

export function b2sScoreReset(scoreId: number, negated = -scoreId): Uint8Array {
  const out = new Uint8Array(9);
  out[0] = 0x31;
  le(out).setInt32(1, scoreId, true);
  le(out).setInt32(5, negated, true);
  return out;
}

export function b2sUserPacket(connectionId: number, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(5 + data.length);
  out[0] = 0x32;
  le(out).setUint32(1, connectionId, true);
  out.set(data, 5);
  return out;
}

export function b2sIdentity(data: Uint8Array): Uint8Array {
  return Uint8Array.from([0x33, ...data]);
}

export function b2sMultiChannelChat(recipients: [number, number][], text: string): Uint8Array {
  const body = withNul(text);
  const out = new Uint8Array(2 + 5 * recipients.length + body.length);
  out[0] = 0x34;
  out[1] = recipients.length;
  recipients.forEach(([id, channel], i) => {
    le(out).setUint32(2 + 5 * i, id, true);
    out[6 + 5 * i] = channel;
  });
  out.set(body, 2 + 5 * recipients.length);
  return out;
}
