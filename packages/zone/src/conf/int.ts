/**
 * Integer settings exactly as ASSS reads them (`config.c` GetInt): C `strtol` with base 0 —
 * leading blanks, a sign, `0x` hex, a leading `0` for octal, else decimal, stopping at the first
 * character that does not fit — the result cut to a 32-bit int. A value with no number at all
 * counts as 1 when it starts with `y`/`Y` ("yes"), else 0.
 */
const C_SPACE = " \t\n\v\f\r";
const LONG_MAX = (1n << 63n) - 1n;
const LONG_MIN = -(1n << 63n);

export function parseAsssInt(str: string): number {
  let i = 0;
  while (i < str.length && C_SPACE.includes(str[i]!)) i++;
  let negative = false;
  if (str[i] === "+" || str[i] === "-") negative = str[i++] === "-";
  let base = 10;
  if (str[i] === "0") {
    if ((str[i + 1] === "x" || str[i + 1] === "X") && digitValue(str[i + 2], 16) >= 0) {
      base = 16;
      i += 2;
    } else base = 8;
  }
  const start = i;
  let value = 0n;
  const big = BigInt(base);
  for (; i < str.length; i++) {
    const d = digitValue(str[i], base);
    if (d < 0) break;
    // Saturate like strtol; further digits cannot bring the value back into range.
    if (value <= LONG_MAX) value = value * big + BigInt(d);
  }
  if (i === start) return str[0] === "y" || str[0] === "Y" ? 1 : 0;
  if (negative) value = -value;
  if (value > LONG_MAX) value = LONG_MAX;
  if (value < LONG_MIN) value = LONG_MIN;
  return Number(BigInt.asIntN(32, value));
}

function digitValue(c: string | undefined, base: number): number {
  if (c === undefined) return -1;
  const code = c.charCodeAt(0);
  let d = -1;
  if (code >= 48 && code <= 57) d = code - 48;
  else if (code >= 97 && code <= 122) d = code - 87;
  else if (code >= 65 && code <= 90) d = code - 55;
  return d >= 0 && d < base ? d : -1;
}
