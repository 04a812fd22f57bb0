/**
 * A latency histogram of fixed size: hundreds of thousands of samples a second go in, and the
 * memory stays the same whatever the run's length. Buckets are 10 µs wide up to 10 ms, 100 µs up
 * to 100 ms and 1 ms up to 10 s; slower samples share one overflow bucket. The maximum is exact.
 */

/** Bucket tiers: [upper bound ms (exclusive), bucket width ms]. */
const TIERS: readonly (readonly [number, number])[] = [
  [10, 0.01],
  [100, 0.1],
  [10_000, 1],
];

const TIER_STARTS: number[] = [];
let bucketCount = 0;
{
  let lower = 0;
  for (const [upper, width] of TIERS) {
    TIER_STARTS.push(bucketCount);
    bucketCount += Math.round((upper - lower) / width);
    lower = upper;
  }
}
/** Buckets including the overflow bucket at the end. */
const BUCKETS = bucketCount + 1;
const OVERFLOW = bucketCount;

/** Percentiles and counts of one set of samples, in milliseconds. */
export interface LatencySummary {
  readonly count: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

export const EMPTY_SUMMARY: LatencySummary = Object.freeze({ count: 0, p50: 0, p90: 0, p99: 0, max: 0, mean: 0 });

function bucketOf(ms: number): number {
  let lower = 0;
  for (let t = 0; t < TIERS.length; t++) {
    const [upper, width] = TIERS[t]!;
    if (ms < upper) return TIER_STARTS[t]! + Math.floor((ms - lower) / width + 1e-9);
    lower = upper;
  }
  return OVERFLOW;
}

/** The upper edge of bucket `i` in ms (the overflow bucket has none: Infinity). */
function bucketUpper(i: number): number {
  let lower = 0;
  for (let t = 0; t < TIERS.length; t++) {
    const [upper, width] = TIERS[t]!;
    const next = TIER_STARTS[t + 1] ?? bucketCount;
    if (i < next) return lower + (i - TIER_STARTS[t]! + 1) * width;
    lower = upper;
  }
  return Number.POSITIVE_INFINITY;
}

export class LatencyHistogram {
  private readonly counts = new Uint32Array(BUCKETS);
  private total = 0;
  private sum = 0;
  private maxValue = 0;

  /** Adds one sample in ms; negative samples (clock steps) count as 0. NaN is ignored. */
  record(ms: number): void {
    if (Number.isNaN(ms)) return;
    const v = Math.max(ms, 0);
    this.counts[bucketOf(v)]!++;
    this.total++;
    this.sum += v;
    if (v > this.maxValue) this.maxValue = v;
  }

  /** Adds every sample of `other` (per-second histograms fold into a run's). */
  merge(other: LatencyHistogram): void {
    for (let i = 0; i < BUCKETS; i++) this.counts[i]! += other.counts[i]!;
    this.total += other.total;
    this.sum += other.sum;
    if (other.maxValue > this.maxValue) this.maxValue = other.maxValue;
  }

  reset(): void {
    this.counts.fill(0);
    this.total = 0;
    this.sum = 0;
    this.maxValue = 0;
  }

  get count(): number {
    return this.total;
  }

  get max(): number {
    return this.maxValue;
  }

  /**
   * The smallest bucket edge at or below which `q` (0..1) of the samples lie: an upper bound
   * on the true percentile, never more than one bucket width above it and never above the max.
   */
  quantile(q: number): number {
    if (this.total === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.total));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) return Math.min(bucketUpper(i), this.maxValue);
    }
    return this.maxValue;
  }

  summary(): LatencySummary {
    if (this.total === 0) return EMPTY_SUMMARY;
    return {
      count: this.total,
      p50: this.quantile(0.5),
      p90: this.quantile(0.9),
      p99: this.quantile(0.99),
      max: this.maxValue,
      mean: this.sum / this.total,
    };
  }
}
