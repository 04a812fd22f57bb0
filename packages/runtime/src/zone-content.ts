import { defaultZone, formatDiagnostic, loadZone, watchZone, type Zone, type ZoneWatch } from "@zonebus/zone";
import type { Logger } from "pino";

/** The `--zone DIR` option: an ASSS-style zone folder, or the built-in zone when unset. */
export const zoneOption = {
  zoneDir: {
    flag: "zone",
    env: "ZONE_DIR",
    type: "path",
    description: "ASSS-style zone folder (conf/, arenas/, maps/, news.txt); built-in zone if unset",
  },
} as const;

/** Opens the zone folder (or the built-in zone) and logs what it found wrong, file and line. */
export function openZone(dir: string | undefined, logger: Logger): Zone {
  const zone = dir === undefined ? defaultZone() : loadZone(dir);
  for (const d of zone.diagnostics) logger.warn(formatDiagnostic(d));
  logger.info({ zone: zone.label, arenas: zone.arenaNames.length, news: zone.news?.crc32 }, "zone content loaded");
  return zone;
}

/**
 * The zone a process serves, reloaded when its folder changes (debounced): new logins see the
 * new news, arenas created afterwards the new settings and maps. `stop()` ends the watch.
 */
export class LiveZone {
  readonly name = "zone-watch";
  private zone: Zone;
  private watch: ZoneWatch | undefined;
  private readonly listeners: ((zone: Zone) => void)[] = [];

  constructor(
    private readonly dir: string | undefined,
    private readonly logger: Logger,
  ) {
    this.zone = openZone(dir, logger);
  }

  current(): Zone {
    return this.zone;
  }

  /** Called with the new zone after every reload. */
  onReload(listener: (zone: Zone) => void): void {
    this.listeners.push(listener);
  }

  async start(): Promise<void> {
    if (this.dir === undefined) return;
    const dir = this.dir;
    this.watch = watchZone(dir, (changed) => {
      try {
        this.zone = openZone(dir, this.logger);
        this.logger.info({ changed: changed.slice(0, 10) }, "zone folder changed: reloaded");
        for (const l of this.listeners) l(this.zone);
      } catch (err) {
        this.logger.error(
          { err: (err as Error).message },
          "zone folder changed but could not be reloaded; keeping the old one",
        );
      }
    });
  }

  async stop(): Promise<void> {
    this.watch?.close();
  }
}
