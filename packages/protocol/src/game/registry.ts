/** Type-byte dispatch shared by the C2S and S2C tables. */
import type { DecodeResult, PacketCodec } from "./codec.js";
import { failure } from "./dsl/layout.js";
import { GameErrorCode as Code, GameEncodeError, hexByte } from "./errors.js";

/** Codecs indexed by type byte, with never-throwing decode and checked encode. */
export class CodecTable<P extends { type: number }> {
  private readonly byType: (PacketCodec<P> | undefined)[] = new Array(256).fill(undefined);

  constructor(
    private readonly direction: string,
    codecs: readonly PacketCodec<P>[],
  ) {
    for (const c of codecs) {
      if (this.byType[c.type]) throw new Error(`two ${direction} codecs for 0x${hexByte(c.type)}`);
      this.byType[c.type] = c;
    }
  }

  codecFor(type: number): PacketCodec<P> | undefined {
    return this.byType[type];
  }

  decode(buf: Uint8Array): DecodeResult<P> {
    if (buf.length === 0) return failure(Code.Truncated, undefined, "no type byte");
    const codec = this.byType[buf[0]!];
    if (!codec) return failure(Code.UnknownType, buf[0], `no ${this.direction} packet has this type`);
    return codec.decode(buf);
  }

  private encoder(packet: P): PacketCodec<P> {
    const codec = this.byType[packet.type];
    if (!codec) throw new GameEncodeError(`${this.direction} 0x${hexByte(packet.type)}`, "no such packet type");
    return codec;
  }

  encodedLength(packet: P): number {
    return this.encoder(packet).encodedLength(packet);
  }

  encodeInto(packet: P, out: Uint8Array, offset: number): number {
    return this.encoder(packet).encodeInto(packet, out, offset);
  }

  encode(packet: P): Uint8Array {
    return this.encoder(packet).encode(packet);
  }
}

/** Every type of an `as const` table mapped to the codec of exactly that packet. */
export type CodecsByName<Types extends Record<string, number>, P extends { type: number }> = {
  readonly [K in keyof Types]: PacketCodec<Extract<P, { type: Types[K] }>>;
};
