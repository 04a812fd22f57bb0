/**
 * Counters of one connection. Everything the transport discards is counted under a reason,
 * so hostile or broken peers show up in metrics instead of exceptions.
 */

/** Why an inbound datagram or packet, or an outbound packet, was discarded. */
export const DropReason = {
  /** Datagram of 0 bytes or over the 520-byte receive limit. */
  BadDatagramSize: "bad_datagram_size",
  /** A core packet that does not decode (wrong length, truncated, bad field). */
  Malformed: "malformed",
  /** Core type 0x00, 0x0F or above 0x14. */
  UnknownCoreType: "unknown_core_type",
  /** Game type 0 or ≥ 64 where a game packet was expected. */
  BadGameType: "bad_game_type",
  /** A core packet valid on the wire but not for this role or state (e.g. `00 02` to a server). */
  Unexpected: "unexpected",
  /** Continuum-only packets (`00 10`..`00 14`); their encryption is not built in. */
  Unsupported: "unsupported",
  /** Cluster items or reliable payloads nested deeper than `MAX_NESTING`, or `00 03` inside `00 03`. */
  TooDeep: "too_deep",
  /** A cluster whose last item ran past its end or had length 0 (earlier items were kept). */
  ClusterCut: "cluster_cut",
  /** Reliable sequence number negative or 32 or more ahead of the next expected one (no ack). */
  OutOfWindow: "out_of_window",
  /** Reliable packet already delivered or already buffered (acked again). */
  Duplicate: "duplicate",
  /** An ack for nothing we are waiting on. */
  UnknownAck: "unknown_ack",
  /** Ack not queued because `maxPendingAcks` were already waiting. */
  AckQueueFull: "ack_queue_full",
  /** `00 08`/`00 09` reassembly passed `maxBigPacket`. */
  BigPacketOverflow: "big_packet_overflow",
  /** `00 0A` stream larger than `maxIncomingStream`, or inconsistent with the first chunk. */
  StreamRejected: "stream_rejected",
  /**
   * `00 08/09` or `00 0A` data the byte budget had no room for: the connection's
   * `maxReassemblyBytes` or the server-wide reassembly budget (the connection then closes).
   */
  OverBudget: "over_budget",
  /** Inbound datagram over `maxDatagramsPerSecond` (after the burst), dropped unread. */
  RateLimited: "rate_limited",
  /** `00 0A` chunk ignored while our cancel request is outstanding. */
  StreamCancelled: "stream_cancelled",
  /** Outbound unreliable packet dropped for lack of bandwidth. */
  Bandwidth: "bandwidth",
  /** Outbound reliable send refused because `maxOutgoingReliable` were waiting (the connection then closes). */
  ReliableQueueFull: "reliable_queue_full",
  /** Outbound stream refused because `maxQueuedStreams` were waiting. */
  StreamQueueFull: "stream_queue_full",
  /** Outbound unreliable packet refused because `maxUnreliableQueue` were waiting. */
  UnreliableQueueFull: "unreliable_queue_full",
  /** A bypass reply (`00 02` resend, `00 06`) not queued because `MAX_IMMEDIATE` were waiting. */
  ReplyQueueFull: "reply_queue_full",
  /** Anything received after the connection closed. */
  Closed: "closed",
} as const;
export type DropReason = (typeof DropReason)[keyof typeof DropReason];

/** Live counters; read them, don't write them. */
export interface ConnectionStats {
  datagramsIn: number;
  datagramsOut: number;
  bytesIn: number;
  bytesOut: number;
  /** Game packets handed to the listener. */
  packetsDelivered: number;
  /** Distinct reliable packets sent (first tries). */
  reliableSent: number;
  retransmits: number;
  acksSent: number;
  acksReceived: number;
  unreliableSent: number;
  clustersSent: number;
  /** Share of our datagrams the peer's latest `00 05` reported missing since its previous one, in percent. */
  reportedLossPercent: number;
  drops: Record<DropReason, number>;
}

export function newConnectionStats(): ConnectionStats {
  const drops = {} as Record<DropReason, number>;
  for (const reason of Object.values(DropReason)) drops[reason] = 0;
  return {
    datagramsIn: 0,
    datagramsOut: 0,
    bytesIn: 0,
    bytesOut: 0,
    packetsDelivered: 0,
    reliableSent: 0,
    retransmits: 0,
    acksSent: 0,
    acksReceived: 0,
    unreliableSent: 0,
    clustersSent: 0,
    reportedLossPercent: 0,
    drops,
  };
}

/** Sum of all drop counters. */
export const totalDrops = (stats: ConnectionStats): number => Object.values(stats.drops).reduce((sum, n) => sum + n, 0);

/** Datagrams, bytes and retransmissions over many connections (a server's totals, for metrics). */
export interface TransportTraffic {
  datagramsIn: number;
  datagramsOut: number;
  bytesIn: number;
  bytesOut: number;
  retransmits: number;
}

export function newTransportTraffic(): TransportTraffic {
  return { datagramsIn: 0, datagramsOut: 0, bytesIn: 0, bytesOut: 0, retransmits: 0 };
}

/** Adds one connection's traffic counters to `into`. */
export function addTraffic(into: TransportTraffic, from: TransportTraffic | ConnectionStats): void {
  into.datagramsIn += from.datagramsIn;
  into.datagramsOut += from.datagramsOut;
  into.bytesIn += from.bytesIn;
  into.bytesOut += from.bytesOut;
  into.retransmits += from.retransmits;
}
