/**
 * Field types of the layout DSL: `u8 i8 u16 i16 u32 i32`, fixed NUL-padded `str(n)`,
 * NUL-terminated `cstr(max)`, a trailing `text(max)`, `bytes(n)`, trailing `rest()`, `ipv4`,
 * `pad(n)`, `constant(b)`, `bits`, `opt`, `array`, `list`, `struct`. Integers are little-endian
 * and written modulo their width, as C would.
 */
import { GameErrorCode as Code } from "../errors.js";
import { getI8, getI16, getU16, getU32, putU16, putU32 } from "../le.js";
import { decodeGameText, encodeGameText, gameTextLength, indexOfNul } from "../text.js";
import type { Reader, Writer } from "./cursor.js";
import type { FieldSpec } from "./spec.js";

/** One field: how to read, measure and write a value of type T. */
export interface Field<T> {
  readonly spec: FieldSpec;
  /** Wire size when it does not depend on the value. */
  readonly fixedSize: number | undefined;
  /** Reads at `r.pos` and advances; on malformed input records the error on `r`. */
  read(r: Reader): T;
  /** Bytes the value takes; throws InvalidFieldValue when it cannot be encoded. */
  size(value: T): number;
  /** Writes at `w.pos` and advances; `size` has accepted the value. */
  write(w: Writer, value: T): void;
}

/** A field that carries no value of its own (padding, a fixed marker byte). */
export interface SilentField extends Field<undefined> {
  readonly silent: true;
}

/** A value its field cannot encode; layouts turn it into GameEncodeError. */
export class InvalidFieldValue extends Error {}

function int(bytes: 1 | 2 | 4, signed: boolean): Field<number> {
  const spec: FieldSpec = { kind: "int", bytes, signed };
  const get = (b: Uint8Array, o: number): number => {
    if (bytes === 1) return signed ? getI8(b, o) : b[o]!;
    if (bytes === 2) return signed ? getI16(b, o) : getU16(b, o);
    return signed ? getU32(b, o) | 0 : getU32(b, o);
  };
  return {
    spec,
    fixedSize: bytes,
    read(r) {
      if (!r.need(bytes)) return 0;
      const value = get(r.buf, r.pos);
      r.pos += bytes;
      return value;
    },
    size: () => bytes,
    write(w, value) {
      if (bytes === 1) w.buf[w.pos] = value;
      else if (bytes === 2) putU16(w.buf, w.pos, value);
      else putU32(w.buf, w.pos, value);
      w.pos += bytes;
    },
  };
}

export const u8 = int(1, false);
export const i8 = int(1, true);
export const u16 = int(2, false);
export const i16 = int(2, true);
export const u32 = int(4, false);
export const i32 = int(4, true);

/** An unsigned integer restricted to the values of an `as const` enum; others are BAD_VALUE. */
export function enumOf<const E extends Record<string, number>>(bytes: 1 | 2, values: E): Field<E[keyof E]> {
  const allowed = new Set<number>(Object.values(values));
  const base = bytes === 1 ? u8 : u16;
  return {
    spec: { kind: "enum", bytes, values: [...allowed] },
    fixedSize: bytes,
    read(r) {
      const at = r.pos;
      const value = base.read(r);
      if (r.error === undefined && !allowed.has(value))
        r.fail(Code.BadValue, `undefined value ${value} at offset ${at}`);
      return value as E[keyof E];
    },
    size: () => bytes,
    write: (w, value) => base.write(w, value),
  };
}

/** Fixed `n` bytes of NUL-padded text; the value ends at the first NUL (none needed). */
export function str(n: number): Field<string> {
  return {
    spec: { kind: "str", bytes: n },
    fixedSize: n,
    read(r) {
      if (!r.need(n)) return "";
      const value = decodeGameText(r.buf, r.pos, indexOfNul(r.buf, r.pos, r.pos + n));
      r.pos += n;
      return value;
    },
    size: () => n,
    write(w, value) {
      const used = encodeGameText(value, w.buf, w.pos, n);
      w.buf.fill(0, w.pos + used, w.pos + n);
      w.pos += n;
    },
  };
}

