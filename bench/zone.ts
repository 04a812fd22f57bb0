/**
 * Starts a zone as real processes from the build — all-in-one, or master + arena + gateway on a
 * nats-server — drives it with the load generator and measures every process from outside:
 * CPU and memory from /proc, NATS traffic from /varz, latency and delivery from the bots.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import {
  LoadGenerator,
  type LoadSummary,
  loadOptions,
  type ProcUsage,
  procUsage,
  SPREAD_SOURCE_ADDRESSES,
} from "@zonebus/loadgen";
import {
  freeUdpPortPair,
  type NatsServerHandle,
  type NatsVarz,
  natsVarz,
  type ServiceProcess,
  startNatsServer,
  startServiceProcess,
} from "@zonebus/testkit";

export type ZoneMode = "all-in-one" | "distributed";

export interface Scenario {
  readonly mode: ZoneMode;
  readonly bots: number;
  readonly arenas: number;
  /** The gateway's `--send-delay` in ms; unset: its default (0, send at the end of each turn). */
  readonly sendDelayMs?: number;
}

interface RunningZone {
  readonly port: number;
  readonly processes: readonly { readonly name: string; readonly pid: number }[];
  readonly nats?: NatsServerHandle;
  stop(): Promise<void>;
}

/** Services log warnings only: per-player info lines would be part of what is measured. */
const SERVICE_ENV = { LOG_LEVEL: "warn" };
const MAX_PLAYERS = "1024";

/** Gateway flags a scenario sets. */
function gatewayArgs(s: Scenario): string[] {
  return s.sendDelayMs === undefined ? [] : ["--send-delay", `${s.sendDelayMs}ms`];
}

