/** Text of a fuzz run: the console summary and the README's fuzzing section. */
import { readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import type { DecoderReport } from "./decoder-campaign.js";
import type { GatewayReport } from "./gateway-campaign.js";
import { FUZZ_ZONE_ARGS } from "./gateway-campaign.js";
import { mib } from "./memory.js";

const n = (x: number) => Math.round(x).toLocaleString("en");
const top = (counts: Readonly<Record<string, number>>, k: number) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([name, c]) => `${name} ${n(c)}`)
    .join(", ");

export function decoderSummary(r: DecoderReport): string {
  const lines = [
    `decoders: ${n(r.inputs)} inputs into ${r.targets} decoders in ${r.seconds.toFixed(1)} s (${n(r.inputs / r.seconds)}/s), ${n(r.accepted)} accepted`,
    `  crashes: ${r.crashCount}`,
    `  peak heap ${mib(r.peak.heap)}, peak RSS ${mib(r.peak.rss)}`,
    `  by strategy: ${top(r.byStrategy, 12)}`,
  ];
  if (r.neverAccepted.length > 0) lines.push(`  never accepted an input: ${r.neverAccepted.join(", ")}`);
  for (const c of r.crashes) lines.push(`  CRASH ${c.where} #${c.index}: ${c.error}\n    input ${c.input}`);
  return lines.join("\n");
}

export function gatewaySummary(r: GatewayReport): string {
  const lines = [
    `gateway: ${n(r.datagrams)} datagrams (${mib(r.bytes)}) over UDP in ${r.seconds.toFixed(1)} s (${n(r.datagrams / r.seconds)}/s)`,
    `  by lane: ${top(r.byLane, 4)}`,
    `  by strategy: ${top(r.byStrategy, 12)}`,
    `  crashes: ${r.crashCount} (uncaught exceptions, unhandled rejections, bus handler errors)`,
    `  key exchanges ${n(r.keyedOpened)}, fuzzed players logged in and entered ${n(r.playersEntered)} (${n(r.playerFailures)} attempts failed)`,
    `  arena input batches ${n(r.arenaBatches)} carrying ${n(r.arenaInputs)} inputs; kernel receive-buffer drops ${n(r.kernelDrops)}`,
    `  peak heap ${mib(r.peak.heap)} (start ${mib(r.peak.startHeap)}, end ${mib(r.endHeap)}), peak RSS ${mib(r.peak.rss)} (start ${mib(r.peak.startRss)}, end ${mib(r.endRss)})`,
    `  ordinary players stayed connected: ${r.liveness.observersConnected ? "yes" : `NO (${r.liveness.observerCloses.join(", ")})`}; still hear each other: ${r.liveness.observersChat ? `yes, after ${r.liveness.heardAfterMs!.toFixed(0)} ms` : "NO"}; a newcomer logs in, enters and hears them: ${r.liveness.newcomerPlays ? "yes" : "NO"}`,
    `  gateway counters: ${top(r.gatewayCounters, 16) || "none"}`,
  ];
  for (const c of r.crashes) lines.push(`  CRASH ${c.where} near datagram #${c.index}: ${c.error}`);
  return lines.join("\n");
}

const START = "<!-- fuzz:start: written by npm run fuzz -- --readme; edit fuzz/ instead -->";
const END = "<!-- fuzz:end -->";

