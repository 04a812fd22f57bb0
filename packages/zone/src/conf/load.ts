import { DiagnosticList } from "../diagnostics.js";
import type { ZoneFiles } from "../files.js";
import { type Config, ConfigImpl } from "./config.js";
import { parseConfLines } from "./parser.js";
import { preprocess } from "./preprocessor.js";

/** Options shared by config loads. */
export interface ConfLoadOptions {
  /** Names defined before the first line, as if by `#define`. */
  readonly defines?: Readonly<Record<string, string>>;
}

/** Loads `global.conf` from `conf/` or the zone root, as ASSS does. */
export function loadGlobalConfig(files: ZoneFiles, options: ConfLoadOptions = {}): Config {
  return load(files, "global.conf", undefined, options);
}

/**
 * Loads an arena's `arena.conf` for an arena base name: `arenas/<base>/arena.conf`, else
 * `conf/arena.conf`, `arena.conf`, `arenas/(default)/arena.conf` (ASSS's config search path).
 */
export function loadArenaConfig(files: ZoneFiles, baseName: string, options: ConfLoadOptions = {}): Config {
  return load(files, "arena.conf", baseName, options);
}

/** Loads any conf file by name on the config search path (e.g. `passwd.conf`). */
export function loadConfigFile(
  files: ZoneFiles,
  name: string,
  baseName: string | undefined,
  options: ConfLoadOptions = {},
): Config {
  return load(files, name, baseName, options);
}

function load(files: ZoneFiles, name: string, baseName: string | undefined, options: ConfLoadOptions): Config {
  const diagnostics = new DiagnosticList();
  const pre = preprocess(name, {
    files,
    baseName,
    diagnostics,
    ...(options.defines === undefined ? {} : { defines: options.defines }),
  });
  const table = parseConfLines(pre.lines, diagnostics);
  return new ConfigImpl(table, pre.filesRead, diagnostics.finish());
}
