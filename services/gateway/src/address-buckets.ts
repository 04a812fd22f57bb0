/** A token bucket's shape: a steady rate and a burst. */
export interface BucketLimits {
  /** Tokens regained per second. */
  readonly perSecond: number;
  /** Most tokens held: what an address may spend at once after a quiet spell. */
  readonly burst: number;
  /** Addresses remembered at once; past it the least recently seen is forgotten. */
  readonly maxAddresses: number;
}

interface Bucket {
  tokens: number;
  at: number;
  /** When this address was last told it is refused (for notices at most once per window). */
  noticeAt: number;
}

/**
 * Token buckets per source address, for limits on things anyone can send without logging in
 * (pings, logins). The table is bounded: when it is full, the address seen least recently is
 * forgotten, so addresses a flood invents cost at most `maxAddresses` entries. A forgotten
 * address starts again with a full burst: spraying addresses buys an attacker bursts, never
 * memory, and each burst is still at most `burst`.
 */
export class AddressBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;
  /** Addresses forgotten because the table was full. */
  evicted = 0;

  constructor(
    readonly limits: BucketLimits,
    now?: () => number,
  ) {
    this.now = now ?? (() => performance.now());
  }

  /** Addresses remembered now (at most `limits.maxAddresses`). */
  get size(): number {
    return this.buckets.size;
  }

  /** Spends one token of `address`'s bucket; false (nothing spent) when it has none left. */
  take(address: string): boolean {
    const b = this.bucket(address);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  /**
   * For a refused address: true at most once per `windowMs`, when the caller should tell it
   * (one failure reply per window, not one per refused attempt).
   */
  shouldNotify(address: string, windowMs: number): boolean {
    const b = this.bucket(address);
    if (b.noticeAt !== 0 && this.now() - b.noticeAt < windowMs) return false;
    // 0 means never told; a clock starting at 0 still gives a valid time, nudged off it.
    b.noticeAt = this.now() || Number.MIN_VALUE;
    return true;
  }

  private bucket(address: string): Bucket {
    const t = this.now();
    const { perSecond, burst, maxAddresses } = this.limits;
    let b = this.buckets.get(address);
    if (b) {
      // Re-inserted so the map stays in least-recently-seen order.
      this.buckets.delete(address);
      b.tokens = Math.min(burst, b.tokens + ((t - b.at) * perSecond) / 1000);
      b.at = t;
    } else {
      if (this.buckets.size >= maxAddresses) {
        const oldest = this.buckets.keys().next().value;
        if (oldest !== undefined) {
          this.buckets.delete(oldest);
          this.evicted++;
        }
      }
      b = { tokens: burst, at: t, noticeAt: 0 };
    }
    this.buckets.set(address, b);
    return b;
  }
}
