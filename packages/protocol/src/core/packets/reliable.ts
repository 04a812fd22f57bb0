/** Reliable delivery: `00 03` and its ack `00 04` (core.md §4). */
import { RELIABLE_HEADER_LENGTH } from "../constants.js";
import { type Decoded, decoded } from "../errors.js";
import { corePacket, readI32, writeU32 } from "./bytes.js";
import { checkFixed, checkMin } from "./check.js";
import { CoreType } from "./core-type.js";

/** `00 03`: i32 sequence number, then exactly one packet (never another `00 03`). */
export interface Reliable {
  readonly seq: number;
  /** A view into the decoded bytes, not a copy. */
  readonly payload: Uint8Array;
}
/** A reliable packet carries at least one payload byte; ASSS drops shorter ones unacked. */
export const RELIABLE_MIN_LENGTH = RELIABLE_HEADER_LENGTH + 1;

export function encodeReliable(seq: number, payload: Uint8Array): Uint8Array {
  const b = corePacket(CoreType.Reliable, RELIABLE_HEADER_LENGTH + payload.length);
  writeU32(b, 2, seq);
  b.set(payload, RELIABLE_HEADER_LENGTH);
  return b;
}

export function decodeReliable(b: Uint8Array): Decoded<Reliable> {
  const bad = checkMin<Reliable>(b, CoreType.Reliable, RELIABLE_MIN_LENGTH, "reliable");
  return bad ?? decoded({ seq: readI32(b, 2), payload: b.subarray(RELIABLE_HEADER_LENGTH) });
}

/** `00 04`: i32 sequence number acknowledged. */
export interface Ack {
  readonly seq: number;
}
export const ACK_LENGTH = 6;

export function encodeAck(seq: number): Uint8Array {
  const b = corePacket(CoreType.Ack, ACK_LENGTH);
  writeU32(b, 2, seq);
  return b;
}

export function decodeAck(b: Uint8Array): Decoded<Ack> {
  const bad = checkFixed<Ack>(b, CoreType.Ack, ACK_LENGTH, "ack");
  return bad ?? decoded({ seq: readI32(b, 2) });
}
