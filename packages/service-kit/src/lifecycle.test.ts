import { EventEmitter } from "node:events";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { type Service, runServices } from "./lifecycle.js";

const logger = pino({ level: "silent" });

function svc(name: string, log: string[], failStart = false): Service {
  return {
    name,
    start: async () => {
      if (failStart) throw new Error(`${name} broke`);
      log.push(`start ${name}`);
    },
    stop: async (reason) => {
      log.push(`stop ${name} (${reason})`);
    },
  };
}

describe("runServices", () => {
  it("starts in order and stops in reverse on SIGTERM, exiting 0", async () => {
    const log: string[] = [];
    const signals = new EventEmitter();
    const exited = new Promise<number>((resolve) => {
      void runServices([svc("a", log), svc("b", log)], { logger, signals, exit: resolve });
    });
    await new Promise((r) => setImmediate(r));
    signals.emit("SIGTERM", "SIGTERM");
    expect(await exited).toBe(0);
    expect(log).toEqual(["start a", "start b", "stop b (SIGTERM)", "stop a (SIGTERM)"]);
  });

  it("stops what started and exits 1 when a service fails to start", async () => {
    const log: string[] = [];
    const code = await new Promise<number>((resolve) => {
      void runServices([svc("a", log), svc("b", log, true), svc("c", log)], { logger, signals: new EventEmitter(), exit: resolve });
    });
    expect(code).toBe(1);
    expect(log).toEqual(["start a", "stop a (start failed)"]);
  });

  it("exits 1 at once on a second signal", async () => {
    const signals = new EventEmitter();
    const slow: Service = { name: "slow", start: async () => undefined, stop: () => new Promise(() => undefined) };
    const codes: number[] = [];
    await runServices([slow], { logger, signals, exit: (c) => codes.push(c), graceMs: 60_000 });
    signals.emit("SIGINT", "SIGINT");
    signals.emit("SIGINT", "SIGINT");
    expect(codes).toEqual([1]);
  });
});
