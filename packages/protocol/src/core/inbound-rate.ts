/**
 * Per-connection inbound datagram rate limit: a token bucket of `burst` datagrams refilled at
 * `rate` per second, and a flood detector over whole seconds. Time comes in as `now` (ms).
 */

/** What to do with one inbound datagram. */
export const RateVerdict = {
  /** Within the rate: process it. */
  Accept: "accept",
  /** Over the rate: drop it unread. */
  Drop: "drop",
  /** Over the rate for too long: drop it and close the connection. */
  Flood: "flood",
} as const;
export type RateVerdict = (typeof RateVerdict)[keyof typeof RateVerdict];

const WINDOW_MS = 1_000;

export class InboundRateLimit {
  private tokens: number;
  private last: number;
  private windowStart: number;
  private windowDrops = 0;
  private floodWindows = 0;

  /**
   * @param rate datagrams per second on average; 0 turns the limit off.
   * @param burst datagrams that may arrive at once above the rate.
   * @param closeAfterSeconds consecutive seconds with more drops than `rate` before `Flood`; 0 = never.
   */
  constructor(
    private readonly rate: number,
    private readonly burst: number,
    private readonly closeAfterSeconds: number,
    now: number,
  ) {
    this.tokens = Math.max(burst, 1);
    this.last = now;
    this.windowStart = now;
  }

  admit(now: number): RateVerdict {
    if (this.rate <= 0) return RateVerdict.Accept;
    this.roll(now);
    const capacity = Math.max(this.burst, 1);
    this.tokens = Math.min(capacity, this.tokens + ((now - this.last) * this.rate) / 1_000);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return RateVerdict.Accept;
    }
    this.windowDrops++;
    // The window in progress counts too, so a flood is stopped as soon as its last second fills.
    const flooding = this.floodWindows + (this.windowDrops > this.rate ? 1 : 0);
    return this.closeAfterSeconds > 0 && flooding >= this.closeAfterSeconds ? RateVerdict.Flood : RateVerdict.Drop;
  }

  /** Closes the seconds that have passed: one with more drops than the rate extends the flood. */
  private roll(now: number): void {
    const elapsed = now - this.windowStart;
    if (elapsed < WINDOW_MS) return;
    const flooded = this.windowDrops > this.rate && elapsed < 2 * WINDOW_MS;
    this.floodWindows = flooded ? this.floodWindows + 1 : 0;
    this.windowDrops = 0;
    this.windowStart = now - (elapsed % WINDOW_MS);
  }
}
