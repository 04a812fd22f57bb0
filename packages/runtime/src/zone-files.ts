import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { subjectToken } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import type { KvBucket } from "@zonebus/store";
import { MemoryZoneFiles, openZone, type Zone } from "@zonebus/zone";
import type { Logger } from "pino";

/** Largest zone file published through the store (a store value must fit one NATS message). */
export const MAX_PUBLISHED_FILE = 1024 * 1024 - 1024;
/** Most files published from one zone folder. */
export const MAX_PUBLISHED_FILES = 4096;

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    if (out.length >= MAX_PUBLISHED_FILES) return;
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) walk(full, out);
    else if (st.isFile()) out.push(full);
  }
}

/**
 * Publishes a zone folder into the store's `files` bucket, one entry per file, and removes
 * entries of files that are gone, so arena replicas on other machines read the same zone
 * without a shared disk. Returns the number of files published.
 */
export async function publishZoneFiles(dir: string, bucket: KvBucket, logger: Logger): Promise<number> {
  const files: string[] = [];
  walk(dir, files);
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
