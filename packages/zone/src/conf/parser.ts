/**
 * Turns preprocessed conf lines into entries, with ASSS's rules (`config.c` do_load): `[Section]`
 * sets the current section (brackets and blanks stripped), `key = value` stores `Section:key`,
 * `Section:Key = value` stores that key without changing the current section, a key with no `=`
 * is stored with an empty value, and `\` escapes the next character in keys and values. A later
 * assignment replaces an earlier one. No inline comments: `; …` after a value is part of it.
 */
import { DiagnosticCode, type DiagnosticList } from "../diagnostics.js";
import type { ConfLine } from "./preprocessor.js";
import { trimEnd, trimStart } from "./preprocessor.js";

/** Longest section name kept (ASSS `MAXSECTIONLEN`). */
export const MAX_SECTION_LENGTH = 64;
/** Longest key, `Section:Key` form included (ASSS `MAXKEYLEN` minus its terminator). */
export const MAX_KEY_LENGTH = 63;

const C_SPACE = " \t\n\v\f\r";

/** One stored setting and where it was set. */
export interface ConfigEntry {
  readonly section: string;
  readonly key: string;
  readonly value: string;
  readonly file: string;
  readonly line: number;
}

/** Parses lines into a table keyed by lower-cased `section:key`. */
export function parseConfLines(lines: readonly ConfLine[], diagnostics: DiagnosticList): Map<string, ConfigEntry> {
  const table = new Map<string, ConfigEntry>();
  let section: string | undefined;
  for (const { text, file, line } of lines) {
    const buf = trimEnd(trimStart(text, C_SPACE), C_SPACE);
    if (buf.length === 0) continue;
    if (buf[0] === "[") {
      let name = trimEnd(trimStart(buf, `[${C_SPACE}`), `]${C_SPACE}`);
      if (name.length > MAX_SECTION_LENGTH) {
        diagnostics.warn(
          DiagnosticCode.ConfNameTooLong,
          `section name longer than ${MAX_SECTION_LENGTH}; cut`,
          file,
          line,
        );
        name = name.slice(0, MAX_SECTION_LENGTH);
      }
      section = name;
      continue;
    }
    const { text: rawKey, end } = unescapeUntil(buf, 0, "=");
    if (rawKey.length === 0) {
      diagnostics.warn(DiagnosticCode.ConfEmptyKey, "line has no key; ignored", file, line);
      continue;
    }
    const hasValue = buf[end] === "=";
    const key = hasValue ? trimEnd(rawKey, C_SPACE) : rawKey;
    if (key.length > MAX_KEY_LENGTH) {
      diagnostics.warn(DiagnosticCode.ConfNameTooLong, `key longer than ${MAX_KEY_LENGTH}; line ignored`, file, line);
      continue;
    }
    let full: string;
    let value = "";
    if (hasValue) {
      value = unescapeUntil(trimStart(buf.slice(end + 1), C_SPACE), 0, undefined).text;
      if (key.includes(":")) full = key;
      else if (section !== undefined) full = `${section}:${key}`;
      else {
        diagnostics.warn(DiagnosticCode.ConfNoSection, `"${key}" is not in any section; ignored`, file, line);
        continue;
      }
    } else {
      full = section === undefined ? key : `${section}:${key}`;
      diagnostics.warn(DiagnosticCode.ConfNoValue, `"${key}" has no "="; stored with an empty value`, file, line);
    }
    const colon = full.indexOf(":");
    table.set(full.toLowerCase(), {
      section: colon < 0 ? "" : full.slice(0, colon),
      key: colon < 0 ? full : full.slice(colon + 1),
      value,
      file,
      line,
    });
  }
  return table;
}

/** Copies `s` from `start` up to `stop` (or the end), dropping each `\` and keeping what follows it. */
function unescapeUntil(s: string, start: number, stop: string | undefined): { text: string; end: number } {
  let out = "";
  let i = start;
  while (i < s.length && s[i] !== stop) {
    if (s[i] === "\\") {
      i++;
      if (i < s.length) out += s[i++];
    } else out += s[i++];
  }
  return { text: out, end: i };
}