async function startAllInOne(s: Scenario): Promise<RunningZone> {
  const dir = mkdtempSync(join(tmpdir(), "zb-bench-"));
  const port = await freeUdpPortPair();
  const proc = await startServiceProcess({
    service: "all-in-one",
    compiled: true,
    env: SERVICE_ENV,
    args: [
      ...["--port", String(port), "--host", "127.0.0.1", "--data-dir", dir, "--max-players", MAX_PLAYERS],
      ...gatewayArgs(s),
    ],
  });
  return {
    port,
    processes: [{ name: "all-in-one", pid: proc.pid }],
    async stop() {
      await proc.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function startDistributed(s: Scenario): Promise<RunningZone> {
  const nats = await startNatsServer({ monitor: true });
  const env = { ...SERVICE_ENV, NATS_URL: nats.url, ZONE_ID: `bench${Date.now().toString(36)}` };
  const port = await freeUdpPortPair();
  const procs: ServiceProcess[] = [];
  try {
    procs.push(
      await startServiceProcess({ service: "master", compiled: true, env, args: ["--max-players", MAX_PLAYERS] }),
    );
    procs.push(await startServiceProcess({ service: "arena", compiled: true, env, args: ["--replica-id", "a1"] }));
    procs.push(
      await startServiceProcess({
        service: "gateway",
        compiled: true,
        env,
        args: ["--port", String(port), "--host", "127.0.0.1", "--gateway-id", "g1", ...gatewayArgs(s)],
      }),
    );
  } catch (err) {
    for (const p of procs.reverse()) await p.stop();
    await nats.stop();
    throw err;
  }
  return {
    port,
    nats,
    processes: [...procs.map((p) => ({ name: p.name, pid: p.pid })), { name: "nats-server", pid: nats.pid }],
    async stop() {
      for (const p of procs.reverse()) await p.stop();
      await nats.stop();
    },
  };
}

export interface ProcessResult {
  readonly name: string;
  readonly cpuSeconds: number;
  /** Percent of one core over the window. */
  readonly cpuPercent: number;
  readonly rssBytes: number;
  readonly peakRssBytes: number;
}

export interface NatsRates {
  readonly msgsInPerSecond: number;
  readonly msgsOutPerSecond: number;
  readonly bytesInPerSecond: number;
  readonly bytesOutPerSecond: number;
}

export interface ScenarioResult extends Scenario {
  readonly windowSeconds: number;
  readonly load: LoadSummary;
  /** The zone's processes, then the load generator. */
  readonly processes: readonly ProcessResult[];
  /** Every zone process together (nats-server included), percent of one core. */
  readonly serverCpuPercent: number;
  /** Zone CPU seconds per player (logged in and still there) per minute of play. */
  readonly cpuSecondsPerPlayerMinute: number;
  readonly serverRssBytes: number;
  readonly nats: NatsRates | undefined;
  /** The generator used most of a core: the zone may have had more to give. */
  readonly generatorBound: boolean;
}

/** Above this share of one core the generator itself is the limit. */
export const GENERATOR_BOUND_PERCENT = 85;
/** A generator loop this late at p99 adds as much to the measured latency. */
export const GENERATOR_BOUND_LOOP_MS = 5;

export interface ScenarioTiming {
  readonly measureMs: number;
  readonly warmupMs: number;
}

/** Bots that played through the window: those logged in and not dropped (at least 1). */
export function playersOf(load: LoadSummary): number {
  return Math.max(1, load.logins - load.disconnects);
}

/** The ramp: 40 logins a second, at least 2 s. */
export function rampMsFor(bots: number): number {
  return Math.max(2_000, bots * 25);
}

/** Starts the zone, runs the generator, stops the zone; the zone is stopped whatever happens. */
export async function runScenario(s: Scenario, timing: ScenarioTiming): Promise<ScenarioResult> {
  const zone = s.mode === "all-in-one" ? await startAllInOne(s) : await startDistributed(s);
  try {
    const rampMs = rampMsFor(s.bots);
    const options = loadOptions({
      host: "127.0.0.1",
      port: zone.port,
      bots: s.bots,
      arenas: s.arenas,
      rampMs,
      warmupMs: timing.warmupMs,
      seconds: Math.ceil((rampMs + timing.warmupMs + timing.measureMs) / 1000),
      sourceAddresses: SPREAD_SOURCE_ADDRESSES,
    });
    let start: { at: number; usage: (ProcUsage | undefined)[]; varz: Promise<NatsVarz> | undefined } | undefined;
    let end: typeof start;
    const sample = () => ({
      at: performance.now(),
      usage: zone.processes.map((p) => procUsage(p.pid)),
      varz: zone.nats?.monitorUrl ? natsVarz(zone.nats.monitorUrl) : undefined,
    });
    const generator = new LoadGenerator(options, {
      onMeasureStart: () => {
        start = sample();
      },
      onMeasureEnd: () => {
        end = sample();
      },
    });
    const load = await generator.run();
    if (!start || !end) throw new Error(`${s.mode} ${s.bots} bots: the measured window never opened`);
    const seconds = (end.at - start.at) / 1000;
    const processes: ProcessResult[] = zone.processes.map((p, i) => {
      const a = start!.usage[i];
      const b = end!.usage[i];
      if (!a || !b) throw new Error(`${p.name} (pid ${p.pid}) exited during the run`);
      const cpu = b.cpuSeconds - a.cpuSeconds;
      return {
        name: p.name,
        cpuSeconds: cpu,
        cpuPercent: (cpu / seconds) * 100,
        rssBytes: b.rssBytes,
        peakRssBytes: b.peakRssBytes,
      };
    });
    const serverCpu = processes.reduce((sum, p) => sum + p.cpuSeconds, 0);
    const serverRss = processes.reduce((sum, p) => sum + p.rssBytes, 0);
    const self = procUsage(process.pid);
    processes.push({
      name: "load generator",
      cpuSeconds: load.generatorCpuSeconds,
      cpuPercent: load.generatorCpuPercent,
      rssBytes: self?.rssBytes ?? 0,
      peakRssBytes: self?.peakRssBytes ?? 0,
    });
    let nats: NatsRates | undefined;
    if (start.varz && end.varz) {
      const [a, b] = await Promise.all([start.varz, end.varz]);
      nats = {
        msgsInPerSecond: (b.inMsgs - a.inMsgs) / seconds,
        msgsOutPerSecond: (b.outMsgs - a.outMsgs) / seconds,
        bytesInPerSecond: (b.inBytes - a.inBytes) / seconds,
        bytesOutPerSecond: (b.outBytes - a.outBytes) / seconds,
      };
    }
    return {
      ...s,
      windowSeconds: seconds,
      load,
      processes,
      serverCpuPercent: (serverCpu / seconds) * 100,
      cpuSecondsPerPlayerMinute: serverCpu / (playersOf(load) * (seconds / 60)),
      serverRssBytes: serverRss,
      nats,
      generatorBound:
        load.generatorCpuPercent >= GENERATOR_BOUND_PERCENT || load.generatorLoopDelayP99Ms >= GENERATOR_BOUND_LOOP_MS,
    };
  } finally {
    await zone.stop();
  }
}
