/**
 * Game text is Windows-1252 (clients render that code page). Decoding follows the WHATWG
 * mapping, which gives every byte 1..255 its own character, so any decoded string encodes back
 * to the same bytes. Characters outside the code page encode as `?`.
 */

/** Unicode code points of bytes 0x80..0x9F; the rest of the code page equals Latin-1. */
const HIGH_CONTROL_BLOCK = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
] as const;

const BYTE_TO_CODE: readonly number[] = Array.from({ length: 256 }, (_, b) =>
  b >= 0x80 && b < 0xa0 ? HIGH_CONTROL_BLOCK[b - 0x80]! : b,
);

const CHAR_TO_BYTE: ReadonlyMap<number, number> = new Map(HIGH_CONTROL_BLOCK.map((cp, i) => [cp, 0x80 + i]));

const QUESTION_MARK = 0x3f;

const TEXT_CHUNK = 4096;

/** Decodes bytes [start, end) of `buf` as game text. */
export function decodeGameText(buf: Uint8Array, start: number, end: number): string {
  const n = end - start;
  if (n <= 0) return "";
  // One call per chunk instead of one string per character; chunks keep the argument count
  // well below engine limits.
  let s = "";
  for (let from = start; from < end; from += TEXT_CHUNK) {
    const to = Math.min(end, from + TEXT_CHUNK);
    const codes = new Array<number>(to - from);
    for (let i = from; i < to; i++) codes[i - from] = BYTE_TO_CODE[buf[i]!]!;
    s += String.fromCharCode.apply(null, codes);
  }
  return s;
}

/** The byte for one UTF-16 unit, or `?` when the code page has no such character. */
function byteOf(unit: number): number {
  // A NUL inside a text would end it early on the wire and shift every field after it.
  if (unit === 0) return QUESTION_MARK;
  if (unit < 0x80 || (unit >= 0xa0 && unit <= 0xff)) return unit;
  return CHAR_TO_BYTE.get(unit) ?? QUESTION_MARK;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number | undefined): boolean {
  return unit !== undefined && unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * Writes `text` at `offset`, at most `maxBytes` bytes (whole characters only), and returns the
 * number of bytes written. A character outside the code page (an astral one included) and NUL
 * become one `?`.
 */
export function encodeGameText(text: string, out: Uint8Array, offset: number, maxBytes: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < maxBytes; i++) {
    const unit = text.charCodeAt(i);
    if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(i + 1))) i++;
    out[offset + n++] = byteOf(unit);
  }
  return n;
}

/** Bytes `text` takes on the wire (one per character; a surrogate pair is one character). */
export function gameTextLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) i++;
    n++;
  }
  return n;
}

/** Index of the first NUL in [start, end), or `end` when there is none. */
export function indexOfNul(buf: Uint8Array, start: number, end: number): number {
  for (let i = start; i < end; i++) if (buf[i] === 0) return i;
  return end;
}
