import { statSync } from "node:fs";
import {
  type ArenaContent,
  arenaContent,
  type BaseContent,
  loadBaseContent,
  type MapLoader,
  readMapFile,
} from "./arena-content.js";
import type { Config } from "./conf/config.js";
import { loadGlobalConfig } from "./conf/load.js";
import { type Diagnostic, DiagnosticCode, DiagnosticList } from "./diagnostics.js";
import type { ArenaNameError } from "./errors.js";
import { ZoneFolderError } from "./errors.js";
import { DiskZoneFiles, type ZoneFiles } from "./files.js";
import type { MapFile } from "./map/map-file.js";
import { MAX_NEWS_BYTES, type News, newsFromBytes } from "./news.js";
import { arenaBaseName, checkArenaName } from "./search-path.js";

/** Most base names whose content is kept loaded; the least recently used goes first. */
export const MAX_CACHED_ARENA_CONTENT = 64;
/** Most parsed maps kept (arenas sharing a map file share one copy). */
export const MAX_CACHED_MAPS = 32;

/** Options for {@link loadZone} and {@link openZone}. */
export interface ZoneOptions {
  /** Names defined before every conf file, as if by `#define`. */
  readonly defines?: Readonly<Record<string, string>>;
  /** Arenas to load at once instead of on first use. */
  readonly preload?: readonly string[];
}

/** Result of asking a zone for an arena. */
export type ArenaLookup =
  | { readonly ok: true; readonly arena: ArenaContent }
  | { readonly ok: false; readonly error: ArenaNameError };

/**
 * A zone's content: global config, news, and per-arena config, settings and maps, loaded the
 * way ASSS reads a zone folder. Arena content is loaded on first use and cached per base name.
 * A zone is a snapshot: to pick up edits, load it again (see `watchZone`).
 */
export interface Zone {
  /** The folder, or a label for a built-in zone. */
  readonly label: string;
  readonly files: ZoneFiles;
  /** `conf/global.conf`. */
  readonly global: Config;
  /** `General:NewsFile` (default `news.txt`); undefined when it cannot be read. */
  readonly news: News | undefined;
  /** Every folder under `arenas/`, `(default)` and `(public)` included. */
  readonly arenaFolders: readonly string[];
  /** Arenas a player can name that have a folder of their own (folders not in parentheses). */
  readonly arenaNames: readonly string[];
  /** Findings for the global config and the news. */
  readonly diagnostics: readonly Diagnostic[];
  /** Content for an arena name; bad names (path characters, too long) give an error. */
  arena(name: string): ArenaLookup;
}

/** Loads the zone folder at `dir`. Throws {@link ZoneFolderError} only when `dir` is not a folder. */
export function loadZone(dir: string, options: ZoneOptions = {}): Zone {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (e) {
    throw new ZoneFolderError(dir, "does not exist", { cause: e });
  }
  if (!isDir) throw new ZoneFolderError(dir, "is not a directory");
  return openZone(new DiskZoneFiles(dir), options);
}

/** Opens a zone over any {@link ZoneFiles} (a folder, or files held in memory). */
export function openZone(files: ZoneFiles, options: ZoneOptions = {}): Zone {
  const zone = new ZoneImpl(files, options);
  for (const name of options.preload ?? []) zone.arena(name);
  return zone;
}

class ZoneImpl implements Zone {
  readonly label: string;
  readonly global: Config;
  readonly news: News | undefined;
  readonly arenaFolders: readonly string[];
  readonly arenaNames: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  private readonly content = new Map<string, BaseContent>();
  private readonly maps = new Map<string, { map: MapFile; diagnostics: readonly Diagnostic[] }>();
  private readonly loadMap: MapLoader;

  constructor(
    readonly files: ZoneFiles,
    private readonly options: ZoneOptions,
  ) {
    this.label = files.label;
    const confOptions = options.defines === undefined ? {} : { defines: options.defines };
    this.global = loadGlobalConfig(files, confOptions);
    const diagnostics = new DiagnosticList();
    diagnostics.addAll(this.global.diagnostics);
    this.news = readNews(files, this.global, diagnostics);
    this.diagnostics = diagnostics.finish();
    this.arenaFolders = Object.freeze(files.listDirs("arenas"));
    this.arenaNames = Object.freeze(
      this.arenaFolders.filter((n) => !n.startsWith("(") && checkArenaName(n) === undefined),
    );
    this.loadMap = this.cachedMapLoader(readMapFile(files));
  }

  arena(name: string): ArenaLookup {
    const error = checkArenaName(name);
    if (error !== undefined) return { ok: false, error };
    const baseName = arenaBaseName(name);
    const confOptions = this.options.defines === undefined ? {} : { defines: this.options.defines };
    const base = this.content.get(baseName) ?? loadBaseContent(this.files, baseName, this.loadMap, confOptions);
    remember(this.content, baseName, base, MAX_CACHED_ARENA_CONTENT);
    return { ok: true, arena: arenaContent(name, base) };
  }

  /** Shares parsed maps between arenas; a cache hit replays the map's own findings. */
  private cachedMapLoader(load: MapLoader): MapLoader {
    return (path, name, diagnostics) => {
      const hit = this.maps.get(path);
      if (hit !== undefined) {
        remember(this.maps, path, hit, MAX_CACHED_MAPS);
        diagnostics.addAll(hit.diagnostics);
        return hit.map;
      }
      const own = new DiagnosticList();
      const map = load(path, name, own);
      const found = own.finish();
      diagnostics.addAll(found);
      if (map !== undefined) remember(this.maps, path, { map, diagnostics: found }, MAX_CACHED_MAPS);
      return map;
    };
  }
}

/** Inserts or refreshes `key` as most recently used, evicting the oldest past `limit`. */
function remember<V>(cache: Map<string, V>, key: string, value: V, limit: number): void {
  cache.delete(key);
  cache.set(key, value);
  while (cache.size > limit) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
}

function readNews(files: ZoneFiles, global: Config, diagnostics: DiagnosticList): News | undefined {
  const path = global.getStr("General", "NewsFile", "news.txt");
  const r = files.read(path, MAX_NEWS_BYTES);
  if (r.kind === "ok") return newsFromBytes(r.bytes);
  const why =
    r.kind === "missing"
      ? "not found"
      : r.kind === "too-large"
        ? `is ${r.size} bytes (limit ${MAX_NEWS_BYTES})`
        : r.message;
  diagnostics.warn(DiagnosticCode.NewsMissing, `news file ${path} ${why}`, path);
  return undefined;
}
