/**
 * Every decoder that reads bytes a peer chose, as fuzz targets: the core packet decoders, each
 * C2S and S2C game codec (and their dispatchers), the position fast path, VIE decryption, and
 * every protobuf bus message. A target returns whether the input was accepted; a throw is a
 * crash, except protobuf's own documented rejections (see `isProtobufRejection`).
 */
import { zonebus } from "@zonebus/proto";
import {
  C2SCodecs,
  createC2SPosition,
  decodeAck,
  decodeC2S,
  decodeC2SPositionInto,
  decodeChunk,
  decodeCluster,
  decodeConnectionInit,
  decodeContinuumKeyAck,
  decodeContinuumKeyExpansionRequest,
  decodeContinuumKeyExpansionResponse,
  decodeContinuumKeyResponse,
  decodeContinuumTimerMode,
  decodeControl,
  decodeCorePacket,
  decodeKeyResponse,
  decodeReliable,
  decodeS2C,
  decodeStreamChunk,
  decodeSyncRequest,
  decodeSyncResponse,
  encodeC2S,
  encodeS2C,
  type LayoutCodec,
  type PacketCodec,
  S2CCodecs,
  vieCipher,
} from "@zonebus/protocol";

export interface DecoderTarget {
  readonly name: string;
  /** Which corpus feeds it. */
  readonly corpus: "core" | "c2s" | "s2c" | "proto";
  /** The type byte(s) inputs are steered to most of the time: [type] for game, [0, type] for core. */
  readonly steer?: readonly number[];
  /** Inputs of its own beside the corpus: a zeroed packet of the codec's exact length. */
  readonly seeds?: readonly Uint8Array[];
  /** True when accepted; throws only on a bug. */
  run(buf: Uint8Array): boolean;
}

type Decoded = { readonly ok: boolean };

const core = (name: string, type: number | undefined, decode: (b: Uint8Array) => Decoded): DecoderTarget => ({
  name: `core.${name}`,
  corpus: "core",
  steer: type === undefined ? undefined : [0, type],
  run: (b) => decode(b).ok,
});

/**
 * A game codec: decode, and an accepted packet must encode again and decode to the same bytes
 * (a decoder that accepts what its encoder cannot write would hand the services a bad packet).
 */
function game<P extends { type: number }>(dir: "c2s" | "s2c", codec: PacketCodec<P>): DecoderTarget {
  return {
    name: `${dir}.${codec.name}`,
    corpus: dir,
    steer: [codec.type],
    seeds: exactLengthSeed(codec),
    run(b) {
      const r = codec.decode(b);
      if (!r.ok) return false;
      const once = codec.encode(r.packet);
      const again = codec.decode(once);
      if (!again.ok) throw new Error(`${codec.name}: re-encoded packet rejected: ${again.error.message}`);
      return true;
    },
  };
}

/**
 * A zeroed packet (but for its type) of a length the codec accepts: the layout's longest, or
 * else the shortest zeroed packet it accepts, found by trying. Reaches fixed-length packets
 * that no corpus holds, such as the 766-byte registration form.
 */
function exactLengthSeed(codec: PacketCodec<{ type: number }>): Uint8Array[] {
  const zeroed = (length: number) => {
    const seed = new Uint8Array(length);
    seed[0] = codec.type;
    return seed;
  };
  const max = (codec as Partial<LayoutCodec<{ type: number }>>).maxLength;
  if (max !== undefined && max >= 1) return [zeroed(max)];
  for (let length = 1; length <= 1500; length++) if (codec.decode(zeroed(length)).ok) return [zeroed(length)];
  return [];
}

const position = createC2SPosition();
/** Each VIE cipher instance owns its table; decrypt works in place, so the target copies first. */
const vie = vieCipher(0x12345678);

/**
 * protobufjs reports a malformed message by throwing these (reader.js, and the generated
 * decoders' depth guard): they are rejections, the decoder's contract. Anything else thrown — a
 * TypeError, a stack overflow — is a crash.
 */
