import { defaultZone, formatDiagnostic, loadZone, type Zone } from "@zonebus/zone";
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
