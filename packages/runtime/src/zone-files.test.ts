import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { zonebus } from "@zonebus/proto";
import { FileStore } from "@zonebus/store";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { publishZoneFiles } from "./zone-files.js";

const logger = pino({ level: "silent" });

function sharedZone(name: string): string {
  for (let dir = resolve(import.meta.dirname); dirname(dir) !== dir; dir = dirname(dir))
    if (existsSync(join(dir, "shared", "zones", name))) return join(dir, "shared", "zones", name);
  throw new Error(`cannot find shared/zones/${name}`);
}

describe("the zone publisher keeps secrets off the bus", () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function published(zoneDir: string, exclude: string[] = []): Promise<string[]> {
    const dataDir = mkdtempSync(join(tmpdir(), "zb-pub-store-"));
    const store = await FileStore.open({ dir: dataDir, sync: false });
    cleanups.push(
      () => rmSync(dataDir, { recursive: true, force: true }),
      () => store.close(),
    );
    const bucket = await store.bucket("files");
    await publishZoneFiles(zoneDir, bucket, logger, exclude);
    const paths: string[] = [];
    for (const key of await bucket.keys()) {
      const entry = await bucket.get(key);
      if (entry) paths.push(zonebus.ZoneFile.decode(entry.value).path);
    }
    return paths.sort();
  }

  it("publishes ASSS's dist zone without its conf/passwd.conf", async () => {
    const paths = await published(sharedZone("asss-dist"));
    expect(paths).toContain("conf/global.conf");
    expect(paths).toContain("conf/groupdef.dir/sysop");
    expect(paths).not.toContain("conf/passwd.conf");
  });

  it("skips password files, keys, hidden files and the --passwd file whatever its name", async () => {
    const zone = mkdtempSync(join(tmpdir(), "zb-pub-zone-"));
    cleanups.push(() => rmSync(zone, { recursive: true, force: true }));
    const files = ["conf/global.conf", "conf/passwd.conf", "conf/users.txt", "Passwords.txt", "nats.creds"];
    for (const path of [...files, ".git/config", "tls.key"]) put(zone, path);
    expect(await published(zone, [join(zone, "conf", "users.txt")])).toEqual(["conf/global.conf"]);
  });
});

/** Writes a one-byte file at the zone-relative `path`, making its folders. */
function put(zone: string, path: string): void {
  const full = join(zone, ...path.split("/"));
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, "x");
}
