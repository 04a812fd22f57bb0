/**
 * Errors of the game-packet codecs.
 *
 * Decoding untrusted bytes never throws: decoders return a {@link GamePacketError} inside a
 * result. Encoders throw {@link GameEncodeError} only for values no caller should build (a list
 * longer than its packet allows, a fixed byte field of the wrong size, a malformed IPv4 string).
 */

/** Stable codes of decode failures. */
export const GameErrorCode = {
  /** The packet ends before a field it must contain (including an empty buffer). */
  Truncated: "TRUNCATED",
  /** The length is impossible for this type: trailing bytes, a partial record, over a maximum. */
  BadLength: "BAD_LENGTH",
  /** No packet of this direction has this type byte. */
  UnknownType: "UNKNOWN_TYPE",
  /** A position/weapon XOR checksum does not cancel out. */
  BadChecksum: "BAD_CHECKSUM",
  /** A NUL-terminated string has no terminator within its bound. */
  BadString: "BAD_STRING",
  /** A field holds a value the layout forbids (an undefined chat type, a wrong record marker). */
  BadValue: "BAD_VALUE",
} as const;
export type GameErrorCode = (typeof GameErrorCode)[keyof typeof GameErrorCode];

/** Base of every game-packet error; `code` is stable across releases. */
export class GameError extends Error {
  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * Why a packet from the network was rejected. The message names the packet type and offsets
 * only, never the packet's content, so it is safe to log at a rate limit.
 */
export class GamePacketError extends GameError {
  declare readonly code: GameErrorCode;

  constructor(
    code: GameErrorCode,
    /** The type byte, or undefined for an empty buffer. */
    readonly packetType: number | undefined,
    detail: string,
  ) {
    const what = packetType === undefined ? "empty packet" : `packet 0x${hexByte(packetType)}`;
    // A hostile peer can make us build one of these per datagram; a stack trace would cost
    // ~10 µs each and say nothing (the error describes the input, not a code path).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(`${what}: ${detail}`, code);
    Error.stackTraceLimit = limit;
  }
}

/** A value cannot be put on the wire by its codec (a caller bug, not bad network input). */
export class GameEncodeError extends GameError {
  constructor(packetName: string, detail: string) {
    super(`cannot encode ${packetName}: ${detail}`, "ENCODE_INVALID");
  }
}

export function hexByte(n: number): string {
  return n.toString(16).padStart(2, "0");
}
