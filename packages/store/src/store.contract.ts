import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KvBucketConfigError, KvExistsError, KvKeyError, KvRevisionError } from "./errors.js";
import type { KvBucket, KvWatchEvent, Store } from "./store.js";

const v = (s: string) => new TextEncoder().encode(s);
const s = (b: Uint8Array) => new TextDecoder().decode(b);

export interface StoreHarness {
  store: Store;
  /** Lets bucket TTLs pass: advances a fake clock, or waits for real. */
  elapse(ms: number): Promise<void>;
  /** Shortest TTL the implementation honours. */
  ttlMs: number;
  close(): Promise<void>;
}

/** One behaviour suite for every Store implementation. */
export function storeContract(name: string, make: () => Promise<StoreHarness>): void {
  describe(`Store contract: ${name}`, () => {
    let h: StoreHarness;
    let kv: KvBucket;
    const bucketName = () => `b${Math.random().toString(36).slice(2, 10)}`;
    beforeEach(async () => {
      h = await make();
      kv = await h.store.bucket(bucketName());
    });
    afterEach(() => h.close());

    it("puts and gets with rising revisions", async () => {
      const r1 = await kv.put("a", v("1"));
      const r2 = await kv.put("a", v("2"));
      expect(r2).toBeGreaterThan(r1);
      const e = await kv.get("a");
      expect(e && s(e.value)).toBe("2");
      expect(e?.revision).toBe(r2);
      expect(await kv.get("missing")).toBeUndefined();
    });

    it("lets exactly one of two racing creates win", async () => {
      const results = await Promise.allSettled([kv.create("lease", v("x")), kv.create("lease", v("y"))]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(lost.reason).toBeInstanceOf(KvExistsError);
    });

    it("compare-and-sets on revision", async () => {
      const r1 = await kv.create("k", v("1"));
      const r2 = await kv.update("k", v("2"), r1);
      await expect(kv.update("k", v("3"), r1)).rejects.toBeInstanceOf(KvRevisionError);
      expect(s((await kv.get("k"))!.value)).toBe("2");
      expect(r2).toBeGreaterThan(r1);
    });

    it("deletes conditionally and lets the key be created again", async () => {
      const r1 = await kv.put("d", v("1"));
      await expect(kv.delete("d", { expectedRevision: r1 + 100 })).rejects.toBeInstanceOf(KvRevisionError);
      await kv.delete("d", { expectedRevision: r1 });
      expect(await kv.get("d")).toBeUndefined();
      await expect(kv.create("d", v("again"))).resolves.toBeGreaterThan(r1);
    });

    it("lists keys by pattern", async () => {
      for (const k of ["p.1", "p.2", "p.x.y", "q.1"]) await kv.put(k, v(k));
      await kv.delete("p.2");
      expect((await kv.keys("p.*")).sort()).toEqual(["p.1"]);
      expect((await kv.keys("p.>")).sort()).toEqual(["p.1", "p.x.y"]);
      expect((await kv.keys()).sort()).toEqual(["p.1", "p.x.y", "q.1"]);
    });

    it("watches puts and deletes in order, after the current values when asked", async () => {
      await kv.put("w.old", v("0"));
      const events: KvWatchEvent[] = [];
      const w = await kv.watch({ pattern: "w.>", includeCurrent: true }, (e) => events.push(e));
      await kv.put("w.a", v("1"));
      await kv.delete("w.a");
      await kv.put("other", v("x"));
      await new Promise((r) => setTimeout(r, 300));
      w.stop();
      await kv.put("w.after", v("2"));
      await new Promise((r) => setTimeout(r, 200));
      expect(events.map((e) => `${e.op}:${e.key}`)).toEqual(["put:w.old", "put:w.a", "delete:w.a"]);
    });

    it("expires entries a TTL after their last write", async () => {
      const b = await h.store.bucket(bucketName(), { ttlMs: h.ttlMs });
      await b.put("lease", v("1"));
      await h.elapse(h.ttlMs / 2);
      await b.put("lease", v("2"));
      await h.elapse(h.ttlMs * 0.75);
      expect(await b.get("lease")).toBeDefined();
      await h.elapse(h.ttlMs * 1.5);
      expect(await b.get("lease")).toBeUndefined();
      expect(await b.keys()).toEqual([]);
    });

    it("refuses a bucket reopened with another TTL", async () => {
      const n = bucketName();
      await h.store.bucket(n, { ttlMs: h.ttlMs });
      await expect(h.store.bucket(n, { ttlMs: h.ttlMs * 2 })).rejects.toBeInstanceOf(KvBucketConfigError);
    });

    it("rejects bad keys", async () => {
      for (const key of ["", "a b", ".a", "a.", "ä", "a*"])
        await expect(kv.put(key, v("x"))).rejects.toBeInstanceOf(KvKeyError);
    });
  });
}
