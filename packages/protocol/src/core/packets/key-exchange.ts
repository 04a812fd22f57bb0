/**
 * Key exchange: `00 01` / `00 02` (core.md §3) and the Continuum-only `00 10`..`00 13`
 * (encryption-vie.md §6). `00 01`, `00 02`, `00 10` and `00 11` travel unencrypted.
 */
import { CoreErrorCode, type Decoded, decoded, decodeError } from "../errors.js";
import { corePacket, readI32, readU16, readU32, writeU16, writeU32 } from "./bytes.js";
import { checkFixed } from "./check.js";
import { CoreType } from "./core-type.js";

/** C2S `00 01`: i32 client key, u8 client type (0x01 VIE, 0x11 Continuum), u8 zero. */
export interface ConnectionInit {
  readonly clientKey: number;
  readonly clientType: number;
}
export const CONNECTION_INIT_LENGTH = 8;

export function encodeConnectionInit(p: ConnectionInit): Uint8Array {
  const b = corePacket(CoreType.ConnectionInit, CONNECTION_INIT_LENGTH);
  writeU32(b, 2, p.clientKey);
  b[6] = p.clientType & 0xff;
  return b;
}

export function decodeConnectionInit(b: Uint8Array): Decoded<ConnectionInit> {
  const bad = checkFixed<ConnectionInit>(b, CoreType.ConnectionInit, CONNECTION_INIT_LENGTH, "connection init");
  if (bad) return bad;
  // ASSS's encryption modules require byte 7 to be zero (core.md §3 rule 2).
  if (b[7] !== 0) return decodeError(CoreErrorCode.BadField, "connection init: byte 7 is not zero");
  return decoded({ clientKey: readI32(b, 2), clientType: b[6]! });
}

/** S2C `00 02`: i32 server key. */
export interface KeyResponse {
  readonly serverKey: number;
}
export const KEY_RESPONSE_LENGTH = 6;

export function encodeKeyResponse(p: KeyResponse): Uint8Array {
  const b = corePacket(CoreType.KeyResponse, KEY_RESPONSE_LENGTH);
  writeU32(b, 2, p.serverKey);
  return b;
}

export function decodeKeyResponse(b: Uint8Array): Decoded<KeyResponse> {
  const bad = checkFixed<KeyResponse>(b, CoreType.KeyResponse, KEY_RESPONSE_LENGTH, "key response");
  return bad ?? decoded({ serverKey: readI32(b, 2) });
}

/** S2C `00 10` (Continuum): u32 key1, u32 key2. */
export interface ContinuumKeyResponse {
  readonly key1: number;
  readonly key2: number;
}
export const CONTINUUM_KEY_RESPONSE_LENGTH = 10;

export function encodeContinuumKeyResponse(p: ContinuumKeyResponse): Uint8Array {
  const b = corePacket(CoreType.ContinuumKeyResponse, CONTINUUM_KEY_RESPONSE_LENGTH);
  writeU32(b, 2, p.key1);
  writeU32(b, 6, p.key2);
  return b;
}

export function decodeContinuumKeyResponse(b: Uint8Array): Decoded<ContinuumKeyResponse> {
  const bad = checkFixed<ContinuumKeyResponse>(
    b,
    CoreType.ContinuumKeyResponse,
    CONTINUUM_KEY_RESPONSE_LENGTH,
    "continuum key response",
  );
  return bad ?? decoded({ key1: readU32(b, 2), key2: readU32(b, 6) });
}

/** C2S `00 11` (Continuum): u32 key1 echoed, u16 (0x0001 from zero). */
export interface ContinuumKeyAck {
  readonly key1: number;
  readonly value: number;
}
export const CONTINUUM_KEY_ACK_LENGTH = 8;

export function encodeContinuumKeyAck(p: ContinuumKeyAck): Uint8Array {
  const b = corePacket(CoreType.ContinuumKeyAck, CONTINUUM_KEY_ACK_LENGTH);
  writeU32(b, 2, p.key1);
  writeU16(b, 6, p.value);
  return b;
}

export function decodeContinuumKeyAck(b: Uint8Array): Decoded<ContinuumKeyAck> {
  const bad = checkFixed<ContinuumKeyAck>(b, CoreType.ContinuumKeyAck, CONTINUUM_KEY_ACK_LENGTH, "continuum key ack");
  return bad ?? decoded({ key1: readU32(b, 2), value: readU16(b, 6) });
}

/** S2C `00 12` (Continuum): u32 seed. */
export interface ContinuumKeyExpansionRequest {
  readonly seed: number;
}
export const CONTINUUM_KEY_EXPANSION_REQUEST_LENGTH = 6;

export function encodeContinuumKeyExpansionRequest(p: ContinuumKeyExpansionRequest): Uint8Array {
  const b = corePacket(CoreType.ContinuumKeyExpansionRequest, CONTINUUM_KEY_EXPANSION_REQUEST_LENGTH);
  writeU32(b, 2, p.seed);
  return b;
}

export function decodeContinuumKeyExpansionRequest(b: Uint8Array): Decoded<ContinuumKeyExpansionRequest> {
  const bad = checkFixed<ContinuumKeyExpansionRequest>(
    b,
    CoreType.ContinuumKeyExpansionRequest,
    CONTINUUM_KEY_EXPANSION_REQUEST_LENGTH,
    "continuum key expansion request",
  );
  return bad ?? decoded({ seed: readU32(b, 2) });
}

/** C2S `00 13` (Continuum): u32 seed, then 20 × u32 expanded-key words. */
export interface ContinuumKeyExpansionResponse {
  readonly seed: number;
  readonly words: readonly number[];
}
export const CONTINUUM_KEY_WORDS = 20;
export const CONTINUUM_KEY_EXPANSION_RESPONSE_LENGTH = 6 + 4 * CONTINUUM_KEY_WORDS;

export function encodeContinuumKeyExpansionResponse(p: ContinuumKeyExpansionResponse): Uint8Array {
  if (p.words.length !== CONTINUUM_KEY_WORDS) throw new RangeError(`expected ${CONTINUUM_KEY_WORDS} key words`);
  const b = corePacket(CoreType.ContinuumKeyExpansionResponse, CONTINUUM_KEY_EXPANSION_RESPONSE_LENGTH);
  writeU32(b, 2, p.seed);
  for (let i = 0; i < CONTINUUM_KEY_WORDS; i++) writeU32(b, 6 + 4 * i, p.words[i]!);
  return b;
}

export function decodeContinuumKeyExpansionResponse(b: Uint8Array): Decoded<ContinuumKeyExpansionResponse> {
  const bad = checkFixed<ContinuumKeyExpansionResponse>(
    b,
    CoreType.ContinuumKeyExpansionResponse,
    CONTINUUM_KEY_EXPANSION_RESPONSE_LENGTH,
    "continuum key expansion response",
  );
  if (bad) return bad;
  const words = Array.from({ length: CONTINUUM_KEY_WORDS }, (_, i) => readU32(b, 6 + 4 * i));
  return decoded({ seed: readU32(b, 2), words });
}
