/**
 * Time in ticks (hundredths of a second, 31 bits, core.md conventions) and the client-side
 * estimate of the server clock from `00 05` / `00 06` (core.md §8).
 */
import { MS_PER_TICK, TICK_MASK } from "./constants.js";
import type { SyncResponse } from "./packets/time-sync.js";

/** Ticks for a monotonic time in ms. */
export const ticksAt = (nowMs: number): number => Math.floor(nowMs / MS_PER_TICK) & TICK_MASK;

/** `a - b` for 31-bit tick values, correct across wrap-around (ASSS `TICK_DIFF`). */
export const tickDiff = (a: number, b: number): number => ((a << 1) - (b << 1)) >> 1;

/** Samples averaged for the offset, as zero does (core.md §8). */
export const CLOCK_SYNC_SAMPLES = 32;

/** A round trip longer than this is from a stale or forged response and is ignored (ours). */
export const MAX_SYNC_RTT_TICKS = 1000;

export interface ClockSample {
  /** Round trip of this exchange in ticks. */
  readonly rttTicks: number;
  /** Averaged `server − client` tick offset after this sample. */
  readonly offsetTicks: number;
}

/**
 * Estimates `server_time − client_time` in ticks: each sample is zero's
 * `rtt*3/5 + server − now`, averaged over the last 32.
 */
export class ClockSync {
  private readonly samples: number[] = [];
  private sum = 0;

  /** Current estimate (0 before the first sample). */
  get offsetTicks(): number {
    return this.samples.length === 0 ? 0 : Math.round(this.sum / this.samples.length);
  }

  get sampleCount(): number {
    return this.samples.length;
  }

  /** Takes a `00 06` received at `nowTicks`; undefined when it cannot be from a recent request. */
  onResponse(response: SyncResponse, nowTicks: number): ClockSample | undefined {
    const rtt = tickDiff(nowTicks, response.clientTime & TICK_MASK);
    if (rtt < 0 || rtt > MAX_SYNC_RTT_TICKS) return undefined;
    const sample = Math.trunc((rtt * 3) / 5) + tickDiff(response.serverTime & TICK_MASK, nowTicks);
    this.samples.push(sample);
    this.sum += sample;
    if (this.samples.length > CLOCK_SYNC_SAMPLES) this.sum -= this.samples.shift()!;
    return { rttTicks: rtt, offsetTicks: this.offsetTicks };
  }
}
