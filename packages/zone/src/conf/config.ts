import type { Diagnostic } from "../diagnostics.js";
import { parseAsssInt } from "./int.js";
import type { ConfigEntry } from "./parser.js";

/**
 * A loaded configuration (the global one or an arena's), read-only. Lookups ignore case, as in
 * ASSS. `section` may also be a whole `Section:Key` with `key` left out.
 */
export interface Config {
  /** The value, or undefined when the key is not set. */
  getStr(section: string, key?: string): string | undefined;
  /** The value, or `def` when the key is not set. */
  getStr(section: string, key: string | undefined, def: string): string;
  /** The value read as ASSS reads integers ({@link parseAsssInt}), or `def` when not set. */
  getInt(section: string, key: string | undefined, def: number): number;
  /** True when the key is set (possibly to an empty value). */
  has(section: string, key?: string): boolean;
  /** The setting with the file and line that set it, for messages about its value. */
  entry(section: string, key?: string): ConfigEntry | undefined;
  /** Every setting with the file and line that set it. */
  entries(): IterableIterator<ConfigEntry>;
  /** Every file read to build this config, relative to the zone folder, top-level file first. */
  readonly files: readonly string[];
  /** What loading found wrong. */
  readonly diagnostics: readonly Diagnostic[];
}

/** {@link Config} over a parsed table. */
export class ConfigImpl implements Config {
  constructor(
    private readonly table: ReadonlyMap<string, ConfigEntry>,
    readonly files: readonly string[] = [],
    readonly diagnostics: readonly Diagnostic[] = [],
  ) {}

  /** An empty config (a missing file reads as one). */
  static empty(diagnostics: readonly Diagnostic[] = []): ConfigImpl {
    return new ConfigImpl(new Map(), [], diagnostics);
  }

  getStr(section: string, key?: string): string | undefined;
  getStr(section: string, key: string | undefined, def: string): string;
  getStr(section: string, key?: string, def?: string): string | undefined {
    return this.table.get(lookupKey(section, key))?.value ?? def;
  }

  getInt(section: string, key: string | undefined, def: number): number {
    const v = this.table.get(lookupKey(section, key))?.value;
    return v === undefined ? def : parseAsssInt(v);
  }

  has(section: string, key?: string): boolean {
    return this.table.has(lookupKey(section, key));
  }

  entry(section: string, key?: string): ConfigEntry | undefined {
    return this.table.get(lookupKey(section, key));
  }

  entries(): IterableIterator<ConfigEntry> {
    return this.table.values();
  }
}

function lookupKey(section: string, key: string | undefined): string {
  return (key === undefined ? section : `${section}:${key}`).toLowerCase();
}
