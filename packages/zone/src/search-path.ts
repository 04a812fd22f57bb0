import { ArenaNameError } from "./errors.js";
import type { ZoneFiles } from "./files.js";

/**
 * Where ASSS looks for files (its `param.h`). Elements are separated by `:`; `%b` is the arena's
 * base name, `%n` a config file name, `%m` a map or LVZ file name. An element whose macro has no
 * value (e.g. `%b` for the global config) is skipped.
 */
export const CONFIG_SEARCH_PATH = "arenas/%b/%n:conf/%n:%n:arenas/(default)/%n";
/** Search path for `.lvl` maps. */
export const LVL_SEARCH_PATH = "arenas/%b/%m:maps/%m:%m:arenas/%b/%b.lvl:maps/%b.lvl:arenas/(default)/%m";
/** Search path for LVZ files and for maps whose name does not end in `.lvl`. */
export const LVZ_SEARCH_PATH = "arenas/%b/%m:maps/%m:%m:arenas/(default)/%m";

/** Longest arena name the zone serves content for (names are 16 bytes on the wire; folders may be longer). */
export const MAX_ARENA_NAME_LENGTH = 32;

/** Values for the macros of a search path. */
export interface PathMacros {
  readonly b?: string;
  readonly n?: string;
  readonly m?: string;
}

/** Expands one search-path element; undefined when it uses a macro without a value. */
export function expandElement(element: string, macros: PathMacros): string | undefined {
  let out = "";
  for (let i = 0; i < element.length; i++) {
    const c = element[i]!;
    if (c !== "%") {
      out += c;
      continue;
    }
    const m = element[++i];
    if (m === "%") out += "%";
    else if (m === "b" || m === "n" || m === "m") {
      const v = macros[m];
      if (v === undefined) return undefined;
      out += v;
    } else return undefined;
  }
  return out;
}

/** The paths a search path names, in order, skipping elements that cannot be expanded. */
export function searchCandidates(searchPath: string, macros: PathMacros): string[] {
  const out: string[] = [];
  for (const element of searchPath.split(":")) {
    const p = expandElement(element, macros);
    if (p !== undefined && p.length > 0) out.push(p);
  }
  return out;
}

/** The first candidate that is a file, and every path tried (for messages). */
export function findOnPath(
  files: ZoneFiles,
  searchPath: string,
  macros: PathMacros,
): { readonly found: string | undefined; readonly tried: readonly string[] } {
  const tried = searchCandidates(searchPath, macros);
  return { found: tried.find((p) => files.isFile(p)), tried };
}

/**
 * An arena's base name as ASSS derives it: the name without trailing digits, and `(public)` for
 * an all-digit name (so arenas `0`, `1`, … share `arenas/(public)/`).
 */
export function arenaBaseName(name: string): string {
  const base = name.replace(/[0-9]+$/, "");
  return base.length === 0 ? "(public)" : base;
}

/** Checks that an arena name can be used inside search paths; returns the error when not. */
export function checkArenaName(name: string): ArenaNameError | undefined {
  if (name.length === 0) return new ArenaNameError(name, "empty");
  if (name.length > MAX_ARENA_NAME_LENGTH) return new ArenaNameError(name, `longer than ${MAX_ARENA_NAME_LENGTH}`);
  if (/[/\\:%\0]/.test(name)) return new ArenaNameError(name, "contains a path, macro or NUL character");
  if (name === "." || name === "..") return new ArenaNameError(name, "names a relative folder");
  return undefined;
}
