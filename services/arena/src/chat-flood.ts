import type { Config } from "@zonebus/zone";

/** `Chat:FloodLimit` (global.conf, ASSS default 10): messages in about a second that count as flooding; 0 = no limit. */
export const DEFAULT_FLOOD_LIMIT = 10;
/** `Chat:FloodShutup` (global.conf, ASSS default 60): seconds a flooder's chat stays shut. */
export const DEFAULT_FLOOD_SHUTUP_S = 60;
/**
 * While a shut-up player keeps flooding, each new shut-up adds `FloodShutup` (as in ASSS), but
 * the player is told again at most this often: ASSS tells it every time, which a flood turns
 * into thousands of notices queued to the flooder.
 */
export const FLOOD_NOTICE_INTERVAL_MS = 10_000;
/** The count halves every this many ms (ASSS: "decays exponentially 50% per second"). */
const DECAY_MS = 1_000;

/** The flood rules of a zone, as ASSS's chat module reads them. */
export interface FloodLimits {
  /** Messages that make a flood; 0 turns the check off. */
  readonly limit: number;
  /** How long a flooder is shut up, in ms. */
  readonly shutupMs: number;
}

/**
 * `[Chat] FloodLimit` and `FloodShutup` from the zone's global.conf (GLOBAL scope in ASSS), with
 * ASSS's defaults. Negative values are taken as 0 (no limit, no shut-up).
 */
export function floodLimitsFrom(global: Config | undefined): FloodLimits {
  const limit = global?.getInt("Chat", "FloodLimit", DEFAULT_FLOOD_LIMIT) ?? DEFAULT_FLOOD_LIMIT;
  const shutup = global?.getInt("Chat", "FloodShutup", DEFAULT_FLOOD_SHUTUP_S) ?? DEFAULT_FLOOD_SHUTUP_S;
  return { limit: Math.max(0, limit), shutupMs: Math.max(0, shutup) * 1_000 };
}

/** What one chat message met. */
export interface FloodVerdict {
  /** The message may be delivered: its sender was not shut up when it arrived. */
  readonly allowed: boolean;
  /** This message made its sender a flooder: shut up anew, or for longer. */
  readonly shutUp: boolean;
  /** The shut-up was already running and grew by `FloodShutup`. */
  readonly extended: boolean;
  /** Tell the sender it was shut up (at most once per {@link FLOOD_NOTICE_INTERVAL_MS}). */
  readonly notify: boolean;
}

/**
 * One player's chat flood state, with ASSS's meaning: every chat packet counts (commands and
 * messages a shut-up player sends included); the count halves every second; reaching
 * `FloodLimit` halves it, shuts the player's chat for `FloodShutup` seconds (or adds that much to
 * a shut-up already running) and tells the player. A message is judged before it is counted, so
 * the one that reaches the limit still goes out.
 *
 * Unlike ASSS, whose check resets the decay clock on every message (a player chatting faster
 * than once a second never decays), the part of a second not yet decayed is kept, so the count
 * really halves once a second.
 */
export class ChatFlood {
  private msgs = 0;
  private decayedAt: number;
  /** Monotonic ms the shut-up ends; 0 = not shut up. */
  private until = 0;
  private toldAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly limits: FloodLimits,
    now: number,
  ) {
    this.decayedAt = now;
  }

  /** Whether the player is shut up at `now`. */
  shutUp(now: number): boolean {
    this.expire(now);
    return this.until !== 0;
  }

  /** Ms of shut-up left at `now`. */
  remainingMs(now: number): number {
    this.expire(now);
    return this.until === 0 ? 0 : this.until - now;
  }

  /** Judges and counts one chat packet from the player. `unlimited`: ASSS's `unlimitedchat` capability. */
  message(now: number, unlimited = false): FloodVerdict {
    this.expire(now);
    const allowed = this.until === 0;
    this.msgs++;
    const { limit, shutupMs } = this.limits;
    const none = { allowed, shutUp: false, extended: false, notify: false };
    if (limit === 0 || unlimited || this.msgs < limit) return none;
    this.msgs >>= 1;
    if (shutupMs === 0) return none;
    const extended = this.until !== 0;
    this.until = extended ? this.until + shutupMs : now + shutupMs;
    const notify = now - this.toldAt >= FLOOD_NOTICE_INTERVAL_MS;
    if (notify) this.toldAt = now;
    return { allowed, shutUp: true, extended, notify };
  }

  private expire(now: number): void {
    if (this.until !== 0 && now >= this.until) this.until = 0;
    const halvings = Math.floor((now - this.decayedAt) / DECAY_MS);
    if (halvings <= 0) return;
    this.msgs = halvings >= 31 ? 0 : this.msgs >> halvings;
    this.decayedAt += halvings * DECAY_MS;
  }
}

/** What a shut-up player is told, in ASSS's words. */
export function shutUpNotice(limits: FloodLimits): string {
  return `You have been shut up for ${Math.round(limits.shutupMs / 1_000)} seconds for flooding.`;
}
