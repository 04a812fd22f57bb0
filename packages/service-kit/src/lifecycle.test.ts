import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { runServices, type Service } from "./lifecycle.js";
import { captureLogger } from "./log-sink.test-support.js";

interface Probe extends Service {
  /** Lets a start or stop begun with `hold` finish. */
  release(): void;
}

function probe(
  name: string,
  log: string[],
  behave: { failStart?: boolean; failStop?: boolean; hold?: "start" | "stop" } = {},
): Probe {
  let release = () => {};
  const held = () => new Promise<void>((resolve) => (release = resolve));
  return {
    name,
    release: () => release(),
    start: async () => {
      log.push(`start ${name}`);
      if (behave.hold === "start") await held();
      if (behave.failStart) throw new Error(`${name} broke\nat line 2`);
    },
    stop: async (reason) => {
      log.push(`stop ${name} (${reason})`);
      if (behave.hold === "stop") await held();
      if (behave.failStop) throw new Error(`${name} would not stop`);
    },
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("runServices", () => {
  it("starts in order, stops in reverse on SIGTERM and exits 0", async () => {
    const log: string[] = [];
    const signals = new EventEmitter();
    const exits: number[] = [];
    const { logger, lines } = captureLogger();
    const done = runServices([probe("a", log), probe("b", log)], { logger, signals, exit: (c) => exits.push(c) });
    await tick();
    expect(lines.map((l) => l.msg)).toEqual(["a started", "b started", "all services started"]);
    signals.emit("SIGTERM");
    expect(await done).toBe(0);
    expect(exits).toEqual([0]);
    expect(log).toEqual(["start a", "start b", "stop b (SIGTERM)", "stop a (SIGTERM)"]);
    expect(signals.listenerCount("SIGTERM") + signals.listenerCount("SIGINT")).toBe(0);
  });

  it("logs each start and stop with its duration from the clock it is given", async () => {
    let now = 0;
    const slow: Service = {
      name: "bus",
      start: async () => {
        now += 40;
      },
      stop: async () => {
        now += 7;
      },
    };
    const signals = new EventEmitter();
    const { logger, lines } = captureLogger();
    const done = runServices([slow], { logger, signals, now: () => now });
    await tick();
    signals.emit("SIGINT");
    await done;
    const timed = lines.filter((l) => l.svc === "bus").map((l) => [l.msg, l.ms]);
    expect(timed).toEqual([
      ["bus started", 40],
      ["bus stopped", 7],
    ]);
  });

  it("turns a start failure into one error line, stops what started and exits 1", async () => {
    const log: string[] = [];
    const failures: string[] = [];
    const { logger, lines } = captureLogger();
    const code = await runServices(
      [probe("a", log), probe("b", log), probe("c", log, { failStart: true }), probe("d", log)],
      {
        logger,
        signals: new EventEmitter(),
        onStartFailure: (svc) => failures.push(svc),
      },
    );
    expect(code).toBe(1);
    expect(log).toEqual(["start a", "start b", "start c", "stop b (start failed)", "stop a (start failed)"]);
    expect(failures).toEqual(["c"]);
    const errors = lines.filter((l) => l.level === 50).map((l) => l.msg);
    expect(errors).toEqual(["c failed to start: c broke at line 2"]);
  });

  it("on a signal during start, lets that start finish, starts no more and stops the rest", async () => {
    const log: string[] = [];
    const signals = new EventEmitter();
    const b = probe("b", log, { hold: "start" });
    const done = runServices([probe("a", log), b, probe("c", log)], { logger: captureLogger().logger, signals });
    await tick();
    signals.emit("SIGTERM");
    b.release();
    expect(await done).toBe(0);
    expect(log).toEqual(["start a", "start b", "stop b (SIGTERM)", "stop a (SIGTERM)"]);
  });

  it("exits 1 at once on a second signal while a stop hangs", async () => {
    const log: string[] = [];
    const signals = new EventEmitter();
    const { logger, lines } = captureLogger();
    const done = runServices([probe("a", log), probe("stuck", log, { hold: "stop" })], {
      logger,
      signals,
      graceMs: 60_000,
    });
    await tick();
    signals.emit("SIGTERM");
    signals.emit("SIGINT");
    expect(await done).toBe(1);
    expect(log).toEqual(["start a", "start stuck", "stop stuck (SIGTERM)"]);
    expect(lines.at(-1)?.msg).toBe("second signal (SIGINT) while stopping: exiting now");
  });

  it("exits 1 with a log line when stopping outlasts the grace period", async () => {
    const signals = new EventEmitter();
    const { logger, lines } = captureLogger();
    const done = runServices([probe("stuck", [], { hold: "stop" })], { logger, signals, graceMs: 20 });
    await tick();
    signals.emit("SIGTERM");
    expect(await done).toBe(1);
    expect(lines.at(-1)).toMatchObject({ level: 50, msg: "stopping took longer than 20 ms: exiting" });
  });

  it("keeps stopping the others when one stop fails, then exits 1", async () => {
    const log: string[] = [];
    const signals = new EventEmitter();
    const { logger, lines } = captureLogger();
    const done = runServices([probe("a", log), probe("b", log, { failStop: true })], { logger, signals });
    await tick();
    signals.emit("SIGTERM");
    expect(await done).toBe(1);
    expect(log).toEqual(["start a", "start b", "stop b (SIGTERM)", "stop a (SIGTERM)"]);
    expect(lines.some((l) => l.msg === "b failed to stop: b would not stop")).toBe(true);
  });
});
