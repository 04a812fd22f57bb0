import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * Finds the read-only `shared/` folder beside the repository (fact sheets, vectors, zone
 * folders) by walking up from this file; CI clones the repository with `shared/` beside it.
 */
export function sharedDir(): string {
  let dir = resolve(import.meta.dirname);
  for (;;) {
    if (existsSync(join(dir, "shared", "zones")) && existsSync(join(dir, "shared", "protocol", "vectors"))) {
      return join(dir, "shared");
    }
    const up = dirname(dir);
    if (up === dir) throw new Error("cannot find the shared/ folder beside the repository");
    dir = up;
  }
}

/** Path of a test zone folder, e.g. `asss-dist`. */
export function sharedZone(name: string): string {
  return join(sharedDir(), "zones", name);
}

/** Reads and parses a vector file from `shared/protocol/vectors`. */
export function readVector<T>(name: string): T {
  return JSON.parse(readFileSync(join(sharedDir(), "protocol", "vectors", name), "utf8")) as T;
}

/** Bytes of a file inside a test zone folder. */
export function sharedZoneFile(zone: string, path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(sharedZone(zone), path)));
}

export const fromHex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "hex"));
