/**
 * Packet codecs from a field list. A layout is the packet's table from the fact sheet written
 * as data: `layout(0x05, "C2SDeath", [["killerId", i16], ["bounty", i16]])`. The type byte is
 * implicit; the decoded object carries it as `type`. Trailing bytes beyond the last field are
 * BAD_LENGTH, so every accepted packet re-encodes to the same length.
 */
import type { DecodeResult, LayoutCodec } from "../codec.js";
import { GameErrorCode as Code, GameEncodeError, GamePacketError, hexByte } from "../errors.js";
import { Reader, Writer } from "./cursor.js";
import { type Entry, type FieldsOf, InvalidFieldValue, type StructField, struct } from "./fields.js";

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The packet object of a layout: its type byte plus its named fields. */
export type LayoutPacket<T extends number, E extends readonly Entry[]> = Simplify<{ type: T } & FieldsOf<E>>;

export interface LayoutOptions {
  /** Shortest packet accepted, type byte included, when the fields alone would allow less. */
  readonly minLength?: number;
  /** Longest packet accepted, type byte included (e.g. 500 for C2S chat). */
  readonly maxLength?: number;
}

/** A rejected decode with its error. */
export function failure(code: Code, packetType: number | undefined, detail: string): DecodeResult<never> {
  return { ok: false, error: new GamePacketError(code, packetType, detail) };
}

/** Checks the type byte shared by every codec; undefined when it matches. */
export function checkTypeByte(buf: Uint8Array, type: number): DecodeResult<never> | undefined {
  if (buf.length === 0) return failure(Code.Truncated, undefined, "no type byte");
  if (buf[0] !== type) return failure(Code.BadValue, buf[0], `is not 0x${hexByte(type)}`);
  return undefined;
}

/** Throws unless `length` bytes fit in `out` at `offset`. */
export function checkRoom(name: string, out: Uint8Array, offset: number, length: number): void {
  if (!Number.isInteger(offset) || offset < 0 || offset + length > out.length)
    throw new GameEncodeError(name, `${length} bytes do not fit at offset ${offset} of ${out.length}`);
}

export function layout<const T extends number, const E extends readonly Entry[]>(
  type: T,
  name: string,
  entries: E,
  options: LayoutOptions = {},
): LayoutCodec<LayoutPacket<T, E>> {
  type P = LayoutPacket<T, E>;
  // The packet type is computed from `entries`; inside, values travel untyped.
  const body: StructField<unknown> = struct(entries);
  const { minLength, maxLength } = options;
  const bodySpec = body.spec;
  if (bodySpec.kind !== "struct") throw new Error("unreachable");

  const encodedLength = (packet: P): number => {
    try {
      return 1 + body.size(packet);
    } catch (e) {
      if (e instanceof InvalidFieldValue) throw new GameEncodeError(name, e.message);
      throw e;
    }
  };
  const write = (packet: P, out: Uint8Array, offset: number, length: number): number => {
    if (maxLength !== undefined && length > maxLength)
      throw new GameEncodeError(name, `${length} bytes exceed the packet's ${maxLength}`);
    checkRoom(name, out, offset, length);
    out[offset] = type;
    body.write(new Writer(out, offset + 1), packet);
    return length;
  };
  const encodeInto = (packet: P, out: Uint8Array, offset: number): number =>
    write(packet, out, offset, encodedLength(packet));

  return {
    type,
    name,
    fields: bodySpec.fields,
    maxLength,
    decode(buf): DecodeResult<P> {
      const bad = checkTypeByte(buf, type);
      if (bad) return bad;
      if (minLength !== undefined && buf.length < minLength)
        return failure(Code.Truncated, type, `${buf.length} bytes, needs at least ${minLength}`);
      if (maxLength !== undefined && buf.length > maxLength)
        return failure(Code.BadLength, type, `${buf.length} bytes exceed ${maxLength}`);
      const r = new Reader(buf, 1, buf.length);
      const packet: Record<string, unknown> = { type };
      body.readInto(r, packet);
      if (r.error === undefined && r.pos !== r.end) r.fail(Code.BadLength, `${r.end - r.pos} trailing bytes`);
      if (r.error !== undefined) return failure(r.error, type, r.detail);
      return { ok: true, packet: packet as P };
    },
    encodedLength,
    encodeInto,
    encode(packet) {
      const length = encodedLength(packet);
      const out = new Uint8Array(length);
      write(packet, out, 0, length);
      return out;
    },
  };
}
