import { connectDistributed, LiveZone, publishZoneFiles, runMain, zoneOption } from "@zonebus/runtime";
import { BUCKET_TTL_MS, zoneSubjects } from "@zonebus/subjects";
import { LocalAuthenticator } from "./auth.js";
import { failoverOptions } from "./failover-options.js";
import { MasterService, masterOptions } from "./index.js";
import { loadPasswordFile } from "./password-file.js";

const options = { ...masterOptions, ...failoverOptions, ...zoneOption };

await runMain("master", options, async ({ config, logger, metrics, ops }) => {
  const zone = new LiveZone(config.zoneDir, logger);
  const infra = await connectDistributed(config.natsUrl, `master ${config.zone}`);
  ops.setReadiness("bus", infra.connected);
  const subjects = zoneSubjects(config.zone);
  // Arena replicas on other machines read the zone folder from the store, not a shared disk.
  if (config.zoneDir !== undefined) {
    const dir = config.zoneDir;
    const files = await infra.store.bucket(subjects.buckets.files, { ttlMs: BUCKET_TTL_MS.files });
    await publishZoneFiles(dir, files, logger);
    zone.onReload(
      () =>
        void publishZoneFiles(dir, files, logger).catch((err: Error) =>
          logger.error({ err: err.message }, "republishing zone files failed"),
        ),
    );
  }
  const master = new MasterService({
    bus: infra.bus,
    store: infra.store,
    subjects,
    auth: new LocalAuthenticator({
      allowUnknown: config.allowUnknown,
      passwords: config.passwordFile === undefined ? new Map() : loadPasswordFile(config.passwordFile),
    }),
    logger,
    config,
    metrics,
    news: () => zone.current().news,
  });
  return [{ name: "nats", start: async () => undefined, stop: () => infra.close() }, zone, master];
});
