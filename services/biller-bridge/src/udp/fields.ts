/**
 * Field helpers of the old UDP biller protocol (biller.md §3): little-endian integers as the
 * core protocol, fixed-size NUL-padded name fields and NUL-terminated text, all read as latin1.
 * Reads never run past the bytes they are given; text is cut at its first NUL, so no NUL ever
 * reaches the zone.
 */

/** Why a biller packet was not taken; also the `reason` label of zb_biller_dropped_total. */
export const B2SDropReason = {
  /** Fewer bytes than the packet's fixed part, or its text without a terminating NUL. */
  truncated: "truncated",
  /** A fixed-size packet of another size. */
  badLength: "bad_length",
  /** A field the protocol forbids (sub type not 2, score reset id not negated …). */
  malformed: "malformed",
  /** Text or data over the protocol's bound. */
  tooLong: "too_long",
  /** A packet type this protocol does not have. */
  unknown: "unknown",
  /** Well formed but not expected now (a login result for a login not pending). */
  unexpected: "unexpected",
  /** Our own send refused by the transport (its reliable queue is full). */
  backpressure: "backpressure",
} as const;
export type B2SDropReason = (typeof B2SDropReason)[keyof typeof B2SDropReason];

/** The outcome of decoding biller bytes: the packet, or why it is dropped. Never a throw. */
export type B2SDecoded<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: B2SDropReason; readonly detail: string };

export const decodedOk = <T>(value: T): B2SDecoded<T> => ({ ok: true, value });

export const decodeFailure = <T>(reason: B2SDropReason, detail: string): B2SDecoded<T> => ({
  ok: false,
  reason,
  detail,
});

/** Longest chat or command text in either direction, NUL included (`Text[250]` in ASSS's structs). */
export const MAX_TEXT_FIELD = 250;

/**
 * A copy of `bytes[from, to)` as a plain Uint8Array. Not `slice`: on a received Buffer that
 * returns a view into the datagram.
 */
export const copyBytes = (bytes: Uint8Array, from: number, to = bytes.length): Uint8Array =>
  new Uint8Array(bytes.subarray(from, to));

export const viewOf = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * `text` as latin1 bytes, at most `max` of them, cut at a NUL (the far end would stop there
 * anyway). Characters outside latin1 become `?`.
 */
export function latin1Bytes(text: string, max: number): Uint8Array {
  const n = Math.min(text.length, Math.max(0, max));
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return out.subarray(0, i);
    out[i] = c > 0xff ? 0x3f : c;
  }
  return out;
}

/** Writes `text` into a zeroed fixed field of `size` bytes, leaving room for a terminating NUL. */
export function writeFixedString(target: Uint8Array, offset: number, size: number, text: string): void {
  target.set(latin1Bytes(text, size - 1), offset);
}

/** A fixed field of `size` bytes up to its first NUL (or all of it), as latin1. */
export function readFixedString(bytes: Uint8Array, offset: number, size: number): string {
  const field = bytes.subarray(offset, Math.min(bytes.length, offset + size));
  const nul = field.indexOf(0);
  return latin1String(nul < 0 ? field : field.subarray(0, nul));
}

/**
 * The NUL-terminated text starting at `offset`: it must end within the packet (as ASSS checks)
 * and, NUL included, within `maxField` bytes. Bytes after the NUL are ignored.
 */
export function readTerminatedText(bytes: Uint8Array, offset: number, maxField = MAX_TEXT_FIELD): B2SDecoded<string> {
  if (offset >= bytes.length) return decodeFailure(B2SDropReason.truncated, "no text");
  const nul = bytes.indexOf(0, offset);
  if (nul < 0) {
    return bytes.length - offset >= maxField
      ? decodeFailure(B2SDropReason.tooLong, `text over ${maxField - 1} bytes`)
      : decodeFailure(B2SDropReason.truncated, "text without its NUL");
  }
  if (nul - offset >= maxField) return decodeFailure(B2SDropReason.tooLong, `text over ${maxField - 1} bytes`);
  return decodedOk(latin1String(bytes.subarray(offset, nul)));
}

/** Encodes `text` NUL-terminated, at most `maxField` bytes with the NUL. */
export function terminatedText(text: string, maxField = MAX_TEXT_FIELD): Uint8Array {
  const body = latin1Bytes(text, maxField - 1);
  const out = new Uint8Array(body.length + 1);
  out.set(body);
  return out;
}

function latin1String(bytes: Uint8Array): string {
  let s = "";
  // Chunked so a long field never builds a huge argument list.
  for (let i = 0; i < bytes.length; i += 1024) {
    s += String.fromCharCode(...bytes.subarray(i, Math.min(bytes.length, i + 1024)));
  }
  return s;
}

/** A dotted IPv4 address as its four bytes in network order; anything else is 0.0.0.0. */
export function ipv4Bytes(ip: string): Uint8Array {
  const parts = ip.split(".");
  const out = new Uint8Array(4);
  if (parts.length !== 4) return out;
  for (let i = 0; i < 4; i++) {
    const part = parts[i]!;
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return new Uint8Array(4);
    out[i] = Number(part);
  }
  return out;
}