/** The README's fuzzing section from a run's report. */
export function readmeSection(seed: number, report: { decoders?: DecoderReport; gateway?: GatewayReport }): string {
  const d = report.decoders;
  const g = report.gateway;
  const rows: string[] = [
    "| part | inputs | time | crashes | peak heap | peak RSS |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  if (d)
    rows.push(
      `| every decoder (${d.targets}: core, C2S, S2C, bus messages) | ${n(d.inputs)} | ${d.seconds.toFixed(0)} s | ${d.crashCount} | ${mib(d.peak.heap)} | ${mib(d.peak.rss)} |`,
    );
  if (g)
    rows.push(
      `| whole gateway over UDP (UdpServer → Connection → PlayerSession → ArenaBatcher) | ${n(g.datagrams)} | ${g.seconds.toFixed(0)} s | ${g.crashCount} | ${mib(g.peak.heap)} | ${mib(g.peak.rss)} |`,
    );
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  const lines = [
    START,
    `\`npm run fuzz\` sends random datagrams and mutations (bit flips, interesting values, truncation, extension, insertion, deletion, splicing, length and sequence fields, core framing wrapped around game packets) of the protocol vectors — a live ASSS session's datagrams and game packets, the VIE vectors — into every decoder, and over real UDP into a whole zone started in the fuzzer's process. A crash is any exception that escapes a decoder, reaches the process (\`uncaughtException\`, \`unhandledRejection\`) or a bus handler; the run exits 1 on one, or when the ordinary players stop playing. A seed replays a run (\`--seed\`, \`--count\`, \`--seconds\`); a CI slice (40,000 decoder inputs, 30,000 datagrams) runs in \`npm test\` (test/fuzz.test.ts), and inputs a run once failed on are replayed from fuzz/cases/ (test/fuzz-cases.test.ts).`,
    "",
    `Run \`npm run fuzz -- --seed ${seed}\` (Node ${process.version}, ${cpus().length} × ${cpu}; the zone, its ordinary players and the fuzzer share one process, so the RSS is theirs together):`,
    "",
    ...rows,
  ];
  if (g) {
    lines.push(
      "",
      `- The zone runs with its defaults but \`${FUZZ_ZONE_ARGS.join(" ")}\`: without the per-connection datagram rate limit every fuzzed datagram is read rather than dropped unread. The fuzzer yields to the event loop every few dozen datagrams and halves its batch when the kernel reports receive-buffer drops (${n(g.kernelDrops)} this run, ${((g.kernelDrops / Math.max(1, g.datagrams)) * 100).toFixed(1)} %).`,
      `- Gateway lanes: ${top(g.byLane, 4)} datagrams (strangers: no key exchange; keyed: key exchange done, not logged in; players: logged in and in an arena, their game packets sent bare, in mutated core framing, or framed by the client's own transport so that they reach the session in order); ${n(g.keyedOpened)} key exchanges and ${n(g.playersEntered)} fuzzed players logged in and entered an arena; the gateway published ${n(g.arenaBatches)} arena input batches (${n(g.arenaInputs)} inputs) from them.`,
      `- Heap from ${mib(g.peak.startHeap)} to a peak of ${mib(g.peak.heap)}, ${mib(g.endHeap)} at the end; RSS ${mib(g.peak.startRss)} → peak ${mib(g.peak.rss)}.`,
      `- Two ordinary players in the fuzzed players' arena throughout: ${g.liveness.observersConnected ? "neither was disconnected" : "one was DISCONNECTED"}; afterwards they ${g.liveness.observersChat ? `heard each other's chat (a line said 0.5 s after the last datagram arrived within ${g.liveness.heardAfterMs!.toFixed(0)} ms, checked every 100 ms)` : "did NOT hear each other"}, and a newcomer ${g.liveness.newcomerPlays ? "logged in, entered and heard them" : "could NOT play"}.`,
      `- What the gateway dropped, by counter (\`not_playing\` is mostly game packets of connections that never logged in): ${top(g.gatewayCounters, 10) || "nothing counted"}.`,
    );
  }
  lines.push(END);
  return lines.join("\n");
}

export function writeReadmeSection(seed: number, report: { decoders?: DecoderReport; gateway?: GatewayReport }): void {
  const text = readFileSync("README.md", "utf8");
  const section = readmeSection(seed, report);
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  const next =
    a >= 0 && b > a
      ? text.slice(0, a) + section + text.slice(b + END.length)
      : `${text.trimEnd()}\n\n${/^## Security/m.test(text) ? "" : "## Security\n\n"}### Fuzzing\n\n${section}\n`;
  writeFileSync("README.md", next);
}
