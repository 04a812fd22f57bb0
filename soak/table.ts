/** Samples of the soaked zone's memory, and the table made of them. */
import { readFileSync, writeFileSync } from "node:fs";
import { type LoadSummary, procUsage } from "@zonebus/loadgen";

export interface Sample {
  /** Seconds since the soak began. */
  readonly at: number;
  readonly rssBytes: number;
  /** `nodejs_heap_size_used_bytes` from the zone's /metrics (NaN when it did not answer). */
  readonly heapBytes: number;
  /** Inside the load generator's measured window (every bot in, warm-up over). */
  readonly measuring: boolean;
}

/** Reads a `name value` line of a Prometheus text exposition. */
export function metricValue(text: string, name: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
  return line === undefined ? Number.NaN : Number(line.split(" ").pop());
}

export async function sampleZone(
  pid: number,
  opsPort: number,
  at: number,
  measuring: boolean,
): Promise<Sample | undefined> {
  const usage = procUsage(pid);
  if (!usage) return undefined;
  let heapBytes = Number.NaN;
  try {
    const res = await fetch(`http://127.0.0.1:${opsPort}/metrics`, { signal: AbortSignal.timeout(2_000) });
    heapBytes = metricValue(await res.text(), "nodejs_heap_size_used_bytes");
  } catch {
    // A late answer is a missing heap figure, not a failed soak.
  }
  return { at, rssBytes: usage.rssBytes, heapBytes, measuring };
}

/** Least-squares slope of `y` over `x`, per unit of x; 0 with fewer than two points. */
export function slope(points: readonly (readonly [number, number])[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p[0], 0) / n;
  const my = points.reduce((s, p) => s + p[1], 0) / n;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

export interface MemoryFigures {
  readonly start: number;
  readonly peak: number;
  readonly end: number;
  /** Bytes per minute over the measured window. */
  readonly slopePerMinute: number;
}

export interface SoakSummary {
  readonly bots: number;
  readonly arenas: number;
  readonly minutes: number;
  readonly rss: MemoryFigures;
  readonly heap: MemoryFigures;
  readonly logins: number;
  readonly disconnects: number;
  /** Relayed positions received over those the zone should have relayed, in the measured window. */
  readonly relayedRatio: number;
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
  readonly samples: number;
  /** Flags the zone ran with beside its defaults. */
  /** Loopback addresses the bots came from. */
  readonly sourceAddresses: number;
}

function figures(samples: readonly Sample[], pick: (s: Sample) => number): MemoryFigures {
  const known = samples.filter((s) => Number.isFinite(pick(s)));
  const window = known.filter((s) => s.measuring);
  // Start: the first sample with every bot in; the boot's figure would make any run look like growth.
  const start = window[0] ?? known[0];
  return {
    start: start ? pick(start) : Number.NaN,
    peak: Math.max(...known.map(pick)),
    end: known.length ? pick(known.at(-1)!) : Number.NaN,
    slopePerMinute: slope(window.map((s) => [s.at / 60, pick(s)] as const)),
  };
}

export function summarizeSoak(r: {
  bots: number;
  arenas: number;
  minutes: number;
  samples: readonly Sample[];
  load: LoadSummary;
  sourceAddresses: number;
}): SoakSummary {
  return {
    bots: r.bots,
    arenas: r.arenas,
    minutes: r.minutes,
    rss: figures(r.samples, (s) => s.rssBytes),
    heap: figures(r.samples, (s) => s.heapBytes),
    logins: r.load.logins,
    disconnects: r.load.disconnects,
    relayedRatio: r.load.deliveryRatio,
    latencyP50Ms: r.load.latency.p50,
    latencyP99Ms: r.load.latency.p99,
    samples: r.samples.length,
    sourceAddresses: r.sourceAddresses,
  };
}

const mb = (b: number) => (b / 1048576).toFixed(1);

export function soakMarkdown(s: SoakSummary): string {
  const row = (name: string, f: MemoryFigures) =>
    `| ${name} | ${mb(f.start)} | ${mb(f.peak)} | ${mb(f.end)} | ${f.slopePerMinute >= 0 ? "+" : ""}${mb(f.slopePerMinute)} |`;
  return [
    `Soak: ${s.bots} bots in ${s.arenas} arena(s) for ${s.minutes} min against the all-in-one zone (${s.samples} samples; start = first sample with every bot in, end = last sample, as the bots had just left).`,
    "",
    "| zone process | start MiB | peak MiB | end MiB | slope MiB/min |",
    "| --- | ---: | ---: | ---: | ---: |",
    row("RSS", s.rss),
    row("heap used", s.heap),
    "",
    `The zone ran built, with every limit at its default; the bots came from ${s.sourceAddresses} loopback addresses (127.0.0.1 to 127.0.0.${s.sourceAddresses}). Bots logged in: ${s.logins} of ${s.bots}; disconnected by the zone: ${s.disconnects}; positions relayed: ${(s.relayedRatio * 100).toFixed(1)} %; latency p50 ${s.latencyP50Ms.toFixed(2)} ms, p99 ${s.latencyP99Ms.toFixed(2)} ms.`,
  ].join("\n");
}

const START = "<!-- soak:start: written by npm run soak -- --readme; edit soak/ instead -->";
const END = "<!-- soak:end -->";

export function writeSoakReadme(table: string): void {
  const text = readFileSync("README.md", "utf8");
  const section = `${START}\n${table}\n${END}`;
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  writeFileSync(
    "README.md",
    a >= 0 && b > a
      ? text.slice(0, a) + section + text.slice(b + END.length)
      : `${text.trimEnd()}\n\n### Soak\n\n${section}\n`,
  );
}
