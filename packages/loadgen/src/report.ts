/** The generator's numbers: one report per second, one summary per run, and how they print. */
import type { Counters } from "./counters.js";
import { EMPTY_SUMMARY, type LatencySummary } from "./histogram.js";
import type { LoadOptions } from "./options.js";

export interface SecondReport {
  readonly second: number;
  /** Bots playing at the end of the second, of `bots`. */
  readonly playing: number;
  readonly bots: number;
  readonly logins: number;
  readonly loginFailures: number;
  readonly disconnects: number;
  /** UDP datagrams received and sent by every bot, per second. */
  readonly datagramsIn: number;
  readonly datagramsOut: number;
  readonly positionsSent: number;
  readonly positionsReceived: number;
  readonly latency: LatencySummary;
  /** The generator's own CPU, percent of one core. */
  readonly cpuPercent: number;
  /** p99 of how late the generator's event loop ran, ms: high when the generator itself is saturated. */
  readonly loopP99Ms: number;
  readonly measuring: boolean;
}

export function secondReport(r: {
  second: number;
  counters: Counters;
  playing: number;
  bots: number;
  cpuUs: number;
  elapsedMs: number;
  loopP99Ms: number;
  measuring: boolean;
}): SecondReport {
  const perSecond = (n: number) => (r.elapsedMs > 0 ? (n * 1000) / r.elapsedMs : 0);
  const c = r.counters;
  return {
    second: r.second,
    playing: r.playing,
    bots: r.bots,
    logins: c.logins,
    loginFailures: c.loginFailures,
    disconnects: c.disconnects,
    datagramsIn: perSecond(c.datagramsIn),
    datagramsOut: perSecond(c.datagramsOut),
    positionsSent: perSecond(c.positionsSent + c.weaponsSent),
    positionsReceived: perSecond(c.positionsReceived),
    latency: c.latency.summary(),
    cpuPercent: r.elapsedMs > 0 ? r.cpuUs / 10 / r.elapsedMs : 0,
    loopP99Ms: r.loopP99Ms,
    measuring: r.measuring,
  };
}

/** A run's result over its measured window (counts of logins and failures over the whole run). */
export interface LoadSummary {
  readonly bots: number;
  readonly arenas: number;
  readonly windowSeconds: number;
  readonly logins: number;
  readonly loginFailures: number;
  /** Failure messages and how many bots each stopped. */
  readonly failures: Readonly<Record<string, number>>;
  readonly disconnects: number;
  readonly loginTime: LatencySummary;
  /** Positions and weapons sent per second by all bots. */
  readonly positionsSentPerSecond: number;
  readonly positionsReceivedPerSecond: number;
  /** Received relayed copies over the copies the server should have relayed (0..1, can pass 1 slightly at the edges). */
  readonly deliveryRatio: number;
  readonly latency: LatencySummary;
  readonly unmatched: number;
  readonly ambiguous: number;
  readonly datagramsInPerSecond: number;
  readonly datagramsOutPerSecond: number;
  readonly bytesInPerSecond: number;
  readonly bytesOutPerSecond: number;
  /** The generator's CPU over the window: seconds, and percent of one core. */
  readonly generatorCpuSeconds: number;
  readonly generatorCpuPercent: number;
  /**
   * The generator's event-loop delay over the window, ms, beyond the 10 ms sampling period: a
   * receive handled late adds to the measured latency, so a high value marks a generator limit.
   */
  readonly generatorLoopDelayP99Ms: number;
  readonly generatorLoopDelayMaxMs: number;
  readonly totalCpuSeconds: number;
  readonly totalSeconds: number;
}

export function summarize(r: {
  options: LoadOptions;
  window: Counters;
  total: Counters;
  windowMs: number;
  windowCpuUs: number;
  /** How late the event loop ran over the window, ms (the monitor's sampling period taken off). */
  loopDelayMs?: { p99: number; max: number };
  totalCpuUs: number;
  totalMs: number;
  failures: ReadonlyMap<string, number>;
}): LoadSummary {
  const w = r.window;
  const seconds = r.windowMs / 1000;
  const rate = (n: number) => (seconds > 0 ? n / seconds : 0);
  return {
    bots: r.options.bots,
    arenas: r.options.arenas,
    windowSeconds: seconds,
    logins: r.total.logins,
    loginFailures: r.total.loginFailures,
    failures: Object.fromEntries(r.failures),
    disconnects: r.total.disconnects,
    loginTime: r.total.loginTime.summary(),
    positionsSentPerSecond: rate(w.positionsSent + w.weaponsSent),
    positionsReceivedPerSecond: rate(w.positionsReceived),
    deliveryRatio: w.positionsExpected > 0 ? w.positionsReceived / w.positionsExpected : 0,
    latency: seconds > 0 ? w.latency.summary() : EMPTY_SUMMARY,
    unmatched: w.unmatched,
    ambiguous: w.ambiguous,
    datagramsInPerSecond: rate(w.datagramsIn),
    datagramsOutPerSecond: rate(w.datagramsOut),
    bytesInPerSecond: rate(w.bytesIn),
    bytesOutPerSecond: rate(w.bytesOut),
    generatorCpuSeconds: r.windowCpuUs / 1e6,
    generatorCpuPercent: seconds > 0 ? r.windowCpuUs / 1e4 / seconds : 0,
    generatorLoopDelayP99Ms: Math.max(0, r.loopDelayMs?.p99 ?? 0),
    generatorLoopDelayMaxMs: Math.max(0, r.loopDelayMs?.max ?? 0),
    totalCpuSeconds: r.totalCpuUs / 1e6,
    totalSeconds: r.totalMs / 1000,
  };
}

