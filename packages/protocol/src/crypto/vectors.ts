/**
 * Test support for this area (not exported from the package): reads the known-answer vectors and
 * zone files from the read-only `shared/` folder beside the repository (`<clone>/../shared`).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * Finds the read-only `shared/` folder that sits beside the repository (protocol fact sheets,
 * known-answer vectors, zone folders), walking up from this file.
 */
export function sharedDir(): string {
  let dir = resolve(import.meta.dirname);
  for (;;) {
    const candidate = join(dir, "shared", "protocol", "vectors");
    if (existsSync(candidate)) return join(dir, "shared");
    const up = dirname(dir);
    if (up === dir) throw new Error("cannot find the shared/ folder beside the repository");
    dir = up;
  }
}

/** Reads and parses a vector file from shared/protocol/vectors. */
export function readVector<T>(name: string): T {
  return JSON.parse(readFileSync(join(sharedDir(), "protocol", "vectors", name), "utf8")) as T;
}

export const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "hex"));
export const toHex = (b: Uint8Array): string => Buffer.from(b).toString("hex");
