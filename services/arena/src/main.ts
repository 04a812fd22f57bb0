import { connectDistributed, openZone, runMain, zoneOption } from "@zonebus/runtime";
import { zoneSubjects } from "@zonebus/subjects";
import { arenaContentOf, createArenaFactory } from "./arena.js";
import { arenaOptions } from "./options.js";
import { ReplicaService } from "./replica-service.js";

await runMain("arena", { ...arenaOptions, ...zoneOption }, async ({ config, logger, ops }) => {
  const zone = openZone(config.zoneDir, logger);
  const infra = await connectDistributed(config.natsUrl, `arena ${config.replicaId}`);
  ops.setReadiness("bus", infra.connected);
  const subjects = zoneSubjects(config.zone);
  const replica = new ReplicaService({
    id: config.replicaId,
    bus: infra.bus,
    store: infra.store,
    subjects,
    logger,
    createArena: createArenaFactory({ bus: infra.bus, subjects, logger, content: arenaContentOf(zone) }),
  });
  return [{ name: "nats", start: async () => undefined, stop: () => infra.close() }, replica];
});
