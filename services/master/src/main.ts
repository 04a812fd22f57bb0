import { connectDistributed, openZone, runMain, zoneOption } from "@zonebus/runtime";
import { zoneSubjects } from "@zonebus/subjects";
import { LocalAuthenticator } from "./auth.js";
import { MasterService, masterOptions } from "./index.js";

await runMain("master", { ...masterOptions, ...zoneOption }, async ({ config, logger, metrics, ops }) => {
  const zone = openZone(config.zoneDir, logger);
  const infra = await connectDistributed(config.natsUrl, `master ${config.zone}`);
  ops.setReadiness("bus", infra.connected);
  const master = new MasterService({
    bus: infra.bus,
    store: infra.store,
    subjects: zoneSubjects(config.zone),
    auth: new LocalAuthenticator({ allowUnknown: config.allowUnknown, passwords: new Map() }),
    logger,
    config,
    metrics,
    news: () => zone.news,
  });
  return [{ name: "nats", start: async () => undefined, stop: () => infra.close() }, master];
});
