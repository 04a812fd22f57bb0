import { BusSubjectError } from "./errors.js";
import { MAX_SUBJECT_LENGTH, subjectProblem } from "./subject-syntax.js";

/**
 * Subject tokens for names, and the zone-namespaced subjects built from them.
 *
 * A token keeps ASCII letters, digits, `-` and `_`; every other character becomes its UTF-8
 * bytes written `=XX` (upper-case hex), so `.`, `*`, `>`, spaces and `=` itself can neither
 * split nor widen a subject. Lone UTF-16 surrogates are written in the three-byte form UTF-8
 * reserves for them (WTF-8), so every JavaScript string has a token. The encoding is a
 * bijection: each name has exactly one token, and tokenToName refuses any other spelling, so
 * two spellings can never address one arena twice. Tokens are also valid JetStream KV keys.
 */

/** Root token of every zonebus subject. */
export const SUBJECT_ROOT = "zb";

/** Token of the empty name (`=` alone is no escape, so it cannot clash with a real name). */
const EMPTY_NAME_TOKEN = "=";
const EQ = 0x3d;

const SAFE = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  SAFE[c] = /[A-Za-z0-9_-]/.test(ch) ? 1 : 0;
}
const ESCAPE: string[] = [];
for (let b = 0; b < 256; b++) ESCAPE.push(`=${b.toString(16).toUpperCase().padStart(2, "0")}`);

function isSafe(c: number): boolean {
  return c < 128 && SAFE[c] === 1;
}

function escapeCodePoint(cp: number): string {
  if (cp < 0x80) return ESCAPE[cp]!;
  if (cp < 0x800) return ESCAPE[0xc0 | (cp >> 6)]! + ESCAPE[0x80 | (cp & 0x3f)]!;
  if (cp < 0x10000)
    return ESCAPE[0xe0 | (cp >> 12)]! + ESCAPE[0x80 | ((cp >> 6) & 0x3f)]! + ESCAPE[0x80 | (cp & 0x3f)]!;
  return (
    ESCAPE[0xf0 | (cp >> 18)]! +
    ESCAPE[0x80 | ((cp >> 12) & 0x3f)]! +
    ESCAPE[0x80 | ((cp >> 6) & 0x3f)]! +
    ESCAPE[0x80 | (cp & 0x3f)]!
  );
}

