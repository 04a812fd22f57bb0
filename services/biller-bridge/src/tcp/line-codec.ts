/**
 * The TCP biller line protocol's messages (biller.md §2): biller → zone lines parsed into
 * typed messages, zone → biller messages formatted into lines.
 *
 * Every type has a fixed field count, so the last field keeps any `:` it holds. Parsing never
 * throws: a known type with missing fields or bad numbers is `malformed`, any other type
 * `unknown`; the caller counts and drops both (ASSS crashes on some of them).
 *
 * Formatting never lets a caller's text (a player's name, chat, command) forge a line or
 * shift a field: line breaks and NUL become spaces, characters beyond latin1 become `?`
 * (latin1 encoding keeps only a character's low byte, so U+010A would otherwise turn into a
 * LF on the wire), `:` in any field but the last becomes `_`, and the line is cut to
 * {@link MAX_LINE_LENGTH}.
 */
import { MAX_LINE_LENGTH } from "./line-framer.js";

/** The protocol version the zone speaks (major.minor must match the biller's). */
export const PROTOCOL_VERSION = "1.3.1";
/** A banner: 96 bytes, 192 hex characters on the wire. */
export const BANNER_LENGTH = 96;
/** The Continuum id in PLOGIN: 64 bytes, 128 hex characters. */
export const CONT_ID_LENGTH = 64;

// ---------------------------------------------------------------- biller → zone

export type BillerLine =
  | { readonly type: "CONNECTOK"; readonly swName: string; readonly billerName: string }
  | { readonly type: "CONNECTBAD"; readonly swName: string; readonly billerName: string; readonly reason: string }
  | { readonly type: "WANTREG"; readonly pid: number }
  | {
      readonly type: "POK";
      readonly pid: number;
      readonly rtext: string;
      readonly name: string;
      readonly squad: string;
      readonly billerId: number;
      readonly usage: number;
      readonly firstUsed: string;
    }
  | { readonly type: "PBAD"; readonly pid: number; readonly newName: boolean; readonly rtext: string }
  | { readonly type: "PKICK"; readonly pid: number; readonly reason: string }
  | { readonly type: "BNR"; readonly pid: number; readonly banner: Uint8Array }
  | {
      readonly type: "CHATTXT";
      readonly channel: string;
      readonly sender: string;
      readonly sound: number;
      readonly text: string;
    }
  | { readonly type: "CHAT"; readonly pid: number; readonly number: number }
  | {
      readonly type: "RMT";
      readonly pid: number;
      readonly sender: string;
      readonly sound: number;
      readonly text: string;
    }
  | {
      readonly type: "RMTSQD";
      readonly squad: string;
      readonly sender: string;
      readonly sound: number;
      readonly text: string;
    }
  | { readonly type: "MSG"; readonly pid: number; readonly sound: number; readonly text: string }
  | { readonly type: "STAFFMSG"; readonly sender: string; readonly sound: number; readonly text: string }
  | { readonly type: "BROADCAST"; readonly sender: string; readonly sound: number; readonly text: string }
  | { readonly type: "SCORERESET" }
  | { readonly type: "PING" };

export type BillerLineType = BillerLine["type"];

export type ParseResult =
  | { readonly ok: true; readonly line: BillerLine }
  | { readonly ok: false; readonly reason: "malformed" | "unknown"; readonly type: string };

/** A field that is not a well-formed number: the whole line is malformed. */
class BadField extends Error {}

/** Parses one line (terminator removed). Never throws. */
export function parseBillerLine(text: string): ParseResult {
  const colon = text.indexOf(":");
  const type = colon < 0 ? text : text.slice(0, colon);
  const rest = colon < 0 ? undefined : text.slice(colon + 1);
  const parser = PARSERS[type];
  if (parser === undefined) return { ok: false, reason: "unknown", type: type.slice(0, 16) };
  const fields = parser.count === 0 ? [] : splitFields(rest, parser.count);
  if (fields === undefined) return { ok: false, reason: "malformed", type };
  try {
    return { ok: true, line: parser.parse(fields) };
  } catch {
    // BadField, and anything unforeseen: a line is never worth an exception.
    return { ok: false, reason: "malformed", type };
  }
}

