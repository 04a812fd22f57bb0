/**
 * Load protection of logins (biller.md §3.4): at most 15 logins wait for the biller, and once
 * 20 logins were interrupted (the player left, or the link dropped, before the answer) new
 * ones are turned away until that count, halved every 10 s, falls again. Time is passed in.
 */

/** Logins waiting for the biller at most (ASSS: 15). */
export const MAX_PENDING_LOGINS = 15;
/** Interrupted logins from which new ones are refused (ASSS refuses at 20). */
export const MAX_INTERRUPTED_LOGINS = 20;
/** The interrupted count is halved this often. */
export const INTERRUPTED_HALVING_MS = 10_000;

export class LoginLoad {
  private interruptedCount = 0;
  private lastHalving: number;

  constructor(now: number) {
    this.lastHalving = now;
  }

  /** Logins interrupted lately, after the halvings due by `now`. */
  interrupted(now: number): number {
    while (now - this.lastHalving >= INTERRUPTED_HALVING_MS) {
      this.interruptedCount = Math.floor(this.interruptedCount / 2);
      this.lastHalving += INTERRUPTED_HALVING_MS;
      // After a long quiet spell the count is 0 and the loop need not walk every period.
      if (this.interruptedCount === 0) this.lastHalving = Math.max(this.lastHalving, now - INTERRUPTED_HALVING_MS + 1);
    }
    return this.interruptedCount;
  }

  /** Whether one more login may go to the biller while `pending` wait. */
  admits(pending: number, now: number): boolean {
    return pending < MAX_PENDING_LOGINS && this.interrupted(now) < MAX_INTERRUPTED_LOGINS;
  }

  onInterrupted(count: number, now: number): void {
    this.interrupted(now);
    this.interruptedCount += count;
  }
}
