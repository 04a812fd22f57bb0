import { join } from "node:path";
import {
  arenaContentOf,
  createArenaFactory,
  DEFAULT_EMPTY_ARENA_GRACE_MS,
  ReplicaService,
  zoneGlobalOf,
} from "@zonebus/arena";
import { LocalBus } from "@zonebus/bus";
import { GatewayService, gatewayOptions } from "@zonebus/gateway";
import {
  followZoneRedirects,
  followZoneStaff,
  localAuthenticatorFrom,
  MasterService,
  masterOptions,
} from "@zonebus/master";
import { LiveZone, runMain, zoneOption } from "@zonebus/runtime";
import { FileStore } from "@zonebus/store";
import { zoneSubjects } from "@zonebus/subjects";

/**
 * A whole zone in one process: master, one arena replica and one gateway over the in-process
 * bus and the on-disk store. What `npm start` runs.
 */
const options = {
  ...masterOptions,
  ...gatewayOptions,
  ...zoneOption,
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

await runMain("zonebus", options, async ({ config, logger, metrics, ops }) => {
  const zone = new LiveZone(config.zoneDir, logger);
  const bus = new LocalBus();
  const store = await FileStore.open({
    dir: config.dataDir,
    onRecovered: (info) => logger.warn(info, "store file had a torn tail; recovered the valid part"),
  });
  const subjects = zoneSubjects(config.zone);
  ops.setReadiness("bus", () => true);
  const infra = {
    name: "embedded",
    start: async () => undefined,
    stop: async () => {
      await bus.close();
      await store.close();
    },
  };
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
    staff: followZoneStaff(zone, logger),
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
  // The gateway starts before the master, so that the master's roster check finds it up (and
  // empty: nobody is connected at boot) and forgets the players a crashed run left behind.
  return [infra, zone, gateway, master, replica];
});
