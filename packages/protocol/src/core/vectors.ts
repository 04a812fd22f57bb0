/**
 * Test support for this area (not exported from the package): reads the known-answer vectors
 * from the read-only `shared/` folder beside the repository (`<clone>/../shared`).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

function vectorsDir(): string {
  for (let dir = resolve(import.meta.dirname); ; dir = dirname(dir)) {
    const candidate = join(dir, "shared", "protocol", "vectors");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error("cannot find shared/protocol/vectors beside the repository");
  }
}

/** Reads and parses a file of shared/protocol/vectors. */
export function readVector<T>(name: string): T {
  return JSON.parse(readFileSync(join(vectorsDir(), name), "utf8")) as T;
}

export const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "hex"));
export const toHex = (b: Uint8Array): string => Buffer.from(b).toString("hex");
