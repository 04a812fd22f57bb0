/** The core transport: packet codecs, the per-connection state machine, UDP endpoints. */

export { AdaptiveBandwidth, type BandwidthLimiter, packetCost, SendClass, UnlimitedBandwidth } from "./bandwidth.js";
export { type ByteBudget, ByteBudgetImpl, GrowableBuffer } from "./byte-budget.js";
export { type ClockSample, ClockSync, tickDiff, ticksAt } from "./clock-sync.js";
export {
  type BandwidthConfig,
  BandwidthMode,
  DEFAULT_TRANSPORT_CONFIG,
  resolveTransportConfig,
  type TransportConfig,
  type TransportConfigInput,
} from "./config.js";
export { Connection } from "./connection.js";
export type {
  ClientConnectionOptions,
  CommonConnectionOptions,
  ServerConnectionOptions,
} from "./connection-options.js";
export * from "./constants.js";
export { DatagramBuilder } from "./datagram-builder.js";
export {
  ConnectFailedError,
  CoreError,
  CoreErrorCode,
  type Decoded,
  PacketDecodeError,
  SendRejectedError,
  type SendResult,
  TransportConfigError,
} from "./errors.js";
export {
  type ConnectionListener,
  ConnectionState,
  type CoreEvent,
  DisconnectReason,
  Role,
  StreamDirection,
} from "./events.js";
export {
  type AcceptedInit,
  answerConnectionInit,
  type ClientKeyExchanger,
  type DatagramCipher,
  type KeyExchangeResponder,
} from "./handshake.js";
export { InboundRateLimit, RateVerdict } from "./inbound-rate.js";
export { LinkDirection, Loopback, type LoopbackOptions, PacketRecorder } from "./loopback.js";
export {
  CHUNK_HEADER_LENGTH,
  CHUNK_MIN_LENGTH,
  type Chunk,
  decodeChunk,
  decodeStreamChunk,
  encodeChunk,
  encodeStreamChunk,
  STREAM_HEADER_LENGTH,
  STREAM_MIN_LENGTH,
  type StreamChunk,
  splitIntoChunks,
  streamChunkAt,
  streamChunkCount,
} from "./packets/big-data.js";
export { type Cluster, clusterItemCost, decodeCluster, encodeCluster } from "./packets/cluster.js";
export {
  CONTINUUM_TIMER_MODE_FLAG,
  CONTINUUM_TIMER_MODE_LENGTH,
  CONTROL_LENGTH,
  type ContinuumTimerMode,
  ControlType,
  decodeContinuumTimerMode,
  decodeControl,
  encodeContinuumTimerMode,
  encodeControl,
} from "./packets/control.js";
export { type CorePacket, decodeCorePacket } from "./packets/core-packet.js";
export { CoreType } from "./packets/core-type.js";
export {
  CONNECTION_INIT_LENGTH,
  CONTINUUM_KEY_ACK_LENGTH,
  CONTINUUM_KEY_EXPANSION_REQUEST_LENGTH,
  CONTINUUM_KEY_EXPANSION_RESPONSE_LENGTH,
  CONTINUUM_KEY_RESPONSE_LENGTH,
  CONTINUUM_KEY_WORDS,
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
  encodeConnectionInit,
  encodeContinuumKeyAck,
  encodeContinuumKeyExpansionRequest,
  encodeContinuumKeyExpansionResponse,
  encodeContinuumKeyResponse,
  encodeKeyResponse,
  KEY_RESPONSE_LENGTH,
  type KeyResponse,
} from "./packets/key-exchange.js";
export {
  ACK_LENGTH,
  type Ack,
  decodeAck,
  decodeReliable,
  encodeAck,
  encodeReliable,
  RELIABLE_MIN_LENGTH,
  type Reliable,
} from "./packets/reliable.js";
export {
  decodeSyncRequest,
  decodeSyncResponse,
  encodeSyncRequest,
  encodeSyncResponse,
  SYNC_REQUEST_LENGTH,
  SYNC_RESPONSE_LENGTH,
  type SyncRequest,
  type SyncResponse,
} from "./packets/time-sync.js";
export {
  DEFAULT_FLOOD_CLOSE_SECONDS,
  DEFAULT_LOGIN_DEADLINE_MS,
  DEFAULT_MAX_PENDING_PER_ADDRESS,
  DEFAULT_SERVER_DATAGRAM_BURST,
  DEFAULT_SERVER_DATAGRAM_RATE,
  DEFAULT_SERVER_MAX_UPLOAD,
  DEFAULT_SHARED_REASSEMBLY_BYTES,
  SERVER_TRANSPORT_DEFAULTS,
} from "./server-limits.js";
export { type ConnectionStats, DropReason, type TransportTraffic, totalDrops } from "./stats.js";
export { UdpClient, type UdpClientOptions } from "./udp-client.js";
export {
  DEFAULT_MAX_CONNECTIONS,
  DEFAULT_POLL_INTERVAL_MS,
  ServerLimit,
  type ServerLimitEvent,
  UdpServer,
  type UdpServerOptions,
  type UdpServerStats,
  type UdpSession,
} from "./udp-server.js";
export { type UnreliableOptions, UnreliablePriority } from "./unreliable-queue.js";
