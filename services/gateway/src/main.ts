import { connectDistributed, runMain } from "@zonebus/runtime";
import { zoneSubjects } from "@zonebus/subjects";
import { GatewayService } from "./gateway-service.js";
import { gatewayOptions } from "./options.js";

await runMain("gateway", gatewayOptions, async ({ config, logger, metrics, ops }) => {
  const infra = await connectDistributed(config, `gateway ${config.gatewayId}`, logger, metrics);
  ops.setReadiness("bus", infra.connected);
  const gateway = new GatewayService({
    bus: infra.bus,
    store: infra.store,
    subjects: zoneSubjects(config.zone),
    logger,
    metrics,
    config,
    // ?drain from a moderator: the same path as SIGTERM (drain, then stop every service).
    requestStop: () => process.kill(process.pid, "SIGTERM"),
  });
  return [{ name: "nats", start: async () => undefined, stop: () => infra.close() }, gateway];
});
