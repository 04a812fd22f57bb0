/** What a connection reports to its owner besides game packets. */

/** Connection roles: the server answers `00 01`, the client sends it. */
export const Role = { Server: "server", Client: "client" } as const;
export type Role = (typeof Role)[keyof typeof Role];

/** Lifecycle of a connection. Clients start `connecting`; servers start `open`. */
export const ConnectionState = { Connecting: "connecting", Open: "open", Closed: "closed" } as const;
export type ConnectionState = (typeof ConnectionState)[keyof typeof ConnectionState];

/** Why a connection closed. */
export const DisconnectReason = {
  /** The peer sent `00 07`. */
  Remote: "remote",
  /** `close()` was called. */
  Local: "local",
  /** Nothing received for `dropTimeoutMs` (ASSS "no data"). */
  Timeout: "timeout",
  /** A reliable packet reached `maxRetries` tries (ASSS "too many reliable retries"). */
  TooManyRetries: "too_many_retries",
  /** More than `maxOutgoingReliable` reliable packets queued (ASSS "too many outgoing packets"). */
  OutgoingOverflow: "outgoing_overflow",
  /** Client: no `00 02` within `connectTimeoutMs`. */
  ConnectTimeout: "connect_timeout",
  /** Client: the `00 02` key was not acceptable to the key agreement. */
  KeyRejected: "key_rejected",
  /** Server: the peer sent `00 01` again after the session was under way (ASSS kicks the old one). */
  Reconnect: "reconnect",
  /** Reassembly needed more memory than the connection's or the server's byte budget allows. */
  OverBudget: "over_budget",
  /** Far over `maxDatagramsPerSecond` for `floodCloseSeconds` in a row. */
  Flood: "flood",
  /** Server: not logged in within the server's login deadline. */
  LoginDeadline: "login_deadline",
  /** Server: closed to make room for a newer connection (only ones not logged in are). */
  Evicted: "evicted",
} as const;
export type DisconnectReason = (typeof DisconnectReason)[keyof typeof DisconnectReason];

/** Which side of a `00 0A` stream a cancel concerns. */
export const StreamDirection = { Incoming: "incoming", Outgoing: "outgoing" } as const;
export type StreamDirection = (typeof StreamDirection)[keyof typeof StreamDirection];

export type CoreEvent =
  | { readonly type: "connected"; readonly serverKey: number }
  | { readonly type: "disconnected"; readonly reason: DisconnectReason }
  | { readonly type: "time_sync"; readonly rttTicks: number; readonly offsetTicks: number }
  | { readonly type: "stream_cancelled"; readonly direction: StreamDirection };

/**
 * Receives what a connection delivers. Called synchronously from `receive` and `poll`;
 * it may call the connection's send methods (they only queue).
 */
export interface ConnectionListener {
  /**
   * A game packet (first byte 0x01..0x3F). Reliable ones arrive exactly once and in sequence
   * order. `packet` may be a view into a received datagram; it is not reused by the connection.
   */
  onPacket(packet: Uint8Array, reliable: boolean): void;
  /** Lifecycle, time-sync and stream events. */
  onEvent?(event: CoreEvent): void;
}
