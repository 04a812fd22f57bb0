import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  KvBucketConfigError,
  KvClosedError,
  KvExistsError,
  KvKeyError,
  KvRevisionError,
  KvValueTooLargeError,
} from "./errors.js";
import type { KvBucket, KvWatchEvent, Store } from "./store.js";

const v = (s: string) => new TextEncoder().encode(s);
const s = (b: Uint8Array) => new TextDecoder().decode(b);
const show = (events: KvWatchEvent[]) =>
  events.map((e) => (e.op === "put" ? `put:${e.key}=${s(e.value)}` : `del:${e.key}`));

export interface StoreHarness {
  store: Store;
  /** Lets time pass for bucket TTLs: advances a fake clock, or waits for real. */
  elapse(ms: number): Promise<void>;
  /** A short TTL the implementation honours. */
  ttlMs: number;
  close(): Promise<void>;
}

/** One behaviour suite for every Store implementation. */
export function storeContract(name: string, make: () => Promise<StoreHarness>): void {
  describe(`Store contract: ${name}`, () => {
    let h: StoreHarness;
    let kv: KvBucket;
    const bucketName = () => `t${Math.random().toString(36).slice(2, 12)}`;
    const watchUntil = async (n: number, events: KvWatchEvent[]) =>
      vi.waitFor(() => expect(events.length).toBeGreaterThanOrEqual(n), { timeout: 3_000, interval: 5 });
    beforeEach(async () => {
      h = await make();
      kv = await h.store.bucket(bucketName());
    });
    afterEach(() => h.close());

    it("puts and gets with rising revisions", async () => {
      const r1 = await kv.put("a", v("1"));
      const r2 = await kv.put("a", v("2"));
      const r3 = await kv.put("b", v("3"));
      expect(r2).toBeGreaterThan(r1);
      expect(r3).toBeGreaterThan(r2);
      expect(await kv.get("a")).toEqual({ key: "a", value: v("2"), revision: r2 });
      expect(await kv.get("missing")).toBeUndefined();
    });

    it("keeps its own copy of a value", async () => {
      const buf = v("abc");
      await kv.put("c", buf);
      buf[0] = 0x7a;
      const got = await kv.get("c");
      got!.value[1] = 0x7a;
      expect(s((await kv.get("c"))!.value)).toBe("abc");
    });

    it("lets exactly one of two racing creates win", async () => {
      const results = await Promise.allSettled([kv.create("lease", v("x")), kv.create("lease", v("y"))]);
      const won = results.filter((r) => r.status === "fulfilled");
      expect(won).toHaveLength(1);
      const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(lost.reason).toBeInstanceOf(KvExistsError);
      expect((await kv.get("lease"))?.revision).toBe((won[0] as PromiseFulfilledResult<number>).value);
    });

    it("lets exactly one of two racing creates win over a deleted key", async () => {
      await kv.put("lease", v("old"));
      await kv.delete("lease");
      const results = await Promise.allSettled([kv.create("lease", v("x")), kv.create("lease", v("y"))]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(lost.reason).toBeInstanceOf(KvExistsError);
      await expect(kv.create("lease", v("z"))).rejects.toBeInstanceOf(KvExistsError);
    });

    it("compare-and-sets on revision", async () => {
      const r1 = await kv.create("k", v("1"));
      const r2 = await kv.update("k", v("2"), r1);
      expect(r2).toBeGreaterThan(r1);
      await expect(kv.update("k", v("3"), r1)).rejects.toBeInstanceOf(KvRevisionError);
      await expect(kv.update("k", v("3"), 0)).rejects.toBeInstanceOf(KvRevisionError);
      await expect(kv.update("absent", v("3"), r2)).rejects.toBeInstanceOf(KvRevisionError);
      expect(await kv.get("k")).toEqual({ key: "k", value: v("2"), revision: r2 });
    });

    it("deletes conditionally and lets the key be created again", async () => {
      const r1 = await kv.put("d", v("1"));
      await expect(kv.delete("d", { expectedRevision: r1 + 100 })).rejects.toBeInstanceOf(KvRevisionError);
      await expect(kv.delete("d", { expectedRevision: 0 })).rejects.toBeInstanceOf(KvRevisionError);
      expect((await kv.get("d"))?.revision).toBe(r1);
      await kv.delete("d", { expectedRevision: r1 });
      expect(await kv.get("d")).toBeUndefined();
      expect(await kv.keys()).toEqual([]);
      await expect(kv.create("d", v("again"))).resolves.toBeGreaterThan(r1);
      expect(s((await kv.get("d"))!.value)).toBe("again");
    });

    it("lists keys by pattern", async () => {
      for (const k of ["p.1", "p.2", "p.x.y", "q.1", "p"]) await kv.put(k, v(k));
      await kv.delete("p.2");
      expect((await kv.keys("p.*")).sort()).toEqual(["p.1"]);
      expect((await kv.keys("p.>")).sort()).toEqual(["p.1", "p.x.y"]);
      expect((await kv.keys("*.1")).sort()).toEqual(["p.1", "q.1"]);
      expect((await kv.keys("p")).sort()).toEqual(["p"]);
      expect((await kv.keys()).sort()).toEqual(["p", "p.1", "p.x.y", "q.1"]);
    });

    it("lists every key of a bucket whose keys are rewritten without pause, as leases and heartbeats are", async () => {
      const keys = Array.from({ length: 12 }, (_, i) => `hot.${i}`);
      for (const k of keys) await kv.put(k, v("0"));
      await kv.put("hot.gone", v("0"));
      await kv.delete("hot.gone");
      let writing = true;
      const writer = (async () => {
        for (let i = 0; writing; i++) await kv.put(keys[i % keys.length]!, v(String(i)));
      })();
      try {
        for (let round = 0; round < 25; round++) expect((await kv.keys("hot.>")).sort()).toEqual([...keys].sort());
      } finally {
        writing = false;
        await writer;
      }
    });

    it("watches puts and deletes in order, after the current values when asked", async () => {
      await kv.put("w.old", v("0"));
      await kv.put("w.gone", v("0"));
      await kv.delete("w.gone");
      const events: KvWatchEvent[] = [];
      const w = await kv.watch({ pattern: "w.>", includeCurrent: true }, (e) => events.push(e));
      // Deleting w.old before its current value reached the watch could replace it unseen.
      await watchUntil(1, events);
      const ra = await kv.put("w.a", v("1"));
      await kv.put("other", v("x"));
      await kv.delete("w.old");
      await kv.put("w.b", v("2"));
      await watchUntil(4, events);
      w.stop();
      expect(show(events)).toEqual(["put:w.old=0", "put:w.a=1", "del:w.old", "put:w.b=2"]);
      expect(events[1]?.revision).toBe(ra);
      expect(events.map((e) => e.revision)).toEqual([...events.map((e) => e.revision)].sort((a, b) => a - b));
    });

    it("may skip superseded revisions of a key but always ends a watch on its last change", async () => {
      const events: KvWatchEvent[] = [];
      const w = await kv.watch({ pattern: "hot" }, (e) => events.push(e));
      for (let i = 0; i < 10; i++) await kv.put("hot", v(String(i)));
      await kv.delete("hot");
      const last = await kv.put("hot", v("final"));
      await vi.waitFor(() => expect(events.at(-1)?.revision).toBe(last), { timeout: 3_000, interval: 5 });
      w.stop();
      expect(show(events).at(-1)).toBe("put:hot=final");
      const revisions = events.map((e) => e.revision);
      expect(revisions).toEqual([...new Set(revisions)].sort((a, b) => a - b));
    });

    it("watches only later changes without includeCurrent", async () => {
      await kv.put("x.before", v("0"));
      const events: KvWatchEvent[] = [];
      const w = await kv.watch({ pattern: "x.*" }, (e) => events.push(e));
      await kv.put("x.after", v("1"));
      await watchUntil(1, events);
      w.stop();
      expect(show(events)).toEqual(["put:x.after=1"]);
    });

    it("delivers nothing to a watch after stop()", async () => {
      const stopped: KvWatchEvent[] = [];
      const witness: KvWatchEvent[] = [];
      const w = await kv.watch({ pattern: "s.>" }, (e) => stopped.push(e));
      const other = await kv.watch({ pattern: "s.>" }, (e) => witness.push(e));
      await kv.put("s.1", v("1"));
      await watchUntil(1, stopped);
      w.stop();
      await kv.put("s.2", v("2"));
      await kv.put("s.3", v("3"));
      await watchUntil(3, witness);
      other.stop();
      expect(show(stopped)).toEqual(["put:s.1=1"]);
      expect(show(witness)).toEqual(["put:s.1=1", "put:s.2=2", "put:s.3=3"]);
    });

    it("expires entries a TTL after their last write", async () => {
      const b = await h.store.bucket(bucketName(), { ttlMs: h.ttlMs });
      await b.put("lease", v("1"));
      await b.put("other", v("1"));
      await h.elapse(h.ttlMs / 2);
      await b.put("lease", v("2"));
      await h.elapse(h.ttlMs * 0.75);
      // 1.25 TTL after the first write: alive only because the second write restarted its clock.
      expect(s((await b.get("lease"))!.value)).toBe("2");
      expect(await b.get("other")).toBeUndefined();
      for (let i = 0; i < 20 && (await b.get("lease")); i++) await h.elapse(h.ttlMs / 10);
      expect(await b.get("lease")).toBeUndefined();
      expect(await b.keys()).toEqual([]);
      await expect(b.create("lease", v("3"))).resolves.toBeGreaterThan(0);
    });

    it("reopens a bucket with its data, and refuses another TTL", async () => {
      const n = bucketName();
      const b1 = await h.store.bucket(n, { ttlMs: 60_000 });
      const rev = await b1.put("k", v("1"));
      const b2 = await h.store.bucket(n, { ttlMs: 60_000 });
      expect((await b2.get("k"))?.revision).toBe(rev);
      await expect(h.store.bucket(n, { ttlMs: 120_000 })).rejects.toBeInstanceOf(KvBucketConfigError);
      await expect(h.store.bucket(n)).rejects.toBeInstanceOf(KvBucketConfigError);
      await expect(h.store.bucket("bad.name")).rejects.toBeInstanceOf(KvBucketConfigError);
      for (const ttlMs of [-1, 50, 1.5])
        await expect(h.store.bucket(bucketName(), { ttlMs })).rejects.toBeInstanceOf(KvBucketConfigError);
    });

    it("rejects bad keys and patterns in every operation", async () => {
      for (const key of ["", "a b", ".a", "a.", "a..b", "ä", "a*", "a.>", "k".repeat(1025)]) {
        await expect(kv.put(key, v("x"))).rejects.toBeInstanceOf(KvKeyError);
        await expect(kv.get(key)).rejects.toBeInstanceOf(KvKeyError);
        await expect(kv.create(key, v("x"))).rejects.toBeInstanceOf(KvKeyError);
        await expect(kv.update(key, v("x"), 1)).rejects.toBeInstanceOf(KvKeyError);
        await expect(kv.delete(key)).rejects.toBeInstanceOf(KvKeyError);
      }
      for (const pattern of ["", "a.>.b", "a..b", "a b.*"]) {
        await expect(kv.keys(pattern)).rejects.toBeInstanceOf(KvKeyError);
        await expect(kv.watch({ pattern }, () => {})).rejects.toBeInstanceOf(KvKeyError);
      }
      await expect(kv.put("k".repeat(1024), v("x"))).resolves.toBeGreaterThan(0);
      await expect(kv.put("a-b/c_d=e.F9", v("x"))).resolves.toBeGreaterThan(0);
    });

    it("refuses a value over the size limit", async () => {
      await expect(kv.put("big", new Uint8Array(1024 * 1024 + 1))).rejects.toBeInstanceOf(KvValueTooLargeError);
      await expect(kv.create("big", new Uint8Array(1024 * 1024 + 1))).rejects.toBeInstanceOf(KvValueTooLargeError);
      expect(await kv.get("big")).toBeUndefined();
      await expect(kv.put("big", new Uint8Array(64 * 1024))).resolves.toBeGreaterThan(0);
    });

    it("refuses every call after close", async () => {
      const events: KvWatchEvent[] = [];
      await kv.watch({}, (e) => events.push(e));
      await h.store.close();
      await expect(kv.put("k", v("1"))).rejects.toBeInstanceOf(KvClosedError);
      await expect(kv.get("k")).rejects.toBeInstanceOf(KvClosedError);
      await expect(kv.keys()).rejects.toBeInstanceOf(KvClosedError);
      await expect(kv.watch({}, () => {})).rejects.toBeInstanceOf(KvClosedError);
      await expect(h.store.bucket(bucketName())).rejects.toBeInstanceOf(KvClosedError);
      await expect(h.store.close()).resolves.toBeUndefined();
      expect(events).toEqual([]);
    });
  });
}
