import { spawnSync } from "node:child_process";

/** A command-line option a service takes, read from its `--help`. */
export interface ServiceFlag {
  readonly flag: string;
  /** False for switches such as `--allow-unknown`, which may be followed by true/false. */
  readonly takesValue: boolean;
}

/**
 * The options a compiled service accepts, read from its own `--help`: the launcher forwards each
 * option to the services that take it without keeping a second list that could drift.
 */
export function serviceFlags(mainJs: string): Map<string, ServiceFlag> {
  const res = spawnSync(process.execPath, [mainJs, "--help"], { encoding: "utf8" });
  if (res.status !== 0) throw new Error(`cannot read the options of ${mainJs}: ${res.stderr || res.error?.message}`);
  const flags = new Map<string, ServiceFlag>();
  for (const m of res.stdout.matchAll(/^\s+--([a-z0-9-]+)( <[^>]+>)?/gm))
    flags.set(m[1]!, { flag: m[1]!, takesValue: m[2] !== undefined });
  return flags;
}
