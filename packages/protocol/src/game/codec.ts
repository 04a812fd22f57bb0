import type { FieldSpec } from "./dsl/spec.js";
import type { GamePacketError } from "./errors.js";

/** Outcome of decoding untrusted bytes: the packet, or why it was rejected. */
export type DecodeResult<P> =
  | { readonly ok: true; readonly packet: P }
  | { readonly ok: false; readonly error: GamePacketError };

/**
 * Encoder and decoder of one game packet type. Decoding copies what it keeps (byte fields are
 * fresh arrays), so the input buffer may be reused as soon as `decode` returns.
 */
export interface PacketCodec<P extends { type: number }> {
  /** The type byte (first byte of the packet). */
  readonly type: number;
  /** Name of the packet type, e.g. `C2SDeath`. */
  readonly name: string;
  /** Decodes a whole packet (type byte first); never throws, never reads past `buf`. */
  decode(buf: Uint8Array): DecodeResult<P>;
  /** Bytes `encodeInto` will write for this packet. */
  encodedLength(packet: P): number;
  /** Writes the packet at `offset` and returns the number of bytes written. */
  encodeInto(packet: P, out: Uint8Array, offset: number): number;
  /** Encodes into a new buffer of exactly `encodedLength(packet)` bytes. */
  encode(packet: P): Uint8Array;
}

/** A codec built from a field list; `fields` is the layout, readable as the spec. */
export interface LayoutCodec<P extends { type: number }> extends PacketCodec<P> {
  readonly fields: readonly (readonly [string, FieldSpec])[];
  /** Largest accepted packet length, when the layout bounds it. */
  readonly maxLength: number | undefined;
}

/** The packet type a codec handles. */
export type PacketOf<C> = C extends PacketCodec<infer P> ? P : never;