/** Splits into exactly `count` fields, the last keeping its `:`; undefined when fewer. */
function splitFields(rest: string | undefined, count: number): string[] | undefined {
  if (rest === undefined) return undefined;
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i < count; i++) {
    const at = rest.indexOf(":", start);
    if (at < 0) return undefined;
    out.push(rest.slice(start, at));
    start = at + 1;
  }
  out.push(rest.slice(start));
  return out;
}

interface FieldParser {
  readonly count: number;
  parse(f: string[]): BillerLine;
}

const PARSERS: Readonly<Record<string, FieldParser>> = {
  CONNECTOK: { count: 2, parse: (f) => ({ type: "CONNECTOK", swName: str(f, 0), billerName: str(f, 1) }) },
  CONNECTBAD: {
    count: 3,
    parse: (f) => ({ type: "CONNECTBAD", swName: str(f, 0), billerName: str(f, 1), reason: str(f, 2) }),
  },
  WANTREG: { count: 1, parse: (f) => ({ type: "WANTREG", pid: pidField(f, 0) }) },
  POK: {
    count: 7,
    parse: (f) => ({
      type: "POK",
      pid: pidField(f, 0),
      rtext: str(f, 1),
      name: str(f, 2),
      squad: str(f, 3),
      billerId: uintField(f, 4, 0xffffffff),
      usage: uintField(f, 5, Number.MAX_SAFE_INTEGER),
      firstUsed: str(f, 6),
    }),
  },
  PBAD: {
    count: 3,
    parse: (f) => ({ type: "PBAD", pid: pidField(f, 0), newName: uintField(f, 1, 0xffffffff) === 1, rtext: str(f, 2) }),
  },
  PKICK: { count: 2, parse: (f) => ({ type: "PKICK", pid: pidField(f, 0), reason: str(f, 1) }) },
  BNR: { count: 2, parse: (f) => ({ type: "BNR", pid: pidField(f, 0), banner: hexField(f, 1, BANNER_LENGTH) }) },
  CHATTXT: {
    count: 4,
    parse: (f) => ({
      type: "CHATTXT",
      channel: str(f, 0),
      sender: str(f, 1),
      sound: soundField(f, 2),
      text: str(f, 3),
    }),
  },
  CHAT: { count: 2, parse: (f) => ({ type: "CHAT", pid: pidField(f, 0), number: uintField(f, 1, 0xffff) }) },
  RMT: {
    count: 4,
    parse: (f) => ({ type: "RMT", pid: pidField(f, 0), sender: str(f, 1), sound: soundField(f, 2), text: str(f, 3) }),
  },
  RMTSQD: {
    count: 4,
    parse: (f) => {
      const squad = str(f, 0);
      if (squad === "") throw new BadField();
      return { type: "RMTSQD", squad, sender: str(f, 1), sound: soundField(f, 2), text: str(f, 3) };
    },
  },
  MSG: { count: 3, parse: (f) => ({ type: "MSG", pid: pidField(f, 0), sound: soundField(f, 1), text: str(f, 2) }) },
  STAFFMSG: {
    count: 3,
    parse: (f) => ({ type: "STAFFMSG", sender: str(f, 0), sound: soundField(f, 1), text: str(f, 2) }),
  },
  BROADCAST: {
    count: 3,
    parse: (f) => ({ type: "BROADCAST", sender: str(f, 0), sound: soundField(f, 1), text: str(f, 2) }),
  },
  // No fields; anything after a `:` is ignored, there is nothing it could shift.
  SCORERESET: { count: 0, parse: () => ({ type: "SCORERESET" }) },
  PING: { count: 0, parse: () => ({ type: "PING" }) },
};

function str(f: string[], i: number): string {
  return f[i] ?? "";
}

const DECIMAL = /^[0-9]{1,16}$/;

function uintField(f: string[], i: number, max: number): number {
  const s = str(f, i);
  if (!DECIMAL.test(s)) throw new BadField();
  const n = Number(s);
  if (n > max) throw new BadField();
  return n;
}

