/**
 * `npm run bench`: builds, then drives zonebus — all-in-one, and distributed on NATS — with the
 * load generator at several loads, runs every package's micro-benchmark, and writes
 * `bench/results/` (latest.md, zone.json, zone.svg, zone.png) and the README's benchmark section.
 *
 * Options: `--quick` (two small loads, short windows: a smoke run), `--only zone|micro`,
 * `--no-readme` (leave README.md alone), `--filter TEXT` (micro-benchmarks whose path holds it).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { formatSummary } from "@zonebus/loadgen";
import { describeMachine, machineLine } from "./machine.js";
import { type MicroResult, microBenchFiles, runMicro } from "./micro.js";
import { microSection, processTable, renderPng, zonePlotSvg, zoneTable } from "./report.js";
import { runScenario, type Scenario, type ScenarioResult } from "./zone.js";

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    "no-readme": { type: "boolean", default: false },
    filter: { type: "string" },
  },
});
if (args.only !== undefined && args.only !== "zone" && args.only !== "micro") {
  process.stderr.write(`--only must be zone or micro, got ${JSON.stringify(args.only)}\n`);
  process.exit(2);
}

const RESULTS = join("bench", "results");
const README_START = "<!-- bench:start: written by npm run bench; edit bench/ instead -->";
const README_END = "<!-- bench:end -->";

/**
 * Every bot in one arena at 10, 50, 100, 200 players, then 400 over 8 arenas; both modes. And
 * 200 players again with `--send-delay 5ms`: what packing more into each datagram saves.
 */
function scenarios(quick: boolean): Scenario[] {
  const loads = quick
    ? [
        { bots: 10, arenas: 1 },
        { bots: 40, arenas: 2 },
      ]
    : [
        { bots: 10, arenas: 1 },
        { bots: 50, arenas: 1 },
        { bots: 100, arenas: 1 },
        { bots: 200, arenas: 1 },
        { bots: 400, arenas: 8 },
        { bots: 200, arenas: 1, sendDelayMs: 5 },
      ];
  return (["all-in-one", "distributed"] as const).flatMap((mode) => loads.map((l) => ({ mode, ...l })));
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const began = Date.now();
const machine = describeMachine();
log(`machine: ${machineLine(machine)}`);

const build = spawnSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
if (build.status !== 0) {
  log("build failed: the zone benchmarks run the built services");
  process.exit(1);
}

const zoneResults: ScenarioResult[] = [];
let failures = 0;
if (args.only !== "micro") {
  const timing = args.quick ? { measureMs: 4_000, warmupMs: 1_000 } : { measureMs: 10_000, warmupMs: 2_000 };
  for (const s of scenarios(args.quick)) {
    log(`\n== ${s.mode}: ${s.bots} bots in ${s.arenas} arena(s)`);
    try {
      const r = await runScenario(s, timing);
      zoneResults.push(r);
      log(formatSummary(r.load));
      log(
        `zone CPU ${r.serverCpuPercent.toFixed(0)} % of a core, ${r.cpuSecondsPerPlayerMinute.toFixed(3)} CPU s per player-minute`,
      );
    } catch (err) {
      failures++;
      log(`failed: ${(err as Error).stack ?? String(err)}`);
    }
  }
}

const micro: MicroResult[] = [];
if (args.only !== "zone") {
  for (const file of microBenchFiles(args.filter)) {
    log(`\n== micro-benchmark ${file}`);
    const m = runMicro(file);
    if (!m.ok) failures++;
    micro.push(m);
  }
}

mkdirSync(RESULTS, { recursive: true });
const caption = machineLine(machine);
const sections: string[] = [`Latest run: ${caption}.`];
if (zoneResults.length > 0) {
  const svg = zonePlotSvg(zoneResults, caption);
  writeFileSync(join(RESULTS, "zone.svg"), svg);
  writeFileSync(join(RESULTS, "zone.png"), renderPng(svg));
  writeFileSync(join(RESULTS, "zone.json"), `${JSON.stringify({ machine, results: zoneResults }, null, 2)}\n`);
  sections.push(
    "### The zone under load",
    [
      "Bots fly circles within sight of each other at 10 positions/s, fire a bullet every 2 s and chat every",
      "~30 s (VIE, real UDP on loopback). _relayed_: copies of positions and bullets received over copies due",
      "(every other bot in the arena). _latency_: from the sender's `send` to the receiving bot's handler, by the",
      "bots' shared clock. _zone CPU_: every zone process (nats-server included), % of one core over the",
      "measured window. _generator CPU / loop late_: the load generator's own CPU, and how late its event",
      'loop ran at p99 (late receives inflate latency); "bound" marks runs where the generator, not the',
      "zone, may have been the limit (85 % of a core or 5 ms late).",
    ].join("\n"),
    zoneTable(zoneResults),
    "![Position latency and zone CPU against players](bench/results/zone.png)",
    "Per process:",
    processTable(zoneResults),
  );
}
if (micro.length > 0) sections.push("### Micro-benchmarks", ...micro.map(microSection));
const body = sections.join("\n\n");
writeFileSync(join(RESULTS, "latest.md"), `# zonebus benchmarks\n\n${body}\n`);

if (!args["no-readme"] && !args.quick && args.only === undefined && args.filter === undefined) {
  const readme = readFileSync("README.md", "utf8");
  const a = readme.indexOf(README_START);
  const b = readme.indexOf(README_END);
  if (a < 0 || b < a) {
    log(`README.md has no ${README_START} … ${README_END} section: not updated`);
    failures++;
  } else {
    writeFileSync("README.md", `${readme.slice(0, a + README_START.length)}\n\n${body}\n\n${readme.slice(b)}`);
    log("README.md updated");
  }
}
// Written markdown follows the tree's formatter, so `npm run lint` stays clean after a run.
spawnSync(join("node_modules", ".bin", "biome"), ["format", "--write", join(RESULTS, "latest.md"), "README.md"], {
  stdio: "ignore",
});
log(`\nwrote ${RESULTS}/ in ${((Date.now() - began) / 1000).toFixed(0)} s; ${failures} failure(s)`);
process.exit(failures === 0 ? 0 : 1);
