/**
 * Second byte of a core packet (first byte 0x00), core.md §2. 0x00 and 0x0F are unused;
 * 0x10..0x14 are Continuum-only.
 */
export const CoreType = {
  /** C2S, 8 bytes, never encrypted. */
  ConnectionInit: 0x01,
  /** S2C, 6 bytes, never encrypted. */
  KeyResponse: 0x02,
  /** Both, 6 + payload. */
  Reliable: 0x03,
  /** Both, 6. */
  Ack: 0x04,
  /** C2S, 14. */
  SyncRequest: 0x05,
  /** S2C, 10. */
  SyncResponse: 0x06,
  /** Both, 2. */
  Disconnect: 0x07,
  /** Both, 2 + data: body piece of a big packet. */
  Chunk: 0x08,
  /** Both, 2 + data: last piece of a big packet. */
  ChunkTail: 0x09,
  /** Both, 6 + data: sized stream chunk. */
  Stream: 0x0a,
  /** Both, 2: "cancel the stream you are sending me". */
  StreamCancelRequest: 0x0b,
  /** Both, 2: "stream cancelled". */
  StreamCancelled: 0x0c,
  /** S2C, 2. */
  NoOp: 0x0d,
  /** Both, 2 + items. */
  Cluster: 0x0e,
  /** S2C, 10, never encrypted. */
  ContinuumKeyResponse: 0x10,
  /** C2S, 8, never encrypted. */
  ContinuumKeyAck: 0x11,
  /** S2C, 6. */
  ContinuumKeyExpansionRequest: 0x12,
  /** C2S, 86. */
  ContinuumKeyExpansionResponse: 0x13,
  /** S2C, 4. */
  ContinuumTimerMode: 0x14,
} as const;
export type CoreType = (typeof CoreType)[keyof typeof CoreType];