/** Player ids are the zone's (non-negative 32-bit) ids. */
function pidField(f: string[], i: number): number {
  return uintField(f, i, 0x7fffffff);
}

/** A chat sound is one byte. */
function soundField(f: string[], i: number): number {
  return uintField(f, i, 0xff);
}

const HEX = /^[0-9a-fA-F]*$/;

function hexField(f: string[], i: number, bytes: number): Uint8Array {
  const s = str(f, i);
  if (s.length !== bytes * 2 || !HEX.test(s)) throw new BadField();
  return new Uint8Array(Buffer.from(s, "hex"));
}

// ---------------------------------------------------------------- zone → biller

/** What the zone tells the biller about itself in CONNECT. */
export interface ConnectFields {
  /** Software name and version, e.g. `zonebus 0.1.0`. */
  readonly software: string;
  readonly zoneName: string;
  readonly network: string;
  readonly password: string;
}

export function formatConnect(c: ConnectFields): string {
  return line("CONNECT", [PROTOCOL_VERSION, c.software, c.zoneName, c.network], c.password);
}

export interface LoginFields {
  readonly pid: number;
  readonly createNew: boolean;
  readonly name: string;
  readonly password: string;
  readonly ip: string;
  readonly machineId: number;
  /** 64 bytes, or absent for VIE clients (empty field). */
  readonly contId?: Uint8Array;
}

export function formatLogin(l: LoginFields): string {
  const contId = l.contId === undefined ? "" : hex(l.contId.subarray(0, CONT_ID_LENGTH));
  return line("PLOGIN", [int(l.pid), l.createNew ? "1" : "0", l.name, l.password, l.ip, uint32(l.machineId)], contId);
}

export function formatRegData(pid: number, data: Uint8Array): string {
  return line("REGDATA", [int(pid)], hex(data));
}

export function formatBanner(pid: number, banner: Uint8Array): string {
  return line("BNR", [int(pid)], hex(banner));
}

export function formatEnterArena(pid: number): string {
  return line("PENTERARENA", [], int(pid));
}

export function formatLeave(pid: number): string {
  return line("PLEAVE", [], int(pid));
}

export function formatChannelChat(pid: number, channel: string, sound: number, text: string): string {
  return line("CHAT", [int(pid), channel, byte(sound)], text);
}

export function formatRemote(pid: number, destination: string, sound: number, text: string): string {
  return line("RMT", [int(pid), destination, byte(sound)], text);
}

export function formatSquad(pid: number, squad: string, sound: number, text: string): string {
  return line("RMTSQD", [int(pid), squad, byte(sound)], text);
}

export function formatCommand(pid: number, name: string, args: string): string {
  return line("CMD", [int(pid), name], args);
}

/** `pid` undefined: a log line not about a player (empty pid field). */
export function formatLog(pid: number | undefined, text: string): string {
  return line("LOG", [pid === undefined ? "" : int(pid)], text);
}

export function formatPing(): string {
  return "PING";
}

/** Joins a line from fields made safe; the result has no terminator. */
function line(type: string, fields: readonly string[], last: string): string {
  let out = type;
  for (const f of fields) out += `:${safeField(f)}`;
  out += `:${safeText(last)}`;
  return out.length > MAX_LINE_LENGTH ? out.slice(0, MAX_LINE_LENGTH) : out;
}

/** Text for the last field: no line breaks or NUL, nothing beyond one byte per character. */
export function safeText(s: string): string {
  return s.replace(/[\r\n\0]/g, " ").replace(/[^\x00-\xff]/g, "?");
}

/** A field before the last: as {@link safeText}, and no `:` that would shift the fields after it. */
export function safeField(s: string): string {
  return safeText(s).replace(/:/g, "_");
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}

function int(n: number): string {
  return Number.isFinite(n) ? String(Math.trunc(n)) : "0";
}

function uint32(n: number): string {
  return Number.isFinite(n) ? String(Math.trunc(n) >>> 0) : "0";
}

function byte(n: number): string {
  return Number.isFinite(n) ? String(Math.min(255, Math.max(0, Math.trunc(n)))) : "0";
}
