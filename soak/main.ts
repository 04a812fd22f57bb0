/**
 * `npm run soak`: the all-in-one zone (built, as the benchmark runs it) with 50 bots for 10
 * minutes, its RSS read from /proc and its heap from its own /metrics every few seconds; prints
 * and writes a table of start, peak and end memory, the slope per minute, bot disconnects and
 * the share of positions relayed. Growth that does not level off is what this looks for.
 *
 * Options: `--minutes N` (default 10), `--bots N` (default 50), `--arenas N` (default 1),
 * `--sample S` seconds between samples (default 5), `--readme` (write README.md's soak section).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { LoadGenerator, loadOptions, SPREAD_SOURCE_ADDRESSES } from "@zonebus/loadgen";
import { freeUdpPortPair, startServiceProcess } from "@zonebus/testkit";
import { type Sample, sampleZone, soakMarkdown, summarizeSoak, writeSoakReadme } from "./table.js";

const { values: args } = parseArgs({
  options: {
    minutes: { type: "string", default: "10" },
    bots: { type: "string", default: "50" },
    arenas: { type: "string", default: "1" },
    sample: { type: "string", default: "5" },
    readme: { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
  },
});
const num = (name: string, text: string, min: number) => {
  const n = Number(text);
  if (!Number.isFinite(n) || n < min) {
    process.stderr.write(`--${name} must be a number ≥ ${min}, got ${JSON.stringify(text)}\n`);
    process.exit(2);
  }
  return n;
};
const minutes = num("minutes", args.minutes, 0.5);
const bots = num("bots", args.bots, 1);
const arenas = num("arenas", args.arenas, 1);
const sampleMs = num("sample", args.sample, 1) * 1000;
const log = (line: string) => process.stderr.write(`${line}\n`);

if (!args["no-build"]) {
  const build = spawnSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
  if (build.status !== 0) {
    log("build failed: the soak runs the built zone");
    process.exit(1);
  }
}

const dir = mkdtempSync(join(tmpdir(), "zb-soak-"));
const port = await freeUdpPortPair();
const zone = await startServiceProcess({
  service: "all-in-one",
  compiled: true,
  env: { LOG_LEVEL: "warn" },
  args: [...["--port", String(port), "--host", "127.0.0.1", "--data-dir", dir, "--max-players", "1024"]],
});
const samples: Sample[] = [];
const began = performance.now();
let measuring = false;
const take = async () => {
  const s = await sampleZone(zone.pid, zone.opsPort, (performance.now() - began) / 1000, measuring);
  if (s) samples.push(s);
};
await take();
const timer = setInterval(() => void take(), sampleMs);
let exitCode = 0;
try {
  const rampMs = Math.max(2_000, bots * 25);
  const options = loadOptions({
    host: "127.0.0.1",
    port,
    bots,
    arenas,
    rampMs,
    warmupMs: 5_000,
    seconds: Math.ceil(minutes * 60),
    sourceAddresses: SPREAD_SOURCE_ADDRESSES,
  });
  log(`soak: ${bots} bots in ${arenas} arena(s) for ${minutes} min against the all-in-one zone (pid ${zone.pid})`);
  let lastMinute = 0;
  const load = await new LoadGenerator(options, {
    onMeasureStart: () => {
      measuring = true;
    },
    onMeasureEnd: () => {
      measuring = false;
    },
    onSecond: (r) => {
      const minute = Math.floor((performance.now() - began) / 60_000);
      if (minute > lastMinute) {
        lastMinute = minute;
        const s = samples.at(-1);
        if (s)
          log(
            `  ${minute} min: RSS ${(s.rssBytes / 1048576).toFixed(1)} MiB, heap ${(s.heapBytes / 1048576).toFixed(1)} MiB, ${r.playing} of ${r.bots} playing`,
          );
      }
    },
  }).run();
  clearInterval(timer);
  await take();
  const summary = summarizeSoak({ bots, arenas, minutes, samples, load, sourceAddresses: SPREAD_SOURCE_ADDRESSES });
  const table = soakMarkdown(summary);
  process.stdout.write(`${table}\n`);
  const out = join("soak", "results");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "latest.md"), `${table}\n`);
  writeFileSync(join(out, "latest.json"), `${JSON.stringify({ summary, samples }, null, 2)}\n`);
  if (args.readme) writeSoakReadme(table);
  if (summary.disconnects > 0 || load.logins < bots) {
    log(
      `soak: ${load.logins} of ${bots} bots logged in, ${summary.disconnects} disconnected: ${JSON.stringify(load.failures)}`,
    );
    exitCode = 1;
  }
} finally {
  clearInterval(timer);
  const code = await zone.stop();
  rmSync(dir, { recursive: true, force: true });
  if (code !== 0) {
    log(`the zone exited with ${code}`);
    exitCode = 1;
  }
}
process.exit(exitCode);
