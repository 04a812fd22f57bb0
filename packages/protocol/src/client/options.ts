/** Options and counters of a bot, and which login answers let it go on. */
import type { TransportConfigInput } from "../core/index.js";
import { type GamePacketError, LoginResponseCode } from "../game/index.js";
import type { BotEncryption } from "./link.js";

/** Default wait for a login response, an arena burst or a map; ASSS steps player states every 100 ms. */
export const DEFAULT_BOT_TIMEOUT_MS = 5_000;

export interface BotOptions {
  /** 1..19 printable characters, no ':', starting with a letter or digit. */
  readonly name: string;
  readonly password?: string;
  /** Monotonic ms for receive times and tick estimates; default `performance.now`. */
  readonly clock?: () => number;
  /** Default timeout of `login`, `enterArena`, `downloadMap` and `waitFor`. */
  readonly timeoutMs?: number;
  /** Login machine id; default a hash of the name (one "installation" per bot name). */
  readonly machineId?: number;
  /** ClientFeature bits for the login; default 0, a plain 1.34 client. `ClientFeature.Redirect` announces that the bot follows S2C `0x3B` (see `followRedirect`). */
  readonly features?: number;
  /** Answer keyed `0x18` with `0x1A` (default true, as every real client does). */
  readonly answerSecurity?: boolean;
  /** Bound of the player list (default DEFAULT_MAX_KNOWN_PLAYERS). */
  readonly maxKnownPlayers?: number;
  /** Bound of pending `waitFor` calls (default DEFAULT_MAX_WAITERS). */
  readonly maxWaiters?: number;
  /** Largest inflated map accepted (default DEFAULT_MAX_MAP_BYTES). */
  readonly maxMapBytes?: number;
  /**
   * Put each position, weapon and chat on the wire at once (as a game client does) instead of at
   * the link's next poll; default false. The load generator sets it so that the send time it
   * records is the time the datagram left.
   */
  readonly flushOnSend?: boolean;
}

export interface BotConnectOptions extends BotOptions {
  readonly host: string;
  readonly port: number;
  readonly encryption: BotEncryption;
  readonly transport?: TransportConfigInput;
  /** Transport poll interval; a load generator running hundreds of bots may raise it from 10 ms. */
  readonly pollIntervalMs?: number;
  /** Local address to send from (default: any). */
  readonly localAddress?: string;
}

/** Counters of one bot. */
export interface BotStats {
  packetsIn: number;
  /** Packets that did not decode, in total and by type byte. */
  undecodable: number;
  readonly undecodableByType: Uint32Array;
  lastDecodeError: GamePacketError | undefined;
  positionsSent: number;
  /** Sends the transport refused (queue full or closed). */
  sendsRefused: number;
  /** `0x05` weapon packets received (reported in `0x1A`). */
  weaponsReceived: number;
  securityAnswers: number;
}

export function newBotStats(): BotStats {
  return {
    packetsIn: 0,
    undecodable: 0,
    undecodableByType: new Uint32Array(256),
    lastDecodeError: undefined,
    positionsSent: 0,
    sendsRefused: 0,
    weaponsReceived: 0,
    securityAnswers: 0,
  };
}

/** Codes after which a client goes on to the arena: ok, spectate-only, "no scores", and ASSS's ok-with-registration. */
export function isLoginAccepted(code: number): boolean {
  return (
    code === LoginResponseCode.Ok ||
    code === LoginResponseCode.SpecOnly ||
    code === LoginResponseCode.NoScores ||
    code === LoginResponseCode.AskDemographics
  );
}
