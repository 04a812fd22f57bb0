/**
 * Errors of the core transport. Untrusted bytes never throw: decoders and `Connection` return
 * these as values. `code` is stable across releases.
 */

/** Stable codes of every core error. */
export const CoreErrorCode = {
  /** Fewer bytes than the packet's fixed part. */
  Truncated: "CORE_TRUNCATED",
  /** A fixed-size packet with another length, or a packet over its size limit. */
  BadLength: "CORE_BAD_LENGTH",
  /** The bytes are not the packet type the decoder was asked for. */
  BadType: "CORE_BAD_TYPE",
  /** A field holds a value the protocol forbids (e.g. byte 7 of `00 01` not zero). */
  BadField: "CORE_BAD_FIELD",
  /** The connection is closed; nothing more is sent. */
  Closed: "CORE_CLOSED",
  /** A bounded outgoing queue is full. */
  QueueFull: "CORE_QUEUE_FULL",
  /** A payload is larger than what this kind of send can carry. */
  TooLarge: "CORE_TOO_LARGE",
  /** A payload is empty or is not a packet this kind of send may carry. */
  BadPayload: "CORE_BAD_PAYLOAD",
  /** A client connection never got established (no `00 02`, unacceptable key, socket error). */
  ConnectFailed: "CORE_CONNECT_FAILED",
  /** A transport setting is out of range (raised once, at configuration time). */
  BadConfig: "CORE_BAD_CONFIG",
} as const;
export type CoreErrorCode = (typeof CoreErrorCode)[keyof typeof CoreErrorCode];

/** Base class of every core transport error. */
export class CoreError extends Error {
  constructor(
    message: string,
    readonly code: CoreErrorCode,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bytes that do not decode as the requested core packet. */
export class PacketDecodeError extends CoreError {}

/** A send the connection refused (closed, queue full, payload unsuitable). */
export class SendRejectedError extends CoreError {}

/** A transport setting is out of range. */
export class TransportConfigError extends CoreError {
  constructor(message: string) {
    super(message, CoreErrorCode.BadConfig);
  }
}

/** A client could not connect. */
export class ConnectFailedError extends CoreError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, CoreErrorCode.ConnectFailed, options);
  }
}

/** The outcome of decoding untrusted bytes: the packet, or why not. */
export type Decoded<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: PacketDecodeError };

/** The outcome of a send: ok, or why it was refused. */
export type SendResult = { readonly ok: true } | { readonly ok: false; readonly error: SendRejectedError };

export const decoded = <T>(value: T): Decoded<T> => ({ ok: true, value });

export const decodeError = <T>(code: CoreErrorCode, message: string): Decoded<T> => ({
  ok: false,
  error: new PacketDecodeError(message, code),
});

export const SENT: SendResult = Object.freeze({ ok: true });

export const refused = (code: CoreErrorCode, message: string): SendResult => ({
  ok: false,
  error: new SendRejectedError(message, code),
});
