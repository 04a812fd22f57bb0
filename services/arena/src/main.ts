import { connectDistributed, openZone, readPublishedZone, runMain, zoneOption } from "@zonebus/runtime";
import { BUCKET_TTL_MS, zoneSubjects } from "@zonebus/subjects";
import { arenaContentOf, createArenaFactory, zoneGlobalOf } from "./arena.js";
import { arenaOptions } from "./options.js";
import { ReplicaService } from "./replica-service.js";

await runMain("arena", { ...arenaOptions, ...zoneOption }, async ({ config, logger, metrics, ops }) => {
  const infra = await connectDistributed(config, `arena ${config.replicaId}`, logger, metrics);
  ops.setReadiness("bus", infra.connected);
  const subjects = zoneSubjects(config.zone);
  // A local folder wins; otherwise the zone the master published; otherwise the built-in zone.
  const files = await infra.store.bucket(subjects.buckets.files, { ttlMs: BUCKET_TTL_MS.files });
  const published = config.zoneDir === undefined ? await readPublishedZone(files, "(published zone)") : undefined;
  if (published) logger.info({ arenas: published.arenaNames.length }, "zone content read from the store");
  const zone = published ?? openZone(config.zoneDir, logger);
  const scores = await infra.store.bucket(subjects.buckets.scores);
  const replica = new ReplicaService({
    id: config.replicaId,
    bus: infra.bus,
    store: infra.store,
    subjects,
    logger,
    metrics,
    leaseMs: config.leaseMs,
    labels: config.labels === "" ? [] : config.labels.split(","),
    handoverTimeoutMs: config.handoverTimeoutMs,
    storeOutageGraceMs: config.storeOutageGraceMs,
    emptyArenaGraceMs: config.emptyArenaGraceMs,
    createArena: createArenaFactory({
      bus: infra.bus,
      subjects,
      logger,
      content: arenaContentOf(() => zone),
      global: zoneGlobalOf(() => zone),
      metrics,
      scores,
    }),
    // A drain asked for over the bus ends like SIGTERM: the rest of the process stops too.
    onDrained: () => process.kill(process.pid, "SIGTERM"),
  });
  return [{ name: "nats", start: async () => undefined, stop: () => infra.close() }, replica];
});
