import { LocalBus } from "@zonebus/bus";
import { LiveZone, runMain } from "@zonebus/runtime";
import { FileStore } from "@zonebus/store";
import { allInOneOptions, zoneServices } from "./zone-services.js";

/**
 * A whole zone in one process: master, one arena replica and one gateway over the in-process
 * bus and the on-disk store. What `npm start` runs.
 */
await runMain("zonebus", allInOneOptions, async ({ config, logger, metrics, ops }) => {
  const zone = new LiveZone(config.zoneDir, logger);
  const bus = new LocalBus();
  const store = await FileStore.open({
    dir: config.dataDir,
    onRecovered: (info) => logger.warn(info, "store file had a torn tail; recovered the valid part"),
  });
  ops.setReadiness("bus", () => true);
  const infra = {
    name: "embedded",
    start: async () => undefined,
    stop: async () => {
      await bus.close();
      await store.close();
    },
  };
  const services = await zoneServices({ config, bus, store, zone, logger, metrics });
  return [infra, zone, ...services];
});
