import { BusSubjectError } from "./errors.js";

/**
 * Longest subject accepted, in UTF-16 units. NATS closes a connection whose protocol line passes
 * its max_control_line (4 KiB by default); a subject and a reply subject of this length stay
 * under it even when every character takes three UTF-8 bytes, so a long name can fail one
 * publish but never drop the connection.
 */
export const MAX_SUBJECT_LENGTH = 512;

const DOT = 0x2e;
const STAR = 0x2a;
const GT = 0x3e;

/** Whitespace (every character `\s` matches) and control characters split or corrupt NATS protocol lines. */
function isForbiddenChar(c: number): boolean {
  if (c <= 0x20 || c === 0x7f) return true;
  if (c < 0x80) return false;
  return (
    c <= 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Why `subject` is not a valid subject, or undefined when it is. Publish subjects take no
 * wildcards; subscriptions may use `*` as a whole token and `>` as the whole last token.
 * Allocates nothing for a valid subject (it runs on every publish).
 */
export function subjectProblem(subject: string, allowWildcards: boolean): string | undefined {
  const n = subject.length;
  if (n === 0) return "empty";
  if (n > MAX_SUBJECT_LENGTH) return `longer than ${MAX_SUBJECT_LENGTH} characters`;
  let start = 0;
  let wild = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? subject.charCodeAt(i) : DOT;
    if (c === DOT) {
      const len = i - start;
      if (len === 0) return "empty token";
      if (wild) {
        if (len !== 1) return "wildcard inside a token";
        if (!allowWildcards) return "wildcards are not allowed here";
        if (subject.charCodeAt(start) === GT && i !== n) return "> must be the last token";
      }
      start = i + 1;
      wild = false;
    } else if (c === STAR || c === GT) wild = true;
    else if (isForbiddenChar(c)) return "whitespace or control character";
  }
  return undefined;
}

/** Throws BusSubjectError unless `subject` is valid for publishing (no wildcards) or subscribing. */
export function validateSubject(subject: string, allowWildcards: boolean): void {
  const problem = subjectProblem(subject, allowWildcards);
  if (problem !== undefined) throw new BusSubjectError(subject, problem);
}

/** Throws BusSubjectError unless `queue` is a usable queue group name (one token-like word). */
export function validateQueueName(queue: string): void {
  const problem = subjectProblem(queue, false);
  if (problem !== undefined) throw new BusSubjectError(queue, `queue group name: ${problem}`);
}

/** True when a valid subscription subject holds a `*` or `>` token. */
export function hasWildcard(subject: string): boolean {
  for (let i = 0; i < subject.length; i++) {
    const c = subject.charCodeAt(i);
    if ((c === STAR || c === GT) && (i === 0 || subject.charCodeAt(i - 1) === DOT)) return true;
  }
  return false;
}

/** True when `subject` (literal tokens) matches `pattern` (tokens; may hold `*` and a trailing `>`). */
export function subjectMatches(pattern: readonly string[], subject: readonly string[]): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    if (p === ">") return subject.length > i;
    if (i >= subject.length) return false;
    if (p !== "*" && p !== subject[i]) return false;
  }
  return pattern.length === subject.length;
}
