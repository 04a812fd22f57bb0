/**
 * Per-connection bandwidth limiting (core.md §11, ASSS `bw_default` / `bw_nolimit`).
 * Five send classes earn budget in proportion to their share of the current limit; a packet
 * may spend its own class's budget and, if short, the budget of lower classes. Reliable data
 * is scheduled before unreliable data, so under pressure it eats the unreliable budgets and
 * the unreliable packets are the ones dropped.
 *
 * On top of ASSS's ack-driven growth, the limit is raised once per `growIntervalMs` window in
 * which unreliable data was held back by the budget while the path showed no sign of loss and
 * the peer was heard from, and cut on retransmissions and on losses the peer reports: a
 * client that keeps up gets what the arena sends it, a slow one is still held back.
 */

import { type BandwidthConfig, BandwidthMode } from "./config.js";
import {
  BANDWIDTH_SCALE,
  BANDWIDTH_SHARES,
  MAX_CLUSTER_ITEM,
  PER_DATAGRAM_OVERHEAD,
  UNLIMITED_SEND_WINDOW,
} from "./constants.js";

/** Send classes, lowest first; the values index `BANDWIDTH_SHARES`. */
export const SendClass = { UnreliableLow: 0, Unreliable: 1, UnreliableHigh: 2, Reliable: 3, Ack: 4 } as const;
export type SendClass = (typeof SendClass)[keyof typeof SendClass];

/** The limiter a connection consults before putting each packet on the wire. */
export interface BandwidthLimiter {
  /** Current limit in bytes/s (Infinity when unlimited). */
  readonly limit: number;
  /** How many reliable packets may be in flight at once. */
  readonly sendWindow: number;
  /** Credits the budget earned since the previous call. */
  refill(now: number): void;
  /** Spends the cost of a packet of `length` bytes if the class (plus lower classes) can afford it. */
  trySpend(cls: SendClass, length: number): boolean;
  /** Spends what is there for a packet that goes out regardless (acks, time sync, disconnect). */
  forceSpend(cls: SendClass, length: number): void;
  /** A reliable packet was acknowledged: the path has room, grow. */
  onAck(): void;
  /** A reliable packet had to be resent: the path is losing, shrink. */
  onRetransmit(): void;
  /** A datagram came from the peer: it is alive, one condition for raising the limit. */
  onHeard(): void;
  /** The peer reported losing more of our datagrams than `reportedLossPercent`: shrink. */
  onReportedLoss(): void;
}

/**
 * Cost charged for a packet: small ones may ride in a cluster for one length byte, bigger
 * ones pay for a whole datagram (`PerPacketOverhead`, core.md §11).
 */
export const packetCost = (length: number): number =>
  length <= MAX_CLUSTER_ITEM ? length + 1 : length + PER_DATAGRAM_OVERHEAD;

/**
 * ASSS `bw_default`, plus a raise for unreliable data. The limit is ASSS's estimate (`base`:
 * grows on acks, shrinks on retransmissions, within bounds) plus a raise earned in windows
 * where unreliable data did not fit and the path looked clean, and cut on every sign of loss.
 * The raise never takes the limit below what ASSS alone would allow, nor above `maximum`.
 */
export class AdaptiveBandwidth implements BandwidthLimiter {
  private base: number;
  private raise = 0;
  private current: number;
  private readonly budget: number[];
  private last: number;
  private windowStart: number;
  /** In this window: unreliable data did not fit the budget. */
  private limited = false;
  /** In this window: a retransmission or a reported loss (the raise was then cut, once). */
  private lossy = false;
  /** In this window: a datagram came from the peer. */
  private heard = false;

  constructor(
    private readonly config: BandwidthConfig,
    now: number,
  ) {
    this.base = config.initial;
    this.current = config.initial;
    // Start with a full burst so the first packets of a connection are not held back.
    this.budget = BANDWIDTH_SHARES.map(() => config.burst);
    this.last = now;
    this.windowStart = now;
  }