/** `1234567` → `1.23M`, `12345` → `12.3k`, `12` → `12`. */
export function compact(n: number): string {
  const a = Math.abs(n);
  if (a >= 1e6) return `${(n / 1e6).toFixed(2)}M`;
  if (a >= 1e4) return `${(n / 1e3).toFixed(1)}k`;
  if (a >= 100 || Number.isInteger(n)) return Math.round(n).toString();
  return n.toFixed(1);
}

/** Milliseconds with a precision that suits their size. */
export function ms(n: number): string {
  if (n >= 100) return n.toFixed(0);
  if (n >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

/** One line per second for a terminal. */
export function formatSecond(r: SecondReport): string {
  const lat = r.latency.count > 0 ? `${ms(r.latency.p50)}/${ms(r.latency.p99)}/${ms(r.latency.max)}` : "–";
  return [
    `${String(r.second).padStart(4)}s${r.measuring ? "*" : " "}`,
    `bots ${r.playing}/${r.bots}`,
    `logins +${r.logins}${r.loginFailures ? ` (failed ${r.loginFailures})` : ""}`,
    `pkts in ${compact(r.datagramsIn)}/s out ${compact(r.datagramsOut)}/s`,
    `pos tx ${compact(r.positionsSent)}/s rx ${compact(r.positionsReceived)}/s`,
    `latency p50/p99/max ${lat} ms`,
    `disc ${r.disconnects}`,
    `cpu ${r.cpuPercent.toFixed(0)}%`,
    `loop late p99 ${ms(r.loopP99Ms)} ms`,
  ].join("  ");
}

/** The run's summary for a terminal. */
export function formatSummary(s: LoadSummary): string {
  const failures = Object.entries(s.failures)
    .map(([why, n]) => `  ${n} × ${why}`)
    .join("\n");
  const l = s.latency;
  return [
    `bots ${s.bots} in ${s.arenas} arena(s); measured ${s.windowSeconds.toFixed(1)} s`,
    `logins ${s.logins}/${s.bots} (failed ${s.loginFailures}), login+entry p50 ${ms(s.loginTime.p50)} ms p99 ${ms(s.loginTime.p99)} ms`,
    ...(failures ? [failures] : []),
    `disconnects ${s.disconnects}`,
    `positions sent ${compact(s.positionsSentPerSecond)}/s, relayed copies received ${compact(s.positionsReceivedPerSecond)}/s (${(s.deliveryRatio * 100).toFixed(1)} % of expected)`,
    `latency sender→receiver: p50 ${ms(l.p50)} ms, p90 ${ms(l.p90)} ms, p99 ${ms(l.p99)} ms, max ${ms(l.max)} ms over ${compact(l.count)} samples (unmatched ${s.unmatched}, ambiguous ${s.ambiguous})`,
    `datagrams in ${compact(s.datagramsInPerSecond)}/s (${compact(s.bytesInPerSecond)} B/s), out ${compact(s.datagramsOutPerSecond)}/s (${compact(s.bytesOutPerSecond)} B/s)`,
    `generator CPU ${s.generatorCpuSeconds.toFixed(2)} s in the window (${s.generatorCpuPercent.toFixed(0)} % of one core), event loop late by p99 ${ms(s.generatorLoopDelayP99Ms)} ms, max ${ms(s.generatorLoopDelayMaxMs)} ms`,
  ].join("\n");
}

export type Align = "left" | "right";

/** A markdown table; cells are escaped for `|`, columns padded so the source reads as a table. */
export function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly Align[],
): string {
  const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const cells = [headers.map(esc), ...rows.map((r) => headers.map((_, i) => esc(r[i] ?? "")))];
  const widths = headers.map((_, i) => Math.max(3, ...cells.map((r) => r[i]!.length)));
  const pad = (s: string, i: number) => (align?.[i] === "right" ? s.padStart(widths[i]!) : s.padEnd(widths[i]!));
  const line = (r: readonly string[]) => `| ${r.map(pad).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => (align?.[i] === "right" ? `${"-".repeat(w - 1)}:` : "-".repeat(w))).join(" | ")} |`;
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join("\n");
}
