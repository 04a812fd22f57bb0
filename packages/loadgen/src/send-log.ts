/**
 * Ties a relayed position back to the moment its sender put it on the wire.
 *
 * Every bot of a run lives in this process and shares one monotonic clock. A sender records
 * (arena, pid, weapon or not, x, y) → when it sent; a relayed `0x28`/`0x05` carries the sender's
 * pid (8 bits in `0x28`) and its x and y unchanged (gameplay.md §2.2), so the receiver looks the
 * send up and records `receivedAt − sentAt`: the bots' own sub-millisecond clocks.
 *
 * Why not the time field: a server stamps the relay with its own tick and a latency byte clamped
 * to 0..255 (ASSS and zonebus alike), so a sender whose estimate of the server clock runs ahead
 * or more than 2.55 s behind (before its first clock sync) cannot be found from it. Positions
 * are unique instead: every bot flies a circle fast enough that two of its positions within
 * `keepMs` never share x and y, and a weapon is keyed apart from the position it was fired from.
 */

/** How long a send is kept; a copy relayed later than this counts as unmatched. */
export const DEFAULT_KEEP_MS = 3_000;
/** Bound on entries whatever the send rate; the oldest go first. */
export const DEFAULT_MAX_ENTRIES = 200_000;

/**
 * Delay in ms; "unmatched" when no send fits; "ambiguous" when two senders whose pids share the
 * low 8 bits (all `0x28` carries) sent from the same point of one arena.
 */
export type MatchResult = number | "unmatched" | "ambiguous";

interface Sent {
  readonly at: number;
  readonly sender: number;
  ambiguous: boolean;
}

function keyOf(arena: number, pid: number, weapon: boolean, x: number, y: number): number {
  // arena < 1024, pid low 8 bits, one weapon bit, 14-bit x and y: 47 bits, exact as a double.
  return (((arena * 256 + (pid & 0xff)) * 2 + (weapon ? 1 : 0)) * 16384 + (x & 0x3fff)) * 16384 + (y & 0x3fff);
}

export interface SendLogOptions {
  readonly keepMs?: number;
  readonly maxEntries?: number;
}

export class SendLog {
  private readonly sent = new Map<number, Sent>();
  /** Keys in send order with their send time, for expiry: a ring of parallel arrays. */
  private readonly ringKeys: Float64Array;
  private readonly ringTimes: Float64Array;
  private head = 0;
  private size = 0;
  private readonly keepMs: number;

  constructor(options: SendLogOptions = {}) {
    this.keepMs = options.keepMs ?? DEFAULT_KEEP_MS;
    const max = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
    if (!(Number.isInteger(max) && max > 0)) throw new RangeError(`maxEntries must be a positive integer, got ${max}`);
    this.ringKeys = new Float64Array(max);
    this.ringTimes = new Float64Array(max);
  }

  /** Sends currently remembered. */
  get entries(): number {
    return this.sent.size;
  }

  /**
   * Remembers that `pid` in `arena` sent a position at (x, y) at local `at` ms; `sender` tells
   * bots apart whose pids share the low 8 bits.
   */
  recordSend(arena: number, pid: number, weapon: boolean, x: number, y: number, at: number, sender = pid): void {
    this.expire(at);
    const cap = this.ringKeys.length;
    if (this.size === cap) this.dropOldest();
    const key = keyOf(arena, pid, weapon, x, y);
    const slot = (this.head + this.size) % cap;
    this.ringKeys[slot] = key;
    this.ringTimes[slot] = at;
    this.size++;
    const before = this.sent.get(key);
    this.sent.set(key, { at, sender, ambiguous: before !== undefined && before.sender !== sender });
  }

  /** The sender-to-receiver delay in ms of a relayed packet from `pid` in `arena` at (x, y), received at `receivedAt`. */
  match(arena: number, pid: number, weapon: boolean, x: number, y: number, receivedAt: number): MatchResult {
    const sent = this.sent.get(keyOf(arena, pid, weapon, x, y));
    if (sent === undefined) return "unmatched";
    return sent.ambiguous ? "ambiguous" : receivedAt - sent.at;
  }

  private expire(now: number): void {
    while (this.size > 0 && now - this.ringTimes[this.head]! > this.keepMs) this.dropOldest();
  }

  private dropOldest(): void {
    const key = this.ringKeys[this.head]!;
    const at = this.ringTimes[this.head]!;
    // A later send with the same key replaced the entry: keep that one.
    if (this.sent.get(key)?.at === at) this.sent.delete(key);
    this.head = (this.head + 1) % this.ringKeys.length;
    this.size--;
  }
}
