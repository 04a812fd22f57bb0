import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KvCorruptError, KvLockedError } from "./errors.js";
import { FileStore, type FileStoreOptions } from "./file-store.js";
import { encodeRecord, FILE_MAGIC, RecordOp } from "./log-codec.js";
import type { Recovery } from "./log-file.js";
import type { KvWatchEvent } from "./store.js";
import { tempDir } from "./testing/temp-dir.js";

const v = (s: string) => new TextEncoder().encode(s);
const s = (b: Uint8Array) => new TextDecoder().decode(b);

describe("FileStore", () => {
  let dir: ReturnType<typeof tempDir>;
  let now: number;
  const open = (opts: Partial<FileStoreOptions> = {}) => FileStore.open({ dir: dir.path, now: () => now, ...opts });
  const logPath = () => join(dir.path, "store.log");
  beforeEach(() => {
    dir = tempDir("fstore");
    now = 1_700_000_000_000;
  });
  afterEach(() => dir.remove());

  it("reopens with every entry, deletion and bucket, and keeps revisions rising", async () => {
    const first = await open();
    const a = await first.bucket("a");
    const b = await first.bucket("b", { ttlMs: 60_000 });
    await a.put("k1", v("1"));
    const r2 = await a.put("k2", v("2"));
    await a.delete("k1");
    const rb = await b.put("x", v("b"));
    await first.close();
    const second = await open();
    const a2 = await second.bucket("a");
    expect(await a2.keys()).toEqual(["k2"]);
    expect(await a2.get("k2")).toEqual({ key: "k2", value: v("2"), revision: r2 });
    expect((await (await second.bucket("b", { ttlMs: 60_000 })).get("x"))?.revision).toBe(rb);
    await expect(second.bucket("b")).rejects.toThrow(/ttl 60000/);
    // The delete took revision 3; the next write must not reuse it.
    expect(await a2.put("k3", v("3"))).toBe(4);
    await second.close();
  });

  it("expires entries by the time of their write, across a reopen", async () => {
    const first = await open();
    const b = await first.bucket("leases", { ttlMs: 10_000 });
    await b.put("old", v("1"));
    now += 6_000;
    await b.put("young", v("2"));
    await first.close();
    now += 5_000;
    const second = await open();
    const b2 = await second.bucket("leases", { ttlMs: 10_000 });
    expect(await b2.keys()).toEqual(["young"]);
    now += 5_000;
    expect(await b2.get("young")).toBeUndefined();
    await second.close();
  });

  it("compacts a log of overwrites and keeps the data and the revision counter", async () => {
    const store = await open({ compactBytes: 16 * 1024 });
    const kv = await store.bucket("c");
    const value = new Uint8Array(200).fill(7);
    let last = 0;
    for (let round = 0; round < 100; round++) {
      const revs = await Promise.all(Array.from({ length: 10 }, (_, i) => kv.put(`k${i}`, value)));
      last = revs.at(-1)!;
    }
    await kv.delete("k0");
    await store.close();
    // 1000 writes of ~240 bytes would be 240 KB without compaction.
    expect(statSync(logPath()).size).toBeLessThan(40 * 1024);
    expect(existsSync(`${logPath()}.compact`)).toBe(false);
    const again = await open();
    const kv2 = await again.bucket("c");
    expect((await kv2.keys()).sort()).toEqual(["k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"]);
    expect((await kv2.get("k9"))?.revision).toBe(last);
    expect(await kv2.put("k0", value)).toBe(last + 2);
    await again.close();
  });

  it("batches concurrent writes and acknowledges each with its own revision", async () => {
    const store = await open();
    const kv = await store.bucket("burst");
    const revs = await Promise.all(Array.from({ length: 200 }, (_, i) => kv.put(`k${i}`, v(String(i)))));
    expect(revs).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    await store.close();
    const again = await open();
    expect(await (await again.bucket("burst")).keys()).toHaveLength(200);
    await again.close();
  });

  it("keeps revision order for every watcher when a handler writes", async () => {
    const store = await open();
    const kv = await store.bucket("w");
    const seen: KvWatchEvent[] = [];
    await kv.watch({}, (e) => {
      if (e.key === "a") void kv.put("echo", v("x"));
    });
    await kv.watch({}, (e) => seen.push(e));
    await Promise.all([kv.put("a", v("1")), kv.put("b", v("2"))]);
    await store.close();
    expect(seen.map((e) => e.key)).toEqual(["a", "b", "echo"]);
    expect(seen.map((e) => e.revision)).toEqual([1, 2, 3]);
  });

  it("cuts a torn last record at open and reports it", async () => {
    const first = await open();
    const kv = await first.bucket("b");
    await kv.put("a", v("1"));
    await kv.put("b", v("2"));
    await first.close();
    const whole = statSync(logPath()).size;
    const torn = encodeRecord({ op: RecordOp.Put, bucket: "b", key: "c", revision: 3, writtenAt: now, value: v("3") });
    appendFileSync(logPath(), torn.subarray(0, torn.length - 2));
    const recovered: Recovery[] = [];
    const second = await open({ onRecovered: (r) => recovered.push(r) });
    expect(recovered).toEqual([{ path: logPath(), offset: whole, droppedBytes: torn.length - 2, kind: "torn" }]);
    const kv2 = await second.bucket("b");
    expect((await kv2.keys()).sort()).toEqual(["a", "b"]);
    const rev = await kv2.put("c", v("3"));
    await second.close();
    const third = await open();
    expect((await (await third.bucket("b")).get("c"))?.revision).toBe(rev);
    await third.close();
  });

  it("refuses a log damaged in the middle, naming the file and offset, unless told to keep the prefix", async () => {
    const first = await open();
    const kv = await first.bucket("b");
    await kv.put("a", v("1"));
    const damageAt = statSync(logPath()).size;
    await kv.put("b", v("2"));
    await kv.put("c", v("3"));
    await first.close();
    const buf = readFileSync(logPath());
    buf[damageAt + 12]! ^= 0xff;
    writeFileSync(logPath(), buf);
    const refused = open();
    await expect(refused).rejects.toBeInstanceOf(KvCorruptError);
    await expect(refused).rejects.toThrow(`${logPath()} is damaged at byte ${damageAt} of ${buf.length}`);
    expect(statSync(logPath()).size).toBe(buf.length);
    const recovered: Recovery[] = [];
    const kept = await open({ onCorrupt: "truncate", onRecovered: (r) => recovered.push(r) });
    expect(recovered[0]).toMatchObject({ kind: "corrupt", offset: damageAt });
    expect(await (await kept.bucket("b")).keys()).toEqual(["a"]);
    await kept.close();
  });

  it("refuses a file that is not a store log and restarts one whose header was torn", async () => {
    writeFileSync(logPath(), "user,password\nalice,secret\n");
    await expect(open()).rejects.toThrow(`${logPath()} is not a store log`);
    writeFileSync(logPath(), FILE_MAGIC.subarray(0, 3));
    const recovered: Recovery[] = [];
    const store = await open({ onRecovered: (r) => recovered.push(r) });
    expect(recovered).toMatchObject([{ kind: "torn", droppedBytes: 3 }]);
    await (await store.bucket("b")).put("k", v("1"));
    await store.close();
    const again = await open();
    expect(s((await (await again.bucket("b")).get("k"))!.value)).toBe("1");
    await again.close();
  });

  it("lets one store at a time hold a directory, and takes over the lock of a dead holder", async () => {
    const first = await open();
    const refused = open();
    await expect(refused).rejects.toBeInstanceOf(KvLockedError);
    await expect(refused).rejects.toThrow(`process ${process.pid}`);
    await first.close();
    // A holder that no longer runs: the lock is stale.
    writeFileSync(join(dir.path, "store.lock"), JSON.stringify({ pid: 2 ** 22 + 1, startedAt: 0 }));
    const second = await open();
    await (await second.bucket("b")).put("k", v("1"));
    await expect(open()).rejects.toBeInstanceOf(KvLockedError);
    await second.close();
    expect(existsSync(join(dir.path, "store.lock"))).toBe(false);
  });
});
