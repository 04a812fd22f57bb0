import { settingsChecksum } from "./checksums.js";
import type { Config } from "./conf/config.js";
import { type ConfLoadOptions, loadArenaConfig } from "./conf/load.js";
import { type Diagnostic, DiagnosticCode, DiagnosticList } from "./diagnostics.js";
import type { ZoneFiles } from "./files.js";
import { type LvzFile, levelFileNames, loadLvzFiles } from "./map/lvz.js";
import { checkDownloadSize, MAX_LVL_BYTES, type MapFile, mapFileFromBytes, tinyMapFile } from "./map/map-file.js";
import { findOnPath, LVL_SEARCH_PATH, LVZ_SEARCH_PATH } from "./search-path.js";
import { buildClientSettings } from "./settings/build.js";

/** Everything the server sends about one arena, built from its config. */
export interface ArenaContent {
  /** The arena name asked for. */
  readonly name: string;
  /** Its base name (`arenas/<base>/` is its folder). */
  readonly baseName: string;
  readonly config: Config;
  /** The S2C `0x0F` ClientSettings packet (1428 bytes). */
  readonly settings: Uint8Array;
  /** Settings checksum for a security key (C2S `0x1A`). */
  settingsChecksum(key: number): number;
  readonly map: MapFile;
  /** LVZ files in config order (optional ones included). */
  readonly lvz: readonly LvzFile[];
  /**
   * The files a client may download, in `0x29` order: the map first, then the LVZ files, the
   * optional ones only when `includeOptional` (the client asked for all LVZ). A C2S `0x0C`
   * index is a position in this list.
   */
  downloads(includeOptional: boolean): readonly DownloadFile[];
  /** Config, map and LVZ findings for this arena. */
  readonly diagnostics: readonly Diagnostic[];
}

/** One file as listed in `0x29` and sent as `0x2A`. */
export interface DownloadFile {
  readonly name: string;
  readonly crc32: number;
  /** The whole `0x2A` packet; its length is the download size in `0x29`. */
  readonly downloadPacket: Uint8Array;
}

/** The part of an arena's content that depends only on its base name. */
export interface BaseContent {
  readonly baseName: string;
  readonly config: Config;
  readonly settings: Uint8Array;
  readonly map: MapFile;
  readonly lvz: readonly LvzFile[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Loads a map file by path, returning undefined when it cannot be read. */
export type MapLoader = (path: string, name: string, diagnostics: DiagnosticList) => MapFile | undefined;

/** Reads and parses a map from the zone files (no caching). */
export function readMapFile(files: ZoneFiles): MapLoader {
  return (path, name, diagnostics) => {
    const r = files.read(path, MAX_LVL_BYTES);
    if (r.kind === "ok") return mapFileFromBytes(name, path, r.bytes, diagnostics);
    const why =
      r.kind === "too-large"
        ? `is ${r.size} bytes (limit ${MAX_LVL_BYTES})`
        : r.kind === "error"
          ? r.message
          : "vanished";
    diagnostics.error(DiagnosticCode.FileUnreadable, `map ${path} ${why}`, path);
    return undefined;
  };
}

/** Builds the content for a base name: config, settings, map (or ASSS's stand-in) and LVZ files. */
export function loadBaseContent(
  files: ZoneFiles,
  baseName: string,
  loadMap: MapLoader,
  options: ConfLoadOptions = {},
): BaseContent {
  const config = loadArenaConfig(files, baseName, options);
  const diagnostics = new DiagnosticList();
  diagnostics.addAll(config.diagnostics);
  const settings = buildClientSettings(config);
  const map = findMap(files, baseName, config, loadMap, diagnostics);
  const lvz = loadLvzFiles(files, baseName, levelFileNames(config, diagnostics), diagnostics);
  return { baseName, config, settings, map, lvz: Object.freeze(lvz), diagnostics: diagnostics.finish() };
}

function findMap(
  files: ZoneFiles,
  baseName: string,
  config: Config,
  loadMap: MapLoader,
  diagnostics: DiagnosticList,
): MapFile {
  const entry = config.entry("General", "Map");
  const name = entry?.value ?? "";
  if (entry === undefined || name.length === 0) {
    const msg = "General:Map is not set; serving tinymap.lvl";
    diagnostics.error(DiagnosticCode.MapFallback, msg, entry?.file ?? config.files[0], entry?.line);
    return tinyMapFile(diagnostics);
  }
  const path = name.endsWith(".lvl") ? LVL_SEARCH_PATH : LVZ_SEARCH_PATH;
  const { found, tried } = findOnPath(files, path, { b: baseName, m: name });
  const map = found === undefined ? undefined : loadMap(found, name, diagnostics);
  if (map === undefined) {
    const why = found === undefined ? `not found (tried ${tried.join(", ")})` : `unreadable at ${found}`;
    diagnostics.error(DiagnosticCode.MapFallback, `map ${name} ${why}; serving tinymap.lvl`, entry.file, entry.line);
    return tinyMapFile(diagnostics);
  }
  checkDownloadSize(map, diagnostics);
  return map;
}

/** Content for one arena name over the shared content of its base name. */
export function arenaContent(name: string, base: BaseContent): ArenaContent {
  const all = Object.freeze([base.map, ...base.lvz]);
  const required = Object.freeze([base.map, ...base.lvz.filter((f) => !f.optional)]);
  return {
    downloads: (includeOptional: boolean) => (includeOptional ? all : required),
    name,
    baseName: base.baseName,
    config: base.config,
    settings: base.settings,
    settingsChecksum: (key: number) => settingsChecksum(base.settings, key),
    map: base.map,
    lvz: base.lvz,
    diagnostics: base.diagnostics,
  };
}
