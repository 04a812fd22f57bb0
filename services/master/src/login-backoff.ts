/** Failed logins let through before a key (an address or a name) is made to wait. */
export const FREE_FAILURES = 3;
/** The first wait after the free failures; each further failure doubles it. */
export const BACKOFF_BASE_MS = 1_000;
/** The longest wait (5 min): a name is never locked out for good by someone else's guesses. */
export const BACKOFF_MAX_MS = 300_000;
/** A key with no failure for this long is forgotten. */
export const BACKOFF_FORGET_MS = 15 * 60_000;
/** Addresses and names remembered at once, each table; the least recently failed goes first. */
export const MAX_BACKOFF_KEYS = 10_000;

interface Failures {
  count: number;
  lastAt: number;
  until: number;
}

/**
 * Failed-login memory for one kind of key: after {@link FREE_FAILURES} failures each further one
 * makes the key wait twice as long (from {@link BACKOFF_BASE_MS} up to {@link BACKOFF_MAX_MS}).
 * The table holds at most `maxKeys` entries: a flood from many addresses or names forgets the
 * oldest, never grows. Time is monotonic ms, passed in.
 */
export class BackoffTable {
  private readonly keys = new Map<string, Failures>();

  constructor(private readonly maxKeys = MAX_BACKOFF_KEYS) {}

  get size(): number {
    return this.keys.size;
  }

  /** Milliseconds `key` must still wait; 0 when it may try. */
  waitMs(key: string, now: number): number {
    const f = this.keys.get(key);
    if (!f) return 0;
    if (now - f.lastAt > BACKOFF_FORGET_MS) {
      this.keys.delete(key);
      return 0;
    }
    return Math.max(0, f.until - now);
  }

  fail(key: string, now: number): void {
    const f = this.keys.get(key) ?? { count: 0, lastAt: now, until: 0 };
    this.keys.delete(key);
    f.count++;
    f.lastAt = now;
    const over = f.count - FREE_FAILURES;
    if (over > 0) f.until = now + Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(over - 1, 30));
    this.keys.set(key, f);
    while (this.keys.size > this.maxKeys) {
      const oldest = this.keys.keys().next().value;
      if (oldest === undefined) break;
      this.keys.delete(oldest);
    }
  }

  succeed(key: string): void {
    this.keys.delete(key);
  }
}

/** Which key holds a login back. */
export type BackoffBy = "address" | "name";

/** Backoff by client address and by player name together. */
export class LoginBackoff {
  readonly byAddress: BackoffTable;
  readonly byName: BackoffTable;

  constructor(maxKeys = MAX_BACKOFF_KEYS) {
    this.byAddress = new BackoffTable(maxKeys);
    this.byName = new BackoffTable(maxKeys);
  }

  /** What holds a login back now, and for how long; undefined when it may try. */
  check(ip: string, name: string, now: number): { by: BackoffBy; waitMs: number } | undefined {
    const a = this.byAddress.waitMs(ip, now);
    if (a > 0) return { by: "address", waitMs: a };
    const n = this.byName.waitMs(name.toLowerCase(), now);
    return n > 0 ? { by: "name", waitMs: n } : undefined;
  }

  fail(ip: string, name: string, now: number): void {
    this.byAddress.fail(ip, now);
    this.byName.fail(name.toLowerCase(), now);
  }

  /**
   * A good password clears the name's failures only: an address's failures fade with time, so
   * one account of one's own cannot reset the guessing of another's.
   */
  succeed(name: string): void {
    this.byName.succeed(name.toLowerCase());
  }
}
