import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { billerOptions, billerSetupOf } from "@zonebus/biller";
import { connectDistributed, LeaseLeadership, LiveZone, runMain, zoneOption } from "@zonebus/runtime";
import { BUCKET_TTL_MS, zoneSubjects } from "@zonebus/subjects";
import { BillerBridge } from "./bridge-service.js";
import { bridgeOptions } from "./options.js";

/** The bridge lease: a standby takes over this long after the active bridge stops renewing. */
const BRIDGE_LEASE_MS = BUCKET_TTL_MS.billerLease;

await runMain(
  "biller-bridge",
  { ...billerOptions, ...bridgeOptions, ...zoneOption },
  async ({ config, logger, metrics, ops }) => {
    const zone = new LiveZone(config.zoneDir, logger);
    const current = zone.current();
    const setup = billerSetupOf({
      files: current.files,
      global: current.global,
      flag: config.biller,
      gamePort: config.gamePort,
      zoneName: config.zone,
    });
    if (!setup) {
      throw new Error(
        "no biller configured: give --biller tcp://HOST:PORT or udp://HOST:PORT, or load billing / billing_ssc in the zone's conf/modules.conf",
      );
    }
    const infra = await connectDistributed(config, `biller-bridge ${config.zone}`, logger, metrics);
    ops.setReadiness("bus", infra.connected);
    const subjects = zoneSubjects(config.zone);
    const bridge = new BillerBridge({ bus: infra.bus, subjects, store: infra.store, setup, logger, metrics });
    // Several bridges may run; the one holding the lease talks to the biller, the others stand by.
    const leadership = new LeaseLeadership({
      store: infra.store,
      bucket: subjects.buckets.billerLease,
      ttlMs: BRIDGE_LEASE_MS,
      owner: `${config.bridgeId ?? hostname()}#${randomBytes(3).toString("hex")}`,
      role: bridge,
      logger,
      metrics,
      roleName: "biller-bridge",
      activeGauge: {
        name: "zb_biller_bridge_active",
        help: "1 while this bridge holds the bridge lease and serves, else 0",
      },
    });
    return [{ name: "nats", start: async () => undefined, stop: () => infra.close() }, zone, leadership];
  },
);
