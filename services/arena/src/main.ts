import { connectDistributed, runMain } from "@zonebus/runtime";
import { zoneSubjects } from "@zonebus/subjects";
import { createArenaFactory } from "./arena.js";
import { arenaOptions } from "./options.js";
import { ReplicaService } from "./replica-service.js";

await runMain("arena", arenaOptions, async ({ config, logger, ops }) => {
  const infra = await connectDistributed(config.natsUrl, `arena ${config.replicaId}`);
  ops.setReadiness("bus", infra.connected);
  const subjects = zoneSubjects(config.zone);
  const replica = new ReplicaService({
    id: config.replicaId,
    bus: infra.bus,
    store: infra.store,
    subjects,
    logger,
    createArena: createArenaFactory({ bus: infra.bus, subjects, logger }),
  });
  return [{ name: "nats", start: async () => undefined, stop: () => infra.close() }, replica];
});
