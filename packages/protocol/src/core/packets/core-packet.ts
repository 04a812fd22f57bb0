/** One decoder for any core packet, dispatching on the second byte (core.md §2, §10). */
import { CoreErrorCode, type Decoded, decoded, decodeError } from "../errors.js";
import { type Chunk, decodeChunk, decodeStreamChunk, type StreamChunk } from "./big-data.js";
import { type Cluster, decodeCluster } from "./cluster.js";
import { type ContinuumTimerMode, type ControlType, decodeContinuumTimerMode, decodeControl } from "./control.js";
import { CoreType } from "./core-type.js";
import {
  type ConnectionInit,
  type ContinuumKeyAck,
  type ContinuumKeyExpansionRequest,
  type ContinuumKeyExpansionResponse,
  type ContinuumKeyResponse,
  decodeConnectionInit,
  decodeContinuumKeyAck,
  decodeContinuumKeyExpansionRequest,
  decodeContinuumKeyExpansionResponse,
  decodeContinuumKeyResponse,
  decodeKeyResponse,
  type KeyResponse,
} from "./key-exchange.js";
import { type Ack, decodeAck, decodeReliable, type Reliable } from "./reliable.js";
import { decodeSyncRequest, decodeSyncResponse, type SyncRequest, type SyncResponse } from "./time-sync.js";

/** Any decoded core packet, tagged with its core type. */
export type CorePacket =
  | ({ readonly type: typeof CoreType.ConnectionInit } & ConnectionInit)
  | ({ readonly type: typeof CoreType.KeyResponse } & KeyResponse)
  | ({ readonly type: typeof CoreType.Reliable } & Reliable)
  | ({ readonly type: typeof CoreType.Ack } & Ack)
  | ({ readonly type: typeof CoreType.SyncRequest } & SyncRequest)
  | ({ readonly type: typeof CoreType.SyncResponse } & SyncResponse)
  | { readonly type: ControlType }
  | ({ readonly type: typeof CoreType.Chunk | typeof CoreType.ChunkTail } & Chunk)
  | ({ readonly type: typeof CoreType.Stream } & StreamChunk)
  | ({ readonly type: typeof CoreType.Cluster } & Cluster)
  | ({ readonly type: typeof CoreType.ContinuumKeyResponse } & ContinuumKeyResponse)
  | ({ readonly type: typeof CoreType.ContinuumKeyAck } & ContinuumKeyAck)
  | ({ readonly type: typeof CoreType.ContinuumKeyExpansionRequest } & ContinuumKeyExpansionRequest)
  | ({ readonly type: typeof CoreType.ContinuumKeyExpansionResponse } & ContinuumKeyExpansionResponse)
  | ({ readonly type: typeof CoreType.ContinuumTimerMode } & ContinuumTimerMode);

/** Decodes bytes starting `00`; any other input is a typed error. Never throws. */
export function decodeCorePacket(b: Uint8Array): Decoded<CorePacket> {
  if (b.length < 2) return decodeError(CoreErrorCode.Truncated, `core packet: ${b.length} bytes`);
  if (b[0] !== 0) return decodeError(CoreErrorCode.BadType, "core packet: first byte is not 0");
  const type = b[1]!;
  switch (type) {
    case CoreType.ConnectionInit:
      return tag(type, decodeConnectionInit(b));
    case CoreType.KeyResponse:
      return tag(type, decodeKeyResponse(b));
    case CoreType.Reliable:
      return tag(type, decodeReliable(b));
    case CoreType.Ack:
      return tag(type, decodeAck(b));
    case CoreType.SyncRequest:
      return tag(type, decodeSyncRequest(b));
    case CoreType.SyncResponse:
      return tag(type, decodeSyncResponse(b));
    case CoreType.Disconnect:
    case CoreType.StreamCancelRequest:
    case CoreType.StreamCancelled:
    case CoreType.NoOp: {
      const r = decodeControl(b);
      return r.ok ? decoded({ type: r.value }) : r;
    }
    case CoreType.Chunk:
    case CoreType.ChunkTail:
      return tag(type, decodeChunk(b));
    case CoreType.Stream:
      return tag(type, decodeStreamChunk(b));
    case CoreType.Cluster:
      return tag(type, decodeCluster(b));
    case CoreType.ContinuumKeyResponse:
      return tag(type, decodeContinuumKeyResponse(b));
    case CoreType.ContinuumKeyAck:
      return tag(type, decodeContinuumKeyAck(b));
    case CoreType.ContinuumKeyExpansionRequest:
      return tag(type, decodeContinuumKeyExpansionRequest(b));
    case CoreType.ContinuumKeyExpansionResponse:
      return tag(type, decodeContinuumKeyExpansionResponse(b));
    case CoreType.ContinuumTimerMode:
      return tag(type, decodeContinuumTimerMode(b));
    default:
      return decodeError(CoreErrorCode.BadType, `core packet: unknown type 0x${type.toString(16).padStart(2, "0")}`);
  }
}

function tag<K extends CoreType, T extends object>(type: K, r: Decoded<T>): Decoded<CorePacket> {
  return r.ok ? decoded({ type, ...r.value } as CorePacket) : r;
}