/**
 * NUL-terminated text of at most `max` bytes including the NUL. A missing terminator within the
 * bound or the packet is BAD_STRING; longer values are cut when encoding.
 */
export function cstr(max: number): Field<string> {
  return {
    spec: { kind: "cstr", max },
    fixedSize: undefined,
    read(r) {
      if (!r.need(1)) return "";
      const limit = Math.min(r.end, r.pos + max);
      const nul = indexOfNul(r.buf, r.pos, limit);
      if (nul === limit) {
        r.fail(Code.BadString, `no terminator within ${max} bytes at offset ${r.pos}`);
        return "";
      }
      const value = decodeGameText(r.buf, r.pos, nul);
      r.pos = nul + 1;
      return value;
    },
    size: (value) => Math.min(gameTextLength(value), max - 1) + 1,
    write(w, value) {
      w.pos += encodeGameText(value, w.buf, w.pos, max - 1);
      w.buf[w.pos++] = 0;
    },
  };
}

/**
 * Text that runs to the end of the packet: it ends at the first NUL, or at the end when the
 * client left the NUL out (ASSS tolerates that for chat); bytes after the NUL are ignored.
 * Encoding cuts it to `max - 1` bytes and always writes the NUL.
 */
export function text(max: number): Field<string> {
  return {
    spec: { kind: "text", max },
    fixedSize: undefined,
    read(r) {
      const value = decodeGameText(r.buf, r.pos, indexOfNul(r.buf, r.pos, r.end));
      r.pos = r.end;
      return value;
    },
    size: (value) => Math.min(gameTextLength(value), max - 1) + 1,
    write(w, value) {
      w.pos += encodeGameText(value, w.buf, w.pos, max - 1);
      w.buf[w.pos++] = 0;
    },
  };
}

/** Exactly `n` opaque bytes; decoding copies them into a plain Uint8Array (a Buffer's slice would share memory). */
export function bytes(n: number): Field<Uint8Array> {
  return {
    spec: { kind: "bytes", bytes: n },
    fixedSize: n,
    read(r) {
      if (!r.need(n)) return new Uint8Array(0);
      const value = new Uint8Array(r.buf.subarray(r.pos, r.pos + n));
      r.pos += n;
      return value;
    },
    size(value) {
      if (value.length !== n) throw new InvalidFieldValue(`needs ${n} bytes, got ${value.length}`);
      return n;
    },
    write(w, value) {
      w.buf.set(value, w.pos);
      w.pos += n;
    },
  };
}

/** Every remaining byte (a copy), between `min` and `max` of them. */
export function rest(bounds: { min?: number; max?: number } = {}): Field<Uint8Array> {
  const min = bounds.min ?? 0;
  const max = bounds.max ?? Number.MAX_SAFE_INTEGER;
  return {
    spec: { kind: "rest", min, max },
    fixedSize: undefined,
    read(r) {
      if (!r.need(min)) return new Uint8Array(0);
      if (r.remaining > max) {
        r.fail(Code.BadLength, `${r.remaining} trailing bytes exceed ${max}`);
        return new Uint8Array(0);
      }
      const value = new Uint8Array(r.buf.subarray(r.pos, r.end));
      r.pos = r.end;
      return value;
    },
    size(value) {
      if (value.length < min || value.length > max)
        throw new InvalidFieldValue(`needs ${min}..${max} bytes, got ${value.length}`);
      return value.length;
    },
    write(w, value) {
      w.buf.set(value, w.pos);
      w.pos += value.length;
    },
  };
}

/**
 * IPv4 address as dotted text. On the wire it is the host-order integer stored little-endian,
 * so 1.2.3.4 is `04 03 02 01` (login-and-arena.md §8).
 */