  get limit(): number {
    return this.current;
  }

  get sendWindow(): number {
    return Math.max(1, Math.min(Math.floor(this.current / BANDWIDTH_SCALE), this.config.sendAtOnce));
  }

  refill(now: number): void {
    const elapsed = now - this.last;
    if (elapsed <= 0) return;
    this.last = now;
    for (let c = 0; c < this.budget.length; c++) {
      const earned = (this.current * BANDWIDTH_SHARES[c]! * elapsed) / 100_000;
      this.budget[c] = Math.min(this.config.burst, this.budget[c]! + earned);
    }
    this.adapt(now);
  }

  trySpend(cls: SendClass, length: number): boolean {
    const cost = packetCost(length);
    let available = 0;
    for (let c = cls; c >= 0; c--) available += this.budget[c]!;
    if (available < cost) {
      if (cls <= SendClass.UnreliableHigh) this.limited = true;
      return false;
    }
    this.spend(cls, cost);
    return true;
  }

  forceSpend(cls: SendClass, length: number): void {
    this.spend(cls, packetCost(length));
  }

  onAck(): void {
    this.setBase(this.base + (BANDWIDTH_SCALE * BANDWIDTH_SCALE) / this.base);
  }

  onRetransmit(): void {
    const b = this.base;
    this.setBase((b + Math.sqrt(b * b - 4 * BANDWIDTH_SCALE * BANDWIDTH_SCALE)) / 2);
    this.backOff();
  }

  onHeard(): void {
    this.heard = true;
  }

  onReportedLoss(): void {
    this.backOff();
  }

  /** Closes a window that has run its length: raises the limit if it earned it, then starts afresh. */
  private adapt(now: number): void {
    const { growIntervalMs, growPercent, growStepMax } = this.config;
    if (growIntervalMs <= 0 || now - this.windowStart < growIntervalMs) return;
    if (this.limited && this.heard && !this.lossy && growPercent > 0) {
      this.setRaise(this.raise + Math.min((this.current * growPercent) / 100, growStepMax));
    }
    this.windowStart = now;
    this.limited = false;
    this.lossy = false;
    this.heard = false;
  }

  /** Cuts the raise by `backoffPercent`, once per window however many losses it sees. */
  private backOff(): void {
    if (this.lossy || this.config.growIntervalMs <= 0) return;
    this.lossy = true;
    this.setRaise((this.raise * (100 - this.config.backoffPercent)) / 100);
  }

  private spend(cls: SendClass, cost: number): void {
    let left = cost;
    for (let c = cls; c >= 0 && left > 0; c--) {
      const take = Math.min(left, this.budget[c]!);
      this.budget[c] = this.budget[c]! - take;
      left -= take;
    }
  }

  private setBase(value: number): void {
    this.base = Math.min(this.config.maximum, Math.max(this.config.minimum, value));
    this.setRaise(this.raise);
  }

  private setRaise(value: number): void {
    this.raise = Math.max(0, Math.min(value, this.config.maximum - this.base));
    this.current = this.base + this.raise;
  }
}

/** ASSS `bw_nolimit`: everything fits; the reliable window is fixed. */
export class UnlimitedBandwidth implements BandwidthLimiter {
  readonly limit = Number.POSITIVE_INFINITY;
  constructor(private readonly config: BandwidthConfig) {}
  get sendWindow(): number {
    return Math.min(UNLIMITED_SEND_WINDOW, this.config.sendAtOnce);
  }
  refill(): void {}
  trySpend(): boolean {
    return true;
  }
  forceSpend(): void {}
  onAck(): void {}
  onRetransmit(): void {}
  onHeard(): void {}
  onReportedLoss(): void {}
}

export function createBandwidthLimiter(config: BandwidthConfig, now: number): BandwidthLimiter {
  return config.mode === BandwidthMode.Unlimited ? new UnlimitedBandwidth(config) : new AdaptiveBandwidth(config, now);
}
