import { billerSetupOf, enqueueLeave } from "@zonebus/biller";
import type { Bus } from "@zonebus/bus";
import type { KvBucket, Store } from "@zonebus/store";
import { BUCKET_TTL_MS, type ZoneSubjects } from "@zonebus/subjects";
import type { StaffTable, Zone, ZoneRedirects } from "@zonebus/zone";
import { formatDiagnostic, loadStaff, zoneRedirects } from "@zonebus/zone";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import { LocalAuthenticator } from "./auth.js";
import { BillerAuthenticator, type BillerFallback } from "./biller-auth.js";
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
  /** The zone's biller (see `masterBillerFor`); none: local authentication only. */
  readonly biller?: MasterBiller;
}): MasterService {
  const { zone, logger, config, biller } = deps;
  const local = localAuthenticatorFrom(config);
  return new MasterService({
    bus: deps.bus,
    store: deps.store,
    subjects: deps.subjects,
    auth: biller
      ? new BillerAuthenticator({
          bus: deps.bus,
          subjects: deps.subjects,
          local,
          fallback: biller.fallback,
          protocol: biller.protocol,
          cache: biller.cache,
          timeoutMs: BILLER_LOGIN_WAIT_MS,
          logger,
        })
      : local,
    biller: biller && { queue: biller.queue, enqueueLeave },
    logger,
    config,
    metrics: deps.metrics,
    news: () => zone.current().news,
    zoneRedirects: followZoneRedirects(zone, logger),
    staff: followZoneStaff(zone, logger),
  });
}

/** How long the master waits for the bridge's answer to a login: the bridge's own wait (3.5 s) and a margin, within the gateway's 5 s. */
const BILLER_LOGIN_WAIT_MS = 4_000;

/** A zone's biller as the master uses it: the protocol, the fallback and the buckets. */
export interface MasterBiller {
  readonly protocol: "tcp" | "udp";
  readonly fallback: BillerFallback;
  readonly queue: KvBucket;
  readonly cache: KvBucket;
}

/**
 * The zone's biller, if it has one (`--biller`, else `conf/modules.conf` with `[Billing]`), with
 * the buckets the master writes: the leave queue and the login cache.
 */
export async function masterBillerFor(deps: {
  readonly store: Store;
  readonly subjects: ZoneSubjects;
  readonly zone: ReloadingZone;
  readonly config: { readonly biller?: string; readonly billerFallback: string };
}): Promise<MasterBiller | undefined> {
  const current = deps.zone.current();
  const setup = billerSetupOf({ files: current.files, global: current.global, flag: deps.config.biller, gamePort: 0 });
  if (!setup) return undefined;
  const { buckets } = deps.subjects;
  return {
    protocol: setup.protocol,
    fallback: deps.config.billerFallback as BillerFallback,
    queue: await deps.store.bucket(buckets.billerQueue, { ttlMs: BUCKET_TTL_MS.billerQueue }),
    cache: await deps.store.bucket(buckets.billerLogins, { ttlMs: BUCKET_TTL_MS.billerLogins }),
  };
}
