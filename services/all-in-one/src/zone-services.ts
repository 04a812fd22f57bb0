import { join } from "node:path";
import {
  arenaContentOf,
  createArenaFactory,
  DEFAULT_EMPTY_ARENA_GRACE_MS,
  ReplicaService,
  zoneGlobalOf,
} from "@zonebus/arena";
import { billerOptions, billerSetupOf } from "@zonebus/biller";
import { BillerBridge } from "@zonebus/biller-bridge";
import type { Bus } from "@zonebus/bus";
import { GatewayService, gatewayOptions } from "@zonebus/gateway";
import { type MasterService, masterBillerFor, masterForZone, masterOptions } from "@zonebus/master";
import { type CommonConfig, type LiveZone, zoneOption } from "@zonebus/runtime";
import type { ConfigOf } from "@zonebus/service-kit";
import type { Store } from "@zonebus/store";
import { zoneSubjects } from "@zonebus/subjects";
import type { Logger } from "pino";
import type { Registry } from "prom-client";

/** Every option of the one-process zone: the master's, the gateway's, the zone folder and its own. */
export const allInOneOptions = {
  ...masterOptions,
  ...gatewayOptions,
  ...zoneOption,
  ...billerOptions,
  emptyArenaGraceMs: {
    flag: "empty-arena-grace",
    env: "EMPTY_ARENA_GRACE",
    type: "duration",
    default: DEFAULT_EMPTY_ARENA_GRACE_MS,
    description: "how long an arena with nobody in it is kept before it closes (checked every second)",
  },
  dataDir: {
    flag: "data-dir",
    env: "ZONEBUS_DATA",
    type: "path",
    default: join(".zonebus", "data"),
    description: "where the embedded store keeps its file",
  },
} as const;

export type AllInOneConfig = ConfigOf<typeof allInOneOptions> & CommonConfig;

export interface ZoneServiceDeps {
  readonly config: AllInOneConfig;
  readonly bus: Bus;
  readonly store: Store;
  readonly zone: LiveZone;
  readonly logger: Logger;
  readonly metrics: Registry;
}

/**
 * The gateway, master and arena replica of a whole zone over one bus and store, in start order:
 * the gateway before the master, so that the master's roster check finds it up (and empty:
 * nobody is connected at boot) and forgets the players a crashed run left behind. With a biller
 * configured, the biller bridge comes last (one process: no lease needed).
 */
export async function zoneServices(
  deps: ZoneServiceDeps,
): Promise<[GatewayService, MasterService, ReplicaService, ...BillerBridge[]]> {
  const { config, bus, store, zone, logger, metrics } = deps;
  const subjects = zoneSubjects(config.zone);
  const biller = await masterBillerFor({ store, subjects, zone, config });
  const master = masterForZone({ bus, store, subjects, config, zone, logger, metrics, biller });
  const current = zone.current();
  const setup = billerSetupOf({
    files: current.files,
    global: current.global,
    flag: config.biller,
    gamePort: config.port,
    zoneName: config.zone,
  });
  const scores = await store.bucket(subjects.buckets.scores);
  const replica = new ReplicaService({
    id: "local",
    emptyArenaGraceMs: config.emptyArenaGraceMs,
    metrics,
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
  if (!setup) return [gateway, master, replica];
  logger.info(
    { protocol: setup.protocol, host: setup.link.host, port: setup.link.port, fallback: config.billerFallback },
    "biller configured",
  );
  return [gateway, master, replica, new BillerBridge({ bus, subjects, store, setup, logger, metrics })];
}
