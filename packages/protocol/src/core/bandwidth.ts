/**
 * Per-connection bandwidth limiting (core.md §11, ASSS `bw_default` / `bw_nolimit`).
 * Five send classes earn budget in proportion to their share of the current limit; a packet
 * may spend its own class's budget and, if short, the budget of lower classes. Reliable data
 * is scheduled before unreliable data, so under pressure it eats the unreliable budgets and
 * the unreliable packets are the ones dropped.
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
}

/**
 * Cost charged for a packet: small ones may ride in a cluster for one length byte, bigger
 * ones pay for a whole datagram (`PerPacketOverhead`, core.md §11).
 */
export const packetCost = (length: number): number =>
  length <= MAX_CLUSTER_ITEM ? length + 1 : length + PER_DATAGRAM_OVERHEAD;

/** ASSS `bw_default`: the limit grows on acks and shrinks on retransmissions, within bounds. */
export class AdaptiveBandwidth implements BandwidthLimiter {
  private current: number;
  private readonly budget: number[];
  private last: number;

  constructor(
    private readonly config: BandwidthConfig,
    now: number,
  ) {
    this.current = config.initial;
    // Start with a full burst so the first packets of a connection are not held back.
    this.budget = BANDWIDTH_SHARES.map(() => config.burst);
    this.last = now;
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
  }

  trySpend(cls: SendClass, length: number): boolean {
    const cost = packetCost(length);
    let available = 0;
    for (let c = cls; c >= 0; c--) available += this.budget[c]!;
    if (available < cost) return false;
    this.spend(cls, cost);
    return true;
  }

  forceSpend(cls: SendClass, length: number): void {
    this.spend(cls, packetCost(length));
  }

  onAck(): void {
    this.setLimit(this.current + (BANDWIDTH_SCALE * BANDWIDTH_SCALE) / this.current);
  }

  onRetransmit(): void {
    const l = this.current;
    this.setLimit((l + Math.sqrt(l * l - 4 * BANDWIDTH_SCALE * BANDWIDTH_SCALE)) / 2);
  }

  private spend(cls: SendClass, cost: number): void {
    let left = cost;
    for (let c = cls; c >= 0 && left > 0; c--) {
      const take = Math.min(left, this.budget[c]!);
      this.budget[c] = this.budget[c]! - take;
      left -= take;
    }
  }

  private setLimit(value: number): void {
    this.current = Math.min(this.config.maximum, Math.max(this.config.minimum, value));
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
}

export function createBandwidthLimiter(config: BandwidthConfig, now: number): BandwidthLimiter {
  return config.mode === BandwidthMode.Unlimited ? new UnlimitedBandwidth(config) : new AdaptiveBandwidth(config, now);
}