export function isProtobufRejection(err: unknown): boolean {
  return (
    err instanceof Error &&
    (/^(index out of range|invalid |illegal|max depth exceeded|missing required)/.test(err.message) ||
      // protobufjs 8 decodes strings with a fatal TextDecoder: bytes that are not UTF-8 are refused.
      (err instanceof TypeError && err.message === "The encoded data was not valid for encoding utf-8"))
  );
}

interface ProtoType {
  decode(b: Uint8Array): object;
  encode(m: object): { finish(): Uint8Array };
}

/** Every message class of the generated `zonebus` namespace (nested ones too). */
export function protoTypes(ns: object = zonebus, prefix = "zonebus"): [string, ProtoType][] {
  const out: [string, ProtoType][] = [];
  for (const [key, value] of Object.entries(ns)) {
    if (typeof value !== "function" || !/^[A-Z]/.test(key)) continue;
    const t = value as unknown as ProtoType & object;
    if (typeof t.decode === "function" && typeof t.encode === "function") out.push([`${prefix}.${key}`, t]);
    out.push(...protoTypes(t, `${prefix}.${key}`));
  }
  return out;
}

function proto(name: string, t: ProtoType): DecoderTarget {
  return {
    name: `proto.${name.slice("zonebus.".length)}`,
    corpus: "proto",
    run(b) {
      let m: object;
      try {
        m = t.decode(b);
      } catch (err) {
        if (isProtobufRejection(err)) return false;
        throw err;
      }
      t.encode(m).finish();
      return true;
    },
  };
}

/** Every target, in a fixed order (the fuzzer picks by index, so a seed replays the same run). */
export function decoderTargets(): DecoderTarget[] {
  const targets: DecoderTarget[] = [
    core("decodeCorePacket", undefined, decodeCorePacket),
    core("decodeConnectionInit", 0x01, decodeConnectionInit),
    core("decodeKeyResponse", 0x02, decodeKeyResponse),
    core("decodeReliable", 0x03, decodeReliable),
    core("decodeAck", 0x04, decodeAck),
    core("decodeSyncRequest", 0x05, decodeSyncRequest),
    core("decodeSyncResponse", 0x06, decodeSyncResponse),
    core("decodeControl", 0x07, decodeControl),
    core("decodeChunk", 0x08, decodeChunk),
    core("decodeChunkTail", 0x09, decodeChunk),
    core("decodeStreamChunk", 0x0a, decodeStreamChunk),
    core("decodeCluster", 0x0e, decodeCluster),
    core("decodeContinuumKeyResponse", 0x10, decodeContinuumKeyResponse),
    core("decodeContinuumKeyAck", 0x11, decodeContinuumKeyAck),
    core("decodeContinuumKeyExpansionRequest", 0x12, decodeContinuumKeyExpansionRequest),
    core("decodeContinuumKeyExpansionResponse", 0x13, decodeContinuumKeyExpansionResponse),
    core("decodeContinuumTimerMode", 0x14, decodeContinuumTimerMode),
    {
      name: "core.vieDecrypt",
      corpus: "core",
      run(b) {
        vie.decrypt(b.slice());
        return true;
      },
    },
    {
      name: "c2s.decodeC2S",
      corpus: "c2s",
      run(b) {
        const r = decodeC2S(b);
        if (r.ok) encodeC2S(r.packet);
        return r.ok;
      },
    },
    {
      name: "c2s.decodeC2SPositionInto",
      corpus: "c2s",
      steer: [0x03],
      run: (b) => decodeC2SPositionInto(b, position) === undefined,
    },
    {
      name: "s2c.decodeS2C",
      corpus: "s2c",
      run(b) {
        const r = decodeS2C(b);
        if (r.ok) encodeS2C(r.packet);
        return r.ok;
      },
    },
    ...Object.values(C2SCodecs).map((c) => game("c2s", c as PacketCodec<{ type: number }>)),
    ...Object.values(S2CCodecs).map((c) => game("s2c", c as PacketCodec<{ type: number }>)),
    ...protoTypes().map(([name, t]) => proto(name, t)),
  ];
  return targets;
}
