import { DEFAULT_MAP_NAME, DEFAULT_NEWS, defaultArenaConf, defaultGlobalConf } from "./default-arena-conf.js";
import { MemoryZoneFiles } from "./files.js";
import { type DefaultMapOptions, generateDefaultMap } from "./map/generate.js";
import { openZone, type Zone, type ZoneOptions } from "./zone.js";

/** Options for {@link defaultZone}. */
export interface DefaultZoneOptions extends ZoneOptions {
  readonly map?: DefaultMapOptions;
  /** News text (default: a short welcome). */
  readonly news?: string;
}

/**
 * The zone used when no folder is given: built-in arena settings, the generated map and a
 * welcome news text, held in memory and loaded through the same path as a folder.
 */
export function defaultZone(options: DefaultZoneOptions = {}): Zone {
  const files = new MemoryZoneFiles(
    {
      "conf/global.conf": defaultGlobalConf(),
      "arenas/(default)/arena.conf": defaultArenaConf(),
      [`maps/${DEFAULT_MAP_NAME}`]: generateDefaultMap(options.map),
      "news.txt": options.news ?? DEFAULT_NEWS,
    },
    "(built-in zone)",
  );
  return openZone(files, options);
}
