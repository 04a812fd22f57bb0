// Zone content: ASSS zone folders (conf, arenas, maps, news) read as ASSS reads them.

export type { ArenaContent, DownloadFile } from "./arena-content.js";
export { crc32, mapSecurityChecksum, settingsChecksum } from "./checksums.js";
export type { Config } from "./conf/config.js";
export { parseAsssInt } from "./conf/int.js";
export { type ConfLoadOptions, loadArenaConfig, loadConfigFile, loadGlobalConfig } from "./conf/load.js";
export type { ConfigEntry } from "./conf/parser.js";
export { MAX_CONF_LINE, MAX_INCLUDE_DEPTH } from "./conf/preprocessor.js";
export { type DefaultZoneOptions, defaultZone } from "./default-zone.js";
export {
  type Diagnostic,
  DiagnosticCode,
  formatDiagnostic,
  hasErrors,
  MAX_DIAGNOSTICS,
  Severity,
} from "./diagnostics.js";
export { ArenaNameError, ZoneError, ZoneFolderError } from "./errors.js";
export { DiskZoneFiles, type FileRead, MemoryZoneFiles, type ZoneFiles } from "./files.js";
export { FILE_NAME_LENGTH, filePacket, S2C_INCOMING_FILE, S2C_MAP_DATA, zlibCompress } from "./map/download.js";
export { DEFAULT_MAP_CENTER, type DefaultMapOptions, generateDefaultMap } from "./map/generate.js";
export { type AutoWarp, LevelMap, type LvlChunk, MAX_REGION_SETS, type Region } from "./map/level-map.js";
export { parseLevelFile } from "./map/lvl.js";
export { encodeLevelFile, type LevelFileContent, type RegionDefinition, type TileRecord } from "./map/lvl-writer.js";
export { type LvzFile, type LvzName, levelFileNames, MAX_LVZ_FILES } from "./map/lvz.js";
export { type MapFile, TINY_MAP_NAME, tinyMapBytes } from "./map/map-file.js";
export { decodeRegionTiles, encodeRegionTiles } from "./map/rle.js";
export { isChecksumTile, MAP_SIZE, Tile, tileObjectSize } from "./map/tiles.js";
export { type News, newsFromBytes } from "./news.js";
export {
  MAX_ZONE_REDIRECTS,
  parseRedirectDestination,
  type RedirectDestination,
  type ZoneRedirects,
  zoneRedirects,
} from "./redirects.js";
export {
  arenaBaseName,
  CONFIG_SEARCH_PATH,
  LVL_SEARCH_PATH,
  LVZ_SEARCH_PATH,
  MAX_ARENA_NAME_LENGTH,
} from "./search-path.js";
export { buildClientSettings } from "./settings/build.js";
export {
  type DecodedSettings,
  decodeClientSettings,
  diffClientSettings,
  type SettingsDifference,
} from "./settings/decode.js";
export {
  CLIENT_SETTINGS_LENGTH,
  PRIZE_NAMES,
  S2C_CLIENT_SETTINGS,
  SETTINGS_LAYOUT,
  type SettingsField,
  SHIP_NAMES,
  type ShipName,
} from "./settings/layout.js";
export { applySettingsOverrides, type SettingsOverride, settingsOverrideField } from "./settings/overrides.js";
export {
  DEFAULT_GROUP,
  GLOBAL_STAFF_SECTION,
  GROUP_PASSWORDS_SECTION,
  loadStaff,
  type StaffTable,
  SYSOP_GROUP,
  ZONEBUS_ONLY_CAPABILITIES,
  ZonebusCapability,
} from "./staff.js";
export { DEFAULT_WATCH_DEBOUNCE_MS, type WatchZoneOptions, watchZone, type ZoneWatch } from "./watch.js";
export {
  type ArenaLookup,
  loadZone,
  MAX_CACHED_ARENA_CONTENT,
  MAX_CACHED_MAPS,
  openZone,
  type Zone,
  type ZoneOptions,
} from "./zone.js";
