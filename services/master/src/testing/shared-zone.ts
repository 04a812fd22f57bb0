import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** A zone folder of the read-only `shared/zones` beside the repository (test data, never copied in). */
export function sharedZonePath(name: string): string {
  for (let dir = resolve(import.meta.dirname); dirname(dir) !== dir; dir = dirname(dir))
    if (existsSync(join(dir, "shared", "zones", name))) return join(dir, "shared", "zones", name);
  throw new Error(`cannot find shared/zones/${name} beside the repository`);
}
