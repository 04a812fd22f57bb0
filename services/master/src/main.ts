import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { billerOptions } from "@zonebus/biller";
import { connectDistributed, LiveZone, publishZoneFiles, runMain, zoneOption } from "@zonebus/runtime";
import { BUCKET_TTL_MS, zoneSubjects } from "@zonebus/subjects";
import { failoverOptions } from "./failover-options.js";
import { leadershipOptions, MasterLeadership, masterBillerFor, masterForZone, masterOptions } from "./index.js";

await runMain(
  "master",
  { ...masterOptions, ...leadershipOptions, ...failoverOptions, ...zoneOption, ...billerOptions },
  async ({ config, logger, metrics, ops }) => {
    const zone = new LiveZone(config.zoneDir, logger);
    const infra = await connectDistributed(config, `master ${config.zone}`, logger, metrics);
    ops.setReadiness("bus", infra.connected);
    const subjects = zoneSubjects(config.zone);
    // Arena replicas on other machines read the zone folder from the store, not a shared disk.
    if (config.zoneDir !== undefined) {
      const dir = config.zoneDir;
      const files = await infra.store.bucket(subjects.buckets.files, { ttlMs: BUCKET_TTL_MS.files });
      // The password file is never published, even when it is kept in the zone folder.
      const secret = config.passwordFile === undefined ? [] : [config.passwordFile];
      await publishZoneFiles(dir, files, logger, secret);
      zone.onReload(
        () =>
          void publishZoneFiles(dir, files, logger, secret).catch((err: Error) =>
            logger.error({ err: err.message }, "republishing zone files failed"),
          ),
      );
    }
    const biller = await masterBillerFor({ store: infra.store, subjects, zone, config });
    if (biller)
      logger.info({ protocol: biller.protocol, fallback: biller.fallback }, "logins go through the biller bridge");
    const master = masterForZone({
      bus: infra.bus,
      store: infra.store,
      subjects,
      config,
      zone,
      logger,
      metrics,
      biller,
    });
    // Several masters may run; the one holding the lease serves, the others stand by.
    const leadership = new MasterLeadership({
      store: infra.store,
      bucket: subjects.buckets.masterLease,
      ttlMs: config.leaseTtlMs,
      owner: `${config.masterId ?? hostname()}#${randomBytes(3).toString("hex")}`,
      role: master,
      logger,
      metrics,
    });
    return [{ name: "nats", start: async () => undefined, stop: () => infra.close() }, zone, leadership];
  },
);