/** Encodes any name (arena, player, instance id) as one subject-safe token, keeping its case. */
export function subjectToken(name: string): string {
  if (name.length === 0) return EMPTY_NAME_TOKEN;
  let i = 0;
  while (i < name.length && isSafe(name.charCodeAt(i))) i++;
  // Plain ids and most arena names are already safe: no copy.
  if (i === name.length) return name;
  let out = name.slice(0, i);
  for (; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (isSafe(c)) {
      out += name[i];
      continue;
    }
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < name.length) {
      const d = name.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    out += escapeCodePoint(cp);
  }
  return out;
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/** The byte written `=XX` at `i`, or -1. */
function escapedByte(token: string, i: number): number {
  if (i + 2 >= token.length || token.charCodeAt(i) !== EQ) return -1;
  const hi = hexDigit(token.charCodeAt(i + 1));
  const lo = hexDigit(token.charCodeAt(i + 2));
  return hi < 0 || lo < 0 ? -1 : (hi << 4) | lo;
}

/**
 * Inverse of subjectToken: the name a token stands for, or undefined for a string that is not
 * the canonical token of any name (tokens arrive in subjects, so they are untrusted input).
 */
export function tokenToName(token: string): string | undefined {
  if (token === EMPTY_NAME_TOKEN) return "";
  if (token.length === 0 || token.length > MAX_SUBJECT_LENGTH) return undefined;
  let out = "";
  let i = 0;
  while (i < token.length) {
    const c = token.charCodeAt(i);
    if (c !== EQ) {
      if (!isSafe(c)) return undefined;
      out += token[i];
      i++;
      continue;
    }
    const lead = escapedByte(token, i);
    i += 3;
    let more: number;
    let cp: number;
    if (lead < 0) return undefined;
    if (lead < 0x80) {
      more = 0;
      cp = lead;
    } else if (lead >= 0xc2 && lead <= 0xdf) {
      more = 1;
      cp = lead & 0x1f;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      more = 2;
      cp = lead & 0x0f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      more = 3;
      cp = lead & 0x07;
    } else return undefined;
    for (; more > 0; more--) {
      const b = escapedByte(token, i);
      if (b < 0x80 || b > 0xbf) return undefined;
      cp = (cp << 6) | (b & 0x3f);
      i += 3;
    }
    if (cp > 0x10ffff) return undefined;
    out += cp < 0x10000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
  }
  // Overlong forms, a surrogate pair written as two halves, or an escaped safe character all
  // decode to some name; only the canonical spelling is accepted.
  return subjectToken(out) === token ? out : undefined;
}

/**
 * Token of an arena name. Arena names are case-insensitive in SubSpace, so the name is
 * lower-cased first: `Duel` and `duel` share subjects. tokenToName gives back the lower-cased name.
 */
export function arenaToken(arena: string): string {
  return subjectToken(arena.toLowerCase());
}

/** Token of a player name; player names are case-insensitive in SubSpace, like arena names. */
export function playerToken(player: string): string {
  return subjectToken(player.toLowerCase());
}

function checkedLeaf(leaf: string): string {
  const problem = subjectProblem(leaf, false);
  if (problem !== undefined) throw new BusSubjectError(leaf, `subject leaf: ${problem}`);
  return leaf;
}

/** `zb.<zone>`: the zone id is encoded like a name, so an id holding a dot cannot split it. */
export function zonePrefix(zone: string): string {
  return `${SUBJECT_ROOT}.${subjectToken(zone)}`;
}

/**
 * `zb.<zone>.<leaf>`, e.g. `zoneSubject("main", "master.login")`. The leaf is a fixed word of
 * the subject table, not a name: it must be a literal subject (throws BusSubjectError otherwise).
 */
export function zoneSubject(zone: string, leaf: string): string {
  return `${zonePrefix(zone)}.${checkedLeaf(leaf)}`;
}

/** `zb.<zone>.arena.<arenaToken>.<leaf>`, e.g. the input subject `zb.main.arena.duel.in`. */
export function arenaSubject(zone: string, arena: string, leaf: string): string {
  return `${zonePrefix(zone)}.arena.${arenaToken(arena)}.${checkedLeaf(leaf)}`;
}

/** `zb.<zone>.arena.*.<leaf>`: one subscription for a leaf of every arena. */
export function anyArenaSubject(zone: string, leaf: string): string {
  return `${zonePrefix(zone)}.arena.*.${checkedLeaf(leaf)}`;
}

/** `zb.<zone>.player.<playerToken>.<leaf>`. */
export function playerSubject(zone: string, player: string, leaf: string): string {
  return `${zonePrefix(zone)}.player.${playerToken(player)}.${checkedLeaf(leaf)}`;
}

/** `zb.<zone>.gw.<subjectToken(gatewayId)>.<leaf>`; instance ids keep their case. */
export function gatewaySubject(zone: string, gatewayId: string, leaf: string): string {
  return `${zonePrefix(zone)}.gw.${subjectToken(gatewayId)}.${checkedLeaf(leaf)}`;
}

/**
 * The (lower-cased) arena name of a subject built by arenaSubject for this zone, or undefined
 * when the subject is not such a subject; for handlers of anyArenaSubject subscriptions.
 */
export function arenaOfSubject(zone: string, subject: string): string | undefined {
  const head = `${zonePrefix(zone)}.arena.`;
  if (!subject.startsWith(head)) return undefined;
  const end = subject.indexOf(".", head.length);
  if (end < 0) return undefined;
  return tokenToName(subject.slice(head.length, end));
}
