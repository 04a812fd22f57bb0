/**
 * Round-trip estimate and retransmission timeout, ASSS's integer formulas (core.md §4):
 * `rttdev = (3*rttdev + |avgrtt - rtt|) / 4`, `avgrtt = (7*avgrtt + rtt) / 8`,
 * `timeout = clamp(avgrtt + 4*rttdev, 250, 2000)`.
 */
import {
  INITIAL_AVG_RTT_MS,
  INITIAL_RTT_DEV_MS,
  RETRANSMIT_TIMEOUT_MAX_MS,
  RETRANSMIT_TIMEOUT_MIN_MS,
} from "./constants.js";

export class RttEstimator {
  private avg = INITIAL_AVG_RTT_MS;
  private dev = INITIAL_RTT_DEV_MS;

  /** Smoothed round trip in ms. */
  get average(): number {
    return this.avg;
  }

  get deviation(): number {
    return this.dev;
  }

  /** Wait before the first resend of a packet; the n-th resend waits n times this. */
  get timeout(): number {
    return Math.min(RETRANSMIT_TIMEOUT_MAX_MS, Math.max(RETRANSMIT_TIMEOUT_MIN_MS, this.avg + 4 * this.dev));
  }

  /** Feeds one measured round trip (only from packets sent exactly once, so it is unambiguous). */
  sample(rttMs: number): void {
    const rtt = Math.max(0, Math.trunc(rttMs));
    this.dev = Math.trunc((3 * this.dev + Math.abs(this.avg - rtt)) / 4);
    this.avg = Math.trunc((7 * this.avg + rtt) / 8);
  }
}
