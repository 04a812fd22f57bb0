/** Errors of the bot client; each carries a stable `code`. */

/** Stable codes of every bot error. */
export const BotErrorCode = {
  /** An expected packet did not arrive in time (login response, arena burst, map, `waitFor`). */
  Timeout: "BOT_TIMEOUT",
  /** The connection closed (locally or by the server) before the operation finished. */
  Closed: "BOT_CLOSED",
  /** An option the caller passed is out of range (name too long, rate ≤ 0 …). */
  InvalidOption: "BOT_INVALID_OPTION",
  /** The operation needs the bot to be in an arena (position, fire, map download …). */
  NotInArena: "BOT_NOT_IN_ARENA",
  /** The arena-entry burst ended (`0x02`) without the packets a client needs (`0x01`, `0x0F`, `0x29`). */
  BurstIncomplete: "BOT_BURST_INCOMPLETE",
  /** A map download was asked for before any `0x29` told the bot which map to expect. */
  NoMapInfo: "BOT_NO_MAP_INFO",
  /** The downloaded map did not inflate (corrupt zlib stream or over `maxMapBytes`). */
  MapCorrupt: "BOT_MAP_CORRUPT",
  /** The inflated map's CRC-32 differs from the one in `0x29`. */
  MapChecksum: "BOT_MAP_CHECKSUM",
  /** More `waitFor` calls are pending than `maxWaiters` allows. */
  TooManyWaiters: "BOT_TOO_MANY_WAITERS",
  /** The same operation is already in progress (two `login()` or `enterArena()` at once). */
  Busy: "BOT_BUSY",
} as const;
export type BotErrorCode = (typeof BotErrorCode)[keyof typeof BotErrorCode];

/** Base class of every bot error. */
export class BotError extends Error {
  constructor(
    message: string,
    readonly code: BotErrorCode,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}
