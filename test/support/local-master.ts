import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LocalBus } from "@zonebus/bus";
import { LocalAuthenticator, type MasterConfig, MasterService } from "@zonebus/master";
import { FileStore } from "@zonebus/store";
import { zoneSubjects } from "@zonebus/subjects";
import type { Logger } from "pino";
import { Registry } from "prom-client";

export const LOCAL_MASTER_CONFIG: MasterConfig = {
  maxPlayers: 8,
  defaultArena: "0",
  attachTimeoutMs: 500,
  redirectTicketMs: 30_000,
};

/**
 * What an in-process zone's master runs on: a LocalBus and a FileStore in a temporary folder,
 * both closed (and the folder removed) by what is pushed on `cleanups`. `master()` builds a
 * master of that zone, anyone signing in allowed, with a metrics registry of its own (as each
 * master process has) unless given one.
 */
export async function localMasterZone(zone: string, logger: Logger, cleanups: (() => unknown)[]) {
  const dir = mkdtempSync(join(tmpdir(), `zb-${zone}-`));
  const store = await FileStore.open({ dir, sync: false });
  const bus = new LocalBus();
  cleanups.push(
    () => rmSync(dir, { recursive: true, force: true }),
    () => store.close(),
    () => bus.close(),
  );
  const subjects = zoneSubjects(zone);
  const master = (config: Partial<MasterConfig> = {}, metrics = new Registry()) =>
    new MasterService({
      bus,
      store,
      subjects,
      auth: new LocalAuthenticator({ allowUnknown: true, passwords: new Map() }),
      logger,
      config: { ...LOCAL_MASTER_CONFIG, ...config },
      metrics,
      news: () => undefined,
    });
  return { bus, store, subjects, master };
}
