/**
 * A whole zone in this process, assembled as the all-in-one service assembles it (master, one
 * arena replica, one gateway over a LocalBus and a FileStore in a temporary folder), with its
 * configuration parsed from flags by the services' own option schemas — so every default a
 * service adds applies here too. The fuzzer owns the bus: it counts what a bus handler throws.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { arenaContentOf, createArenaFactory, ReplicaService, zoneGlobalOf } from "@zonebus/arena";
import { LocalBus } from "@zonebus/bus";
import { GatewayService, gatewayOptions } from "@zonebus/gateway";
import { followZoneRedirects, localAuthenticatorFrom, MasterService, masterOptions } from "@zonebus/master";
import { commonOptions, LiveZone, zoneOption } from "@zonebus/runtime";
import { parseConfig, type Service } from "@zonebus/service-kit";
import { FileStore } from "@zonebus/store";
import { type ZoneSubjects, zoneSubjects } from "@zonebus/subjects";
import { pino } from "pino";
import { Registry } from "prom-client";

const options = { ...commonOptions, ...masterOptions, ...gatewayOptions, ...zoneOption } as const;

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
  const master = new MasterService({
    bus,
    store,
    subjects,
    auth: localAuthenticatorFrom(config),
    logger,
    config,
    metrics,
    news: () => zone.current().news,
    zoneRedirects: followZoneRedirects(zone, logger),
  });
  const scores = await store.bucket(subjects.buckets.scores);
  const replica = new ReplicaService({
    id: "local",
    bus,
    store,
    subjects,
    logger,
    createArena: createArenaFactory({
      bus,
      subjects,
      logger,
      content: arenaContentOf(() => zone.current()),
      global: zoneGlobalOf(() => zone.current()),
      metrics,
      scores,
    }),
  });
  const gateway = new GatewayService({ bus, subjects, logger, metrics, config: { ...config, gatewayId: "local" } });
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
