import { BusSubjectError } from "./errors.js";

/** Checks a subject for publishing (no wildcards) or subscribing (wildcards allowed). */
export function validateSubject(subject: string, allowWildcards: boolean): void {
  if (subject.length === 0) throw new BusSubjectError(subject, "empty");
  if (/\s/.test(subject)) throw new BusSubjectError(subject, "contains whitespace");
  const tokens = subject.split(".");
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.length === 0) throw new BusSubjectError(subject, "empty token");
    const wild = t === "*" || t === ">";
    if (!wild && (t.includes("*") || t.includes(">")))
      throw new BusSubjectError(subject, `wildcard inside token "${t}"`);
    if (wild && !allowWildcards) throw new BusSubjectError(subject, "wildcards are not allowed here");
    if (t === ">" && i !== tokens.length - 1) throw new BusSubjectError(subject, "> must be the last token");
  }
}

/** True when `subject` (literal) matches `pattern` (may hold `*` and a trailing `>`). */
export function subjectMatches(pattern: string[], subject: string[]): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    if (p === ">") return subject.length > i;
    if (i >= subject.length) return false;
    if (p !== "*" && p !== subject[i]) return false;
  }
  return pattern.length === subject.length;
}

/**
 * Encodes any name (arena, player, instance id) as one subject-safe token, reversibly.
 * Letters, digits, `-` and `_` stay; every other UTF-8 byte becomes `=XX` (upper-case hex),
 * so `.`, `*`, `>`, spaces and `=` itself cannot split or widen a subject. The token is also
 * a valid JetStream KV key. Case is kept: callers normalise names first where the game does.
 */
export function subjectToken(name: string): string {
  if (name.length === 0) return "=";
  let out = "";
  for (const byte of Buffer.from(name, "utf8")) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9_-]/.test(ch) ? ch : `=${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** Inverse of subjectToken; returns undefined for a string that is not a valid token. */
export function tokenToName(token: string): string | undefined {
  if (token === "=") return "";
  const bytes: number[] = [];
  for (let i = 0; i < token.length; i++) {
    const ch = token[i]!;
    if (ch === "=") {
      const hex = token.slice(i + 1, i + 3);
      if (!/^[0-9A-F]{2}$/.test(hex)) return undefined;
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else if (/[A-Za-z0-9_-]/.test(ch)) bytes.push(ch.charCodeAt(0));
    else return undefined;
  }
  return Buffer.from(bytes).toString("utf8");
}
