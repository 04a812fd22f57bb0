/** Time sync: C2S `00 05` request and S2C `00 06` response (core.md §8). Times are u32 ticks (1/100 s). */
import { type Decoded, decoded } from "../errors.js";
import { corePacket, readU32, writeU32 } from "./bytes.js";
import { checkFixed } from "./check.js";
import { CoreType } from "./core-type.js";

/** `00 05`: client time, packets sent so far, packets received so far. */
export interface SyncRequest {
  readonly clientTime: number;
  readonly packetsSent: number;
  readonly packetsReceived: number;
}
/** ASSS and SS .NET drop `00 05` of any other length. */
export const SYNC_REQUEST_LENGTH = 14;

export function encodeSyncRequest(p: SyncRequest): Uint8Array {
  const b = corePacket(CoreType.SyncRequest, SYNC_REQUEST_LENGTH);
  writeU32(b, 2, p.clientTime);
  writeU32(b, 6, p.packetsSent);
  writeU32(b, 10, p.packetsReceived);
  return b;
}

export function decodeSyncRequest(b: Uint8Array): Decoded<SyncRequest> {
  const bad = checkFixed<SyncRequest>(b, CoreType.SyncRequest, SYNC_REQUEST_LENGTH, "sync request");
  return bad ?? decoded({ clientTime: readU32(b, 2), packetsSent: readU32(b, 6), packetsReceived: readU32(b, 10) });
}

/** `00 06`: the client time copied from the request, and the server time when answering. */
export interface SyncResponse {
  readonly clientTime: number;
  readonly serverTime: number;
}
export const SYNC_RESPONSE_LENGTH = 10;

export function encodeSyncResponse(p: SyncResponse): Uint8Array {
  const b = corePacket(CoreType.SyncResponse, SYNC_RESPONSE_LENGTH);
  writeU32(b, 2, p.clientTime);
  writeU32(b, 6, p.serverTime);
  return b;
}

export function decodeSyncResponse(b: Uint8Array): Decoded<SyncResponse> {
  const bad = checkFixed<SyncResponse>(b, CoreType.SyncResponse, SYNC_RESPONSE_LENGTH, "sync response");
  return bad ?? decoded({ clientTime: readU32(b, 2), serverTime: readU32(b, 6) });
}
