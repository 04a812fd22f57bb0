import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, resolve, sep } from "node:path";
import { subjectToken } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import type { KvBucket } from "@zonebus/store";
import { MemoryZoneFiles, openZone, type Zone } from "@zonebus/zone";
import type { Logger } from "pino";

/** Largest zone file published through the store (a store value must fit one NATS message). */
export const MAX_PUBLISHED_FILE = 1024 * 1024 - 1024;
/** Most files published from one zone folder. */
export const MAX_PUBLISHED_FILES = 4096;

/**
 * Files of a zone folder never published, so a secret kept beside the zone never reaches the
 * bus or the store: any file or folder whose name starts with `.` (`.git`, `.env`), any file
 * whose name holds `passwd` or `password` (ASSS's `conf/passwd.conf`, zonebus's `--passwd`
 * file), and keys and credentials (`.key`, `.pem`, `.p12`, `.pfx`, `.creds`, `.nk`, `.jwt`).
 * The file `--passwd` names is skipped whatever its name.
 */
export const UNPUBLISHED_NAME = /^\.|passw(or)?d|\.(key|pem|p12|pfx|creds|nk|jwt)$/i;

/** Whether a zone file of this name is kept off the bus (see {@link UNPUBLISHED_NAME}). */
export function isUnpublished(path: string, exclude: ReadonlySet<string> = new Set()): boolean {
  return UNPUBLISHED_NAME.test(basename(path)) || exclude.has(resolve(path));
}

function walk(dir: string, out: string[], exclude: ReadonlySet<string>): void {
  for (const name of readdirSync(dir)) {
    if (out.length >= MAX_PUBLISHED_FILES) return;
    const full = join(dir, name);
    if (isUnpublished(full, exclude)) continue;
    const st = statSync(full);
    if (st.isDirectory()) walk(full, out, exclude);
    else if (st.isFile()) out.push(full);
  }
}

/**
 * Publishes a zone folder into the store's `files` bucket, one entry per file, and removes
 * entries of files that are gone, so arena replicas on other machines read the same zone
 * without a shared disk. Password files, keys and hidden files are not published
 * ({@link UNPUBLISHED_NAME}), nor the files `exclude` names (the `--passwd` file). Returns the
 * number of files published.
 */
export async function publishZoneFiles(
  dir: string,
  bucket: KvBucket,
  logger: Logger,
  exclude: readonly string[] = [],
): Promise<number> {
  const files: string[] = [];
  walk(dir, files, new Set(exclude.map((p) => resolve(p))));
  const keep = new Set<string>();
  for (const full of files) {
    const path = relative(dir, full).split(sep).join("/");
    const data = readFileSync(full);
    if (data.length > MAX_PUBLISHED_FILE) {
      logger.warn({ path, bytes: data.length }, "zone file too large to publish; replicas will not see it");
      continue;
    }
    const key = subjectToken(path);
    keep.add(key);
    await bucket.put(key, zonebus.ZoneFile.encode({ path, data }).finish());
  }
  for (const key of await bucket.keys()) if (!keep.has(key)) await bucket.delete(key);
  logger.info({ dir, files: keep.size }, "zone files published");
  return keep.size;
}

/** The zone as the master published it, or undefined when nothing is published. */
export async function readPublishedZone(bucket: KvBucket, label: string): Promise<Zone | undefined> {
  const files: Record<string, Uint8Array> = {};
  let count = 0;
  for (const key of await bucket.keys()) {
    const entry = await bucket.get(key);
    if (!entry) continue;
    const file = zonebus.ZoneFile.decode(entry.value);
    files[file.path] = file.data;
    count++;
  }
  return count === 0 ? undefined : openZone(new MemoryZoneFiles(files, label));
}