export const ipv4: Field<string> = {
  spec: { kind: "ipv4" },
  fixedSize: 4,
  read(r) {
    if (!r.need(4)) return "";
    const b = r.buf;
    const p = r.pos;
    r.pos += 4;
    return `${b[p + 3]}.${b[p + 2]}.${b[p + 1]}.${b[p]}`;
  },
  size(value) {
    parseIpv4(value);
    return 4;
  },
  write(w, value) {
    putU32(w.buf, w.pos, parseIpv4(value));
    w.pos += 4;
  },
};

const DOTTED_QUAD = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function parseIpv4(value: string): number {
  const m = DOTTED_QUAD.exec(value);
  const parts = m ? m.slice(1).map(Number) : [];
  if (parts.length !== 4 || parts.some((p) => p > 255))
    throw new InvalidFieldValue(`"${value}" is not an IPv4 address`);
  return ((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0;
}

/** `n` unused bytes: skipped on decode (whatever they hold), written as `fill`. */
export function pad(n: number, fill = 0): SilentField {
  return {
    silent: true,
    spec: { kind: "pad", bytes: n, fill },
    fixedSize: n,
    read(r) {
      if (r.need(n)) r.pos += n;
      return undefined;
    },
    size: () => n,
    write(w) {
      w.buf.fill(fill, w.pos, w.pos + n);
      w.pos += n;
    },
  };
}

/** One byte that must hold `value` (a record marker); anything else is BAD_VALUE. */
export function constant(value: number): SilentField {
  return {
    silent: true,
    spec: { kind: "const", value },
    fixedSize: 1,
    read(r) {
      if (!r.need(1)) return undefined;
      if (r.buf[r.pos] !== value) r.fail(Code.BadValue, `expected 0x${value.toString(16)} at offset ${r.pos}`);
      r.pos++;
      return undefined;
    },
    size: () => 1,
    write(w) {
      w.buf[w.pos++] = value;
    },
  };
}

type Parts = readonly (readonly [string, number])[];
type BitsOf<P extends Parts> = { -readonly [X in P[number] as X[0]]: number };

/**
 * An unsigned integer split into bit fields, least significant first: `bits(2, [["id", 15],
 * ["hidden", 1]])`. Values are masked to their width when encoding.
 */
export function bits<const P extends Parts>(bytes: 1 | 2 | 4, parts: P): Field<BitsOf<P>> {
  const base = bytes === 1 ? u8 : bytes === 2 ? u16 : u32;
  return {
    spec: { kind: "bits", bytes, parts },
    fixedSize: bytes,
    read(r) {
      const word = base.read(r);
      const out: Record<string, number> = {};
      let shift = 0;
      for (const [name, width] of parts) {
        out[name] = Math.floor(word / 2 ** shift) % 2 ** width;
        shift += width;
      }
      return out as BitsOf<P>;
    },
    size: () => bytes,
    write(w, value) {
      const fields = value as Record<string, number>;
      let word = 0;
      let shift = 0;
      for (const [name, width] of parts) {
        word += ((((fields[name] ?? 0) % 2 ** width) + 2 ** width) % 2 ** width) * 2 ** shift;
        shift += width;
      }
      base.write(w, word);
    },
  };
}

/** A field that may be absent at the end of a packet: present when any bytes remain. */
export function opt<T>(field: Field<T>): Field<T | undefined> {
  return {
    spec: { kind: "opt", of: field.spec },
    fixedSize: undefined,
    read: (r) => (r.remaining > 0 ? field.read(r) : undefined),
    size: (value) => (value === undefined ? 0 : field.size(value)),
    write(w, value) {
      if (value !== undefined) field.write(w, value);
    },
  };
}

/** Exactly `count` values in a row. */
export function array<T>(field: Field<T>, count: number): Field<T[]> {
  return {
    spec: { kind: "array", of: field.spec, count },
    fixedSize: field.fixedSize === undefined ? undefined : field.fixedSize * count,
    read(r) {
      const out: T[] = [];
      for (let i = 0; i < count && r.error === undefined; i++) out.push(field.read(r));
      return out;
    },
    size(value) {
      if (value.length !== count) throw new InvalidFieldValue(`needs ${count} items, got ${value.length}`);
      let n = 0;
      for (const v of value) n += field.size(v);
      return n;
    },
    write(w, value) {
      for (const v of value) field.write(w, v);
    },
  };
}

/**
 * Records up to the end of the packet, between `min` and `max` of them. With fixed-size records
 * a partial last record is BAD_LENGTH.
 */
export function list<T>(field: Field<T>, bounds: { min?: number; max: number }): Field<T[]> {
  const min = bounds.min ?? 0;
  const { max } = bounds;
  const each = field.fixedSize;
  return {
    spec: { kind: "list", of: field.spec, min, max },
    fixedSize: undefined,
    read(r) {
      const out: T[] = [];
      if (each !== undefined && r.remaining % each !== 0) {
        r.fail(Code.BadLength, `${r.remaining} bytes is not a whole number of ${each}-byte records`);
        return out;
      }
      while (r.remaining > 0 && r.error === undefined) {
        if (out.length === max) {
          r.fail(Code.BadLength, `more than ${max} records`);
          return out;
        }
        out.push(field.read(r));
      }
      if (out.length < min) r.fail(Code.Truncated, `needs at least ${min} records, has ${out.length}`);
      return out;
    },
    size(value) {
      if (value.length < min || value.length > max)
        throw new InvalidFieldValue(`needs ${min}..${max} records, got ${value.length}`);
      let n = 0;
      for (const v of value) n += field.size(v);
      return n;
    },
    write(w, value) {
      for (const v of value) field.write(w, v);
    },
  };
}

/** A named field of a struct or packet; silent fields (padding, markers) carry no value. */
export type Entry = readonly [string, Field<unknown>];

type ValueOf<F> = F extends Field<infer T> ? T : never;

/** The object type a field list decodes to (silent fields left out). */
export type FieldsOf<E extends readonly Entry[]> = {
  -readonly [X in E[number] as X[1] extends SilentField ? never : X[0]]: ValueOf<X[1]>;
};

/** Fields in order, read into an object. */
export interface StructField<T> extends Field<T> {
  /** Reads every field into `out` (which may already hold other keys, e.g. `type`). */
  readInto(r: Reader, out: Record<string, unknown>): void;
}

export function struct<const E extends readonly Entry[]>(entries: E): StructField<FieldsOf<E>> {
  const fixed = entries.every(([, f]) => f.fixedSize !== undefined)
    ? entries.reduce((n, [, f]) => n + f.fixedSize!, 0)
    : undefined;
  const isSilent = (f: Field<unknown>): boolean => "silent" in f;
  const readInto = (r: Reader, out: Record<string, unknown>): void => {
    for (const [name, f] of entries) {
      const value = f.read(r);
      if (!isSilent(f)) out[name] = value;
    }
  };
  return {
    spec: { kind: "struct", fields: entries.map(([name, f]) => [name, f.spec] as const) },
    fixedSize: fixed,
    readInto,
    read(r) {
      const out: Record<string, unknown> = {};
      readInto(r, out);
      return out as FieldsOf<E>;
    },
    size(value) {
      const v = value as Record<string, unknown>;
      let n = 0;
      for (const [name, f] of entries) {
        try {
          n += f.size(v[name]);
        } catch (e) {
          throw e instanceof InvalidFieldValue ? new InvalidFieldValue(`${name}: ${e.message}`) : e;
        }
      }
      return n;
    },
    write(w, value) {
      const v = value as Record<string, unknown>;
      for (const [name, f] of entries) f.write(w, v[name]);
    },
  };
}
