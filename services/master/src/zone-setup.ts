import type { Bus } from "@zonebus/bus";
import type { Store } from "@zonebus/store";
import type { ZoneSubjects } from "@zonebus/subjects";
import type { StaffTable, Zone, ZoneRedirects } from "@zonebus/zone";
import { formatDiagnostic, loadStaff, zoneRedirects } from "@zonebus/zone";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import { LocalAuthenticator } from "./auth.js";
import { HashPool } from "./hash-pool.js";
import { type MasterConfig, MasterService } from "./master-service.js";
import { loadPasswordFile } from "./password-file.js";

/** A zone folder that may be reloaded (LiveZone in packages/runtime). */
export interface ReloadingZone {
  current(): Zone;
  onReload(listener: (zone: Zone) => void): void;
}

/**
 * The `[Redirects]` aliases of the zone's `global.conf`, read now and again after every reload,
 * with their diagnostics logged; what `MasterDeps.zoneRedirects` takes.
 */
export function followZoneRedirects(zone: ReloadingZone, logger: Logger): () => ZoneRedirects {
  let redirects = read();
  zone.onReload(() => {
    redirects = read();
  });
  return () => redirects;

  function read(): ZoneRedirects {
    const next = zoneRedirects(zone.current().global);
    for (const d of next.diagnostics) logger.warn(formatDiagnostic(d));
    if (next.aliases.size > 0) logger.info({ aliases: [...next.aliases.keys()] }, "zone redirects loaded");
    return next;
  }
}

/**
 * The zone's staff (`conf/groupdef.conf`, `conf/staff.conf`), read now and again after every
 * reload, with their findings logged; what `MasterDeps.staff` takes.
 */
export function followZoneStaff(zone: ReloadingZone, logger: Logger): () => StaffTable {
  let staff = read();
  zone.onReload(() => {
    staff = read();
  });
  return () => staff;

  function read(): StaffTable {
    const next = loadStaff(zone.current().files);
    for (const d of next.diagnostics) logger.warn(formatDiagnostic(d));
    return next;
  }
}

/** The master's authenticator from `--passwd`, `--allow-unknown` and the login hash limits. */
export function localAuthenticatorFrom(config: {
  readonly allowUnknown: boolean;
  readonly passwordFile?: string | undefined;
  readonly hashConcurrency?: number;
  readonly hashQueue?: number;
}): LocalAuthenticator {
  return new LocalAuthenticator({
    allowUnknown: config.allowUnknown,
    passwords: config.passwordFile === undefined ? new Map() : loadPasswordFile(config.passwordFile),
    pool: new HashPool({
      ...(config.hashConcurrency === undefined ? {} : { concurrency: config.hashConcurrency }),
      ...(config.hashQueue === undefined ? {} : { maxQueue: config.hashQueue }),
    }),
  });
}

/**
 * The master of a zone folder: local authentication from its config, and the news, `[Redirects]`
 * aliases and staff of the folder, followed across reloads. What every launcher runs.
 */
export function masterForZone(deps: {
  readonly bus: Bus;
  readonly store: Store;
  readonly subjects: ZoneSubjects;
  readonly config: MasterConfig & Parameters<typeof localAuthenticatorFrom>[0];
  readonly zone: ReloadingZone;
  readonly logger: Logger;
  readonly metrics: Registry;
}): MasterService {
  const { zone, logger, config } = deps;
  return new MasterService({
    bus: deps.bus,
    store: deps.store,
    subjects: deps.subjects,
    auth: localAuthenticatorFrom(config),
    logger,
    config,
    metrics: deps.metrics,
    news: () => zone.current().news,
    zoneRedirects: followZoneRedirects(zone, logger),
    staff: followZoneStaff(zone, logger),
  });
}
