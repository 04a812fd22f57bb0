/**
 * `npm run fuzz`: random and mutated inputs, seeded from the protocol vectors, into every
 * decoder directly and through a whole in-process zone's gateway over real UDP. Prints what it
 * sent, crashes (0 expected) and peak memory; exits 1 on any crash or when ordinary play stopped.
 *
 * Options:
 *   --seed N         run seed (default: random; printed, so a run can be replayed)
 *   --count N        datagrams through the gateway (default 1,000,000); the decoders get 4×
 *   --seconds S      stop each half after S seconds even if --count is not reached (default 600)
 *   --only decoders|gateway
 *   --zone-arg FLAG  extra service flag for the zone, repeatable (e.g. --zone-arg=--client-timeout=2s)
 *   --readme         write the summary into README.md's fuzzing section
 *   --json FILE      write the whole report as JSON
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { runDecoderCampaign } from "./decoder-campaign.js";
import { runGatewayCampaign } from "./gateway-campaign.js";
import { mib } from "./memory.js";
import { decoderSummary, gatewaySummary, writeReadmeSection } from "./report.js";
import { loadCorpus } from "./seeds.js";

const { values: args } = parseArgs({
  options: {
    seed: { type: "string" },
    count: { type: "string", default: "1000000" },
    seconds: { type: "string", default: "600" },
    only: { type: "string" },
    "zone-arg": { type: "string", multiple: true, default: [] },
    readme: { type: "boolean", default: false },
    json: { type: "string" },
  },
});
const int = (name: string, text: string) => {
  const n = Number(text.replaceAll("_", ""));
  if (!Number.isSafeInteger(n) || n < 0) {
    process.stderr.write(`--${name} must be a whole number, got ${JSON.stringify(text)}\n`);
    process.exit(2);
  }
  return n;
};
if (args.only !== undefined && args.only !== "decoders" && args.only !== "gateway") {
  process.stderr.write(`--only must be decoders or gateway, got ${JSON.stringify(args.only)}\n`);
  process.exit(2);
}
const seed = args.seed === undefined ? (Math.random() * 0x1_0000_0000) >>> 0 : int("seed", args.seed);
const count = int("count", args.count);
const seconds = int("seconds", args.seconds);
const corpus = loadCorpus();
const log = (line: string) => process.stdout.write(`${line}\n`);
log(
  `fuzz: seed ${seed}, corpus ${corpus.source} (${corpus.c2s.length} C2S, ${corpus.s2c.length} S2C packets, ${corpus.clientDatagrams.length} client datagrams)`,
);

let failed = false;
const report: Record<string, unknown> = { seed, node: process.version };
if (args.only !== "gateway") {
  const r = runDecoderCampaign({
    seed,
    count: count * 4,
    seconds,
    corpus,
    onProgress: (n) => {
      if (n > 0 && n % 1_000_000 < 16_384) log(`  decoders: ${n.toLocaleString("en")} inputs`);
    },
  });
  report.decoders = r;
  log(decoderSummary(r));
  if (r.crashCount > 0) failed = true;
}
if (args.only !== "decoders") {
  let nextProgress = 100_000;
  const r = await runGatewayCampaign({
    seed,
    count,
    seconds,
    corpus,
    zoneArgs: args["zone-arg"],
    onProgress: (n, peak) => {
      if (n < nextProgress) return;
      nextProgress += 100_000;
      log(`  gateway: ${n.toLocaleString("en")} datagrams, heap ${mib(peak.heap)} peak, RSS ${mib(peak.rss)} peak`);
    },
  });
  report.gateway = r;
  log(gatewaySummary(r));
  if (r.crashCount > 0 || !r.liveness.observersConnected || !r.liveness.observersChat || !r.liveness.newcomerPlays)
    failed = true;
  if (args.readme) writeReadmeSection(seed, report);
}
if (args.json) writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
log(failed ? "fuzz: FAILED" : "fuzz: ok");
process.exit(failed ? 1 : 0);
