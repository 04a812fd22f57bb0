/**
 * A whole zone in this process, assembled by the all-in-one service's own `zoneServices` (master,
 * one arena replica, one gateway over a LocalBus and a FileStore in a temporary folder), with its
 * configuration parsed from flags by the services' own option schemas — so every default a
 * service adds applies here too. The fuzzer owns the bus: it counts what a bus handler throws.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { allInOneOptions, zoneServices } from "@zonebus/all-in-one";
import { LocalBus } from "@zonebus/bus";
import { commonOptions, LiveZone } from "@zonebus/runtime";
import { parseConfig, type Service } from "@zonebus/service-kit";
import { FileStore } from "@zonebus/store";
import { type ZoneSubjects, zoneSubjects } from "@zonebus/subjects";
import { pino } from "pino";
import { Registry } from "prom-client";

const options = { ...commonOptions, ...allInOneOptions } as const;

export interface InProcessZone {
  readonly port: number;
  readonly bus: LocalBus;
  readonly subjects: ZoneSubjects;
  readonly metrics: Registry;
  /** Errors bus handlers threw (the LocalBus goes on delivering; the fuzzer counts them as crashes). */
  readonly handlerErrors: Error[];
  stop(): Promise<void>;
}

/**
 * Starts the zone on `port` (127.0.0.1). `args` are extra service flags (e.g. `--client-timeout 2s`),
 * parsed with the environment ignored so that a developer's shell cannot change a fuzz run.
 */
export async function startZone(port: number, args: readonly string[] = []): Promise<InProcessZone> {
  const argv = ["--port", String(port), "--host", "127.0.0.1", "--max-players", "1024", "--log-level", "silent"];
  const parsed = parseConfig("fuzz-zone", options, [...argv, ...args], {});
  if ("help" in parsed) throw new Error("unexpected --help");
  const config = parsed.config;
  const logger = pino({ level: config.logLevel });
  const handlerErrors: Error[] = [];
  const bus = new LocalBus({ onHandlerError: (err) => handlerErrors.push(err as Error) });
  const dir = mkdtempSync(join(tmpdir(), "zb-fuzz-"));
  const store = await FileStore.open({ dir, sync: false });
  const subjects = zoneSubjects(config.zone);
  const metrics = new Registry();
  const zone = new LiveZone(config.zoneDir, logger);
  const [gateway, master, replica] = await zoneServices({ config, bus, store, zone, logger, metrics });
  const services: Service[] = [zone, gateway, master, replica];
  const started: Service[] = [];
  const stop = async () => {
    for (const s of started.splice(0).reverse()) await s.stop("fuzz done");
    await bus.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const s of services) {
      await s.start();
      started.push(s);
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return { port: gateway.port, bus, subjects, metrics, handlerErrors, stop };
}
