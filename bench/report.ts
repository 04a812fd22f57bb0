/** The benchmark report: markdown tables of the zone runs and micro-benchmarks, and the plot. */
import { Resvg } from "@resvg/resvg-js";
import { chartSvg, compact, markdownTable, ms, type Panel, type Series } from "@zonebus/loadgen";
import type { MicroResult } from "./micro.js";
import { playersOf, type ScenarioResult, type ZoneMode } from "./zone.js";

const MB = 1024 * 1024;
const COLORS: Record<ZoneMode, string> = { "all-in-one": "#1f77b4", distributed: "#d62728" };

function players(r: ScenarioResult): string {
  const where = r.arenas === 1 ? String(r.bots) : `${r.bots} (${r.arenas} arenas)`;
  return r.sendDelayMs === undefined ? where : `${where}, send-delay ${r.sendDelayMs} ms`;
}

/** One row per run: what a player sees and what the zone spends. */
export function zoneTable(results: readonly ScenarioResult[]): string {
  const rows = results.map((r) => {
    const l = r.load;
    const nats = r.nats;
    return [
      r.mode,
      players(r),
      `${l.logins}/${r.bots}`,
      `${(l.deliveryRatio * 100).toFixed(1)} %`,
      `${ms(l.latency.p50)} / ${ms(l.latency.p99)} / ${ms(l.latency.max)}`,
      `${r.serverCpuPercent.toFixed(0)} %`,
      r.cpuSecondsPerPlayerMinute.toFixed(3),
      (r.serverRssBytes / MB).toFixed(0),
      nats ? `${compact(nats.msgsInPerSecond)} / ${compact(nats.msgsOutPerSecond)}` : "–",
      nats ? `${compact(nats.bytesInPerSecond / 1024)} / ${compact(nats.bytesOutPerSecond / 1024)}` : "–",
      nats && l.positionsSentPerSecond > 0 ? (nats.msgsInPerSecond / l.positionsSentPerSecond).toFixed(2) : "–",
      `${l.generatorCpuPercent.toFixed(0)} % / ${ms(l.generatorLoopDelayP99Ms)}${r.generatorBound ? " (bound)" : ""}`,
      String(l.disconnects),
    ];
  });
  return markdownTable(
    [
      "zone",
      "players",
      "logins",
      "relayed",
      "latency p50 / p99 / max ms",
      "zone CPU",
      "CPU s / player-min",
      "zone RSS MB",
      "NATS msgs/s in / out",
      "NATS KiB/s in / out",
      "NATS msgs in per position",
      "generator CPU / loop late p99 ms",
      "disconnects",
    ],
    rows,
    ["left", "left", "right", "right", "right", "right", "right", "right", "right", "right", "right", "right", "right"],
  );
}

/** One row per process per run. */
export function processTable(results: readonly ScenarioResult[]): string {
  const rows: string[][] = [];
  for (const r of results) {
    for (const p of r.processes) {
      rows.push([
        r.mode,
        players(r),
        p.name,
        `${p.cpuPercent.toFixed(1)} %`,
        (p.cpuSeconds / (playersOf(r.load) * (r.windowSeconds / 60))).toFixed(4),
        (p.rssBytes / MB).toFixed(0),
        (p.peakRssBytes / MB).toFixed(0),
      ]);
    }
  }
  return markdownTable(
    ["zone", "players", "process", "CPU (of one core)", "CPU s / player-min", "RSS MB", "peak RSS MB"],
    rows,
    ["left", "left", "left", "right", "right", "right", "right"],
  );
}

/**
 * Latency and zone CPU against players logged in (fewer than the bots when logins failed), one
 * line per mode; the multi-arena run is its own point.
 */
export function zonePlotSvg(results: readonly ScenarioResult[], caption: string): string {
  const modes = [...new Set(results.map((r) => r.mode))];
  const latency: Series[] = [];
  const cpu: Series[] = [];
  for (const mode of modes) {
    // The plot shows the default gateway; runs with another --send-delay are in the table.
    const own = results.filter((r) => r.mode === mode && r.sendDelayMs === undefined);
    const runs = own.filter((r) => r.arenas === 1).sort((a, b) => a.bots - b.bots);
    const multi = own.filter((r) => r.arenas > 1);
    const color = COLORS[mode];
    latency.push({ name: `${mode} p99`, color, points: runs.map((r) => [playersOf(r.load), r.load.latency.p99]) });
    latency.push({
      name: `${mode} p50`,
      color,
      dashed: true,
      points: runs.map((r) => [playersOf(r.load), r.load.latency.p50]),
    });
    cpu.push({ name: `${mode}, zone CPU %`, color, points: runs.map((r) => [playersOf(r.load), r.serverCpuPercent]) });
    for (const m of multi) {
      const name = `${mode}, ${m.arenas} arenas`;
      latency.push({
        name: `${name}, p99`,
        color,
        marker: "square",
        points: [[playersOf(m.load), m.load.latency.p99]],
      });
      cpu.push({ name, color, marker: "square", points: [[playersOf(m.load), m.serverCpuPercent]] });
    }
  }
  const panels: Panel[] = [
    { title: "Position latency, sender → receiver", xLabel: "players", yLabel: "ms", series: latency },
    { title: "Zone CPU (all its processes)", xLabel: "players", yLabel: "% of one core", series: cpu },
  ];
  return chartSvg(panels, caption);
}

export function renderPng(svg: string): Buffer {
  return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render().asPng();
}

/** A micro-benchmark's markdown with headings pushed down a level and blank lines before tables. */
export function microSection(m: MicroResult): string {
  const lines = m.markdown.split("\n").map((l) => (l.startsWith("#") ? `###${l}` : l));
  const out: string[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (l.startsWith("|") && prev !== undefined && prev.trim() !== "" && !prev.startsWith("|")) out.push("");
    out.push(l);
  }
  return [`### ${m.file}`, "", ...out].join("\n");
}
