import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FileStore } from "@zonebus/store";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GatewayWatch } from "./gateway-watch.js";

describe("the master's gateway watch", () => {
  let dir: string;
  let now: number;
  let store: FileStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "zb-gwwatch-"));
    now = 1_800_000_000_000;
    store = await FileStore.open({ dir, now: () => now });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("reports a gateway once when its heartbeat expires, and never one it did not see", async () => {
    const bucket = await store.bucket("gateways", { ttlMs: 6_000 });
    const gone: string[] = [];
    const watch = new GatewayWatch(bucket, pino({ level: "silent" }), {
      onGone: async (id) => {
        gone.push(id);
      },
    });
    await bucket.put("gw-a", new Uint8Array([1]));
    await watch.sweep();
    now += 4_000;
    await bucket.put("gw-b", new Uint8Array([1]));
    await watch.sweep();
    expect(gone).toEqual([]);
    now += 3_000; // gw-a's last heartbeat is 7 s old: expired; gw-b's is 3 s old.
    await watch.sweep();
    await watch.sweep();
    expect(gone).toEqual(["gw-a"]);
  });

  it("keeps the players of a gateway whose heartbeat lapsed while it still answers, and judges it again", async () => {
    const bucket = await store.bucket("gateways", { ttlMs: 6_000 });
    const gone: string[] = [];
    let answering = true;
    const watch = new GatewayWatch(bucket, pino({ level: "silent" }), {
      onGone: async (id) => {
        gone.push(id);
      },
      answers: async () => answering,
    });
    await bucket.put("gw-a", new Uint8Array([1]));
    await watch.sweep();
    now += 7_000; // the heartbeat lapsed (a store outage), but the gateway still serves its players
    await watch.sweep();
    expect(gone).toEqual([]);
    answering = false; // now it is really gone
    await watch.sweep();
    expect(gone).toEqual(["gw-a"]);
  });

  it("stops only once a check under way has logged its gateway's players out", async () => {
    const bucket = await store.bucket("gateways", { ttlMs: 6_000 });
    const events: string[] = [];
    let entered = () => {};
    let release = () => {};
    const inLogout = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const watch = new GatewayWatch(bucket, pino({ level: "silent" }), {
      onGone: async (id) => {
        entered();
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        events.push(`logged out ${id}`);
      },
    });
    await bucket.put("gw-a", new Uint8Array([1]));
    await watch.sweep();
    await bucket.delete("gw-a");
    const pass = watch.sweep();
    await inLogout;
    const stopped = watch.stop().then(() => events.push("stopped"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await Promise.all([pass, stopped]);
    expect(events).toEqual(["logged out gw-a", "stopped"]);
  });
});
