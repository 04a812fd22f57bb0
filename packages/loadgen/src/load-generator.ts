/**
 * The load generator: N bots over real UDP, spread round robin over K arenas, started evenly over
 * the ramp, bounded by the run's length. One scheduler timer drives every bot; each second the
 * counters are folded into a `SecondReport`, and those of the measured window (after ramp and
 * warm-up) into the run's `LoadSummary`.
 */
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { Counters } from "./counters.js";
import { LoadgenError, LoadgenErrorCode } from "./errors.js";
import { LoadBot, LoadBotState } from "./load-bot.js";
import type { LoadOptions } from "./options.js";
import { type LoadSummary, type SecondReport, secondReport, summarize } from "./report.js";
import { SendLog } from "./send-log.js";

/** How often the scheduler looks for due sends; a send is at most this late. */
const SCHEDULER_MS = 5;
/** Sampling period of the event-loop delay monitors. */
const LOOP_RESOLUTION_MS = 10;

export interface LoadHooks {
  /** Each second of the run, ramp included. */
  onSecond?(report: SecondReport): void;
  /** When the measured window opens (every bot should be in by then). */
  onMeasureStart?(): void;
  /** When it closes, before the bots disconnect. */
  onMeasureEnd?(): void;
}

export class LoadGenerator {
  private readonly clock = () => performance.now();
  private readonly sendLog = new SendLog();
  private readonly bots: LoadBot[] = [];
  private readonly playing: number[];
  private current = new Counters();
  private readonly window = new Counters();
  private readonly total = new Counters();
  private measuring = false;
  private started = false;
  private stopRequested: (() => void) | undefined;
  private readonly failures = new Map<string, number>();

  constructor(
    readonly options: LoadOptions,
    private readonly hooks: LoadHooks = {},
    private readonly random: () => number = Math.random,
  ) {
    this.playing = new Array<number>(options.arenas).fill(0);
  }

  /** Runs for `options.seconds` (or until `stop`), then disconnects every bot. */
  async run(): Promise<LoadSummary> {
    if (this.started) throw new LoadgenError("a LoadGenerator runs once", LoadgenErrorCode.AlreadyRun);
    this.started = true;
    const o = this.options;
    const deps = {
      options: o,
      sendLog: this.sendLog,
      clock: this.clock,
      counters: () => this.current,
      playingIn: (arena: number) => this.playing[arena] ?? 0,
      onPlaying: (arena: number, on: boolean) => {
        this.playing[arena] = (this.playing[arena] ?? 0) + (on ? 1 : -1);
      },
      random: this.random,
    };
    for (let i = 0; i < o.bots; i++) this.bots.push(new LoadBot(i, i % o.arenas, deps));

    const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    loop.enable();
    // Over the measured window only: a late loop makes receive times late, so latency with it.
    const windowLoop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    const t0 = this.clock();
    const cpu0 = process.cpuUsage();
    const timers: NodeJS.Timeout[] = [];
    const starts: Promise<void>[] = [];
    for (const bot of this.bots) {
      const delay = (bot.index * o.rampMs) / o.bots;
      timers.push(setTimeout(() => starts.push(bot.start()), delay));
    }
    const scheduler = setInterval(() => {
      const now = this.clock();
      for (const bot of this.bots) bot.tick(now);
    }, SCHEDULER_MS);

    let second = 0;
    let lastCpu = process.cpuUsage();
    let lastAt = t0;
    let windowCpuStart = cpu0;
    let windowStart = t0;
    let windowCpuUs = 0;
    let windowMs = 0;
    const measureAt = o.rampMs + o.warmupMs;
    const endAt = o.seconds * 1000;

    await new Promise<void>((resolve) => {
      this.stopRequested = resolve;
      const reporter = setInterval(() => {
        const now = this.clock();
        for (const bot of this.bots) bot.collectTraffic(this.current);
        const cpu = process.cpuUsage(lastCpu);
        lastCpu = process.cpuUsage();
        second++;
        const report = secondReport({
          second,
          counters: this.current,
          playing: this.playing.reduce((a, b) => a + b, 0),
          bots: o.bots,
          cpuUs: cpu.user + cpu.system,
          elapsedMs: now - lastAt,
          // The monitor samples on a timer: an idle loop reads its period, so report the excess.
          loopP99Ms: Math.max(0, loop.percentile(99) / 1e6 - LOOP_RESOLUTION_MS),
          measuring: this.measuring,
        });
        lastAt = now;
        loop.reset();
        if (this.measuring) this.window.add(this.current);
        this.total.add(this.current);
        this.current = new Counters();
        this.hooks.onSecond?.(report);
        const elapsed = now - t0;
        if (!this.measuring && elapsed >= measureAt - 1 && windowMs === 0) {
          this.measuring = true;
          windowStart = now;
          windowCpuStart = process.cpuUsage();
          windowLoop.enable();
          this.hooks.onMeasureStart?.();
        }
        if (elapsed >= endAt - 1) {
          clearInterval(reporter);
          resolve();
        }
      }, 1000);
      timers.push(reporter);
    });

    if (this.measuring) {
      const cpu = process.cpuUsage(windowCpuStart);
      windowCpuUs = cpu.user + cpu.system;
      windowMs = this.clock() - windowStart;
      this.measuring = false;
    }
    this.hooks.onMeasureEnd?.();
    for (const t of timers) clearTimeout(t);
    clearInterval(scheduler);
    loop.disable();
    windowLoop.disable();
    await Promise.allSettled(starts);
    await Promise.allSettled(this.bots.map((b) => b.stop()));
    for (const bot of this.bots) {
      if (bot.state === LoadBotState.Failed && bot.failure !== undefined) {
        // Bounded by the run's bot count; the messages come from our own errors.
        this.failures.set(bot.failure, (this.failures.get(bot.failure) ?? 0) + 1);
      }
    }
    this.total.add(this.current);
    const cpuAll = process.cpuUsage(cpu0);
    return summarize({
      options: o,
      window: this.window,
      total: this.total,
      windowMs,
      windowCpuUs,
      loopDelayMs:
        windowMs > 0
          ? {
              p99: windowLoop.percentile(99) / 1e6 - LOOP_RESOLUTION_MS,
              max: windowLoop.max / 1e6 - LOOP_RESOLUTION_MS,
            }
          : undefined,
      totalCpuUs: cpuAll.user + cpuAll.system,
      totalMs: this.clock() - t0,
      failures: this.failures,
    });
  }

  /** Ends the run early (the summary covers what was measured so far). */
  stop(): void {
    this.stopRequested?.();
  }
}
