import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { zonebus } from "@zonebus/proto";
import { FileStore, type KvBucket } from "@zonebus/store";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enqueueLeave, LeaveQueue, leaveKey } from "./leave-queue.js";

describe("the durable leave queue", () => {
  let dir: string;
  let store: FileStore;
  let bucket: KvBucket;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "zb-leave-queue-"));
    store = await FileStore.open({ dir, sync: false });
    bucket = await store.bucket("leaves");
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("keys sort in write order, also within one millisecond", () => {
    const keys = [leaveKey(1_000), leaveKey(1_000), leaveKey(999_999), leaveKey(1_000_000_000_000)];
    expect([...keys].sort()).toEqual(keys);
  });

  it("sends every leave in order and deletes each once sent", async () => {
    for (let pid = 0; pid < 20; pid++) await enqueueLeave(bucket, { pid, name: `p${pid}` });
    const sent: number[] = [];
    const queue = new LeaveQueue(bucket, {
      send: async (l) => {
        sent.push(l.pid);
      },
      dropped: () => undefined,
      depth: () => undefined,
    });
    await queue.drain();
    expect(sent).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(await bucket.keys()).toEqual([]);
  });

  it("a failed send stops the pass and keeps that leave and the rest for the next, none doubled", async () => {
    for (let pid = 0; pid < 5; pid++) await enqueueLeave(bucket, { pid, name: `p${pid}` });
    const sent: number[] = [];
    let up = false;
    const depths: number[] = [];
    const queue = new LeaveQueue(bucket, {
      send: async (l) => {
        if (!up && l.pid === 2) throw new Error("biller gone");
        sent.push(l.pid);
      },
      dropped: () => undefined,
      depth: (n) => depths.push(n),
    });
    await expect(queue.drain()).rejects.toThrow("biller gone");
    expect(sent).toEqual([0, 1]);
    expect(depths.at(-1)).toBe(3);
    up = true;
    await queue.drain();
    expect(sent).toEqual([0, 1, 2, 3, 4]);
    expect(depths.at(-1)).toBe(0);
  });

  it("drops an undecodable entry (counted) and goes on; waits for leaves younger than minAgeMs", async () => {
    await bucket.put(leaveKey(Date.now() - 120_000), new Uint8Array([0xff, 0xff, 0xff]));
    await enqueueLeave(bucket, { pid: 7, name: "seven" });
    const dropped: string[] = [];
    const sent: zonebus.BillerQueuedLeave[] = [];
    const hooks = {
      send: async (l: zonebus.BillerQueuedLeave) => {
        sent.push(l);
      },
      dropped: (r: string) => dropped.push(r),
      depth: () => undefined,
    };
    await new LeaveQueue(bucket, { ...hooks, minAgeMs: 60_000 }).drain();
    expect(dropped).toEqual(["undecodable"]);
    expect(sent).toEqual([]);
    await new LeaveQueue(bucket, hooks).drain();
    expect(sent.map((l) => l.pid)).toEqual([7]);
  });
});
