import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "@nats-io/transport-node";
import { zonebus } from "@zonebus/proto";
import { FileStore, JetStreamStore, type Store } from "@zonebus/store";
import { pino } from "pino";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { type LeaderRole, LeadershipErrorCode, LeaseState, MASTER_LEASE_KEY, MasterLeadership } from "./leadership.js";

const TTL = 900;
const logger = pino({ level: "silent" });

/** A role that records when it served, on the test's one clock. */
class ServingLog implements LeaderRole {
  readonly spans: { from: number; to?: number }[] = [];
  async start(): Promise<void> {
    this.spans.push({ from: performance.now() });
  }
  async stop(): Promise<void> {
    const last = this.spans.at(-1);
    if (last && last.to === undefined) last.to = performance.now();
  }
  get serving(): boolean {
    return this.spans.at(-1)?.to === undefined && this.spans.length > 0;
  }
}

interface Rig {
  /** A store for one instance; instances of a JetStream rig have connections of their own. */
  store(): Promise<Store>;
  /** Cuts one instance's store off (its connection closes), as a crash or partition would. */
  cut?(store: Store): Promise<void>;
  close(): Promise<void>;
}

async function jetStreamRig(): Promise<Rig> {
  const conns = new Map<Store, Awaited<ReturnType<typeof connect>>>();
  return {
    async store() {
      const nc = await connect({ servers: inject("natsUrl") });
      const s = await JetStreamStore.open(nc, { retryDelaysMs: [] });
      conns.set(s, nc);
      return s;
    },
    async cut(store) {
      await conns.get(store)?.close();
    },
    async close() {
      for (const nc of conns.values()) await nc.close();
    },
  };
}

async function fileRig(): Promise<Rig> {
  const dir = mkdtempSync(join(tmpdir(), "zb-lease-"));
  const store = await FileStore.open({ dir, sync: false });
  return {
    store: async () => store,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const running: MasterLeadership[] = [];
let rig: Rig | undefined;
afterEach(async () => {
  for (const l of running.splice(0)) await l.stop();
  await rig?.close();
  rig = undefined;
});

async function instance(r: Rig, bucket: string, owner: string) {
  const store = await r.store();
  const role = new ServingLog();
  const leadership = new MasterLeadership({ store, bucket, ttlMs: TTL, owner, role, logger });
  running.push(leadership);
  await leadership.start();
  return { store, role, leadership };
}

describe.each([
  ["JetStream KV", jetStreamRig],
  ["the file store", fileRig],
] as const)("master lease on %s", (_, makeRig) => {
  it("lets one of two instances serve, and hands over at once when it stops", async () => {
    rig = await makeRig();
    const bucket = `lease-${Date.now()}`;
    const a = await instance(rig, bucket, "a");
    const b = await instance(rig, bucket, "b");
    expect([a.leadership.state, b.leadership.state]).toEqual([LeaseState.Active, LeaseState.Standby]);
    expect([a.role.serving, b.role.serving]).toEqual([true, false]);

    await a.leadership.stop();
    await vi.waitFor(() => expect(b.role.serving).toBe(true), { timeout: 2_000, interval: 20 });
    // Released, not expired: the standby took over within a few polls, well inside the lease time.
    const gap = b.role.spans[0]!.from - a.role.spans[0]!.to!;
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(TTL);
  });

  it("takes back at once a lease that still names it (a renewal that landed after it stepped down)", async () => {
    rig = await makeRig();
    const bucket = `lease-${Date.now()}`;
    const lease = await (await rig.store()).bucket(bucket, { ttlMs: TTL });
    await lease.put(MASTER_LEASE_KEY, zonebus.MasterLease.encode({ owner: "a" }).finish());
    const other = await instance(rig, bucket, "b");
    const a = await instance(rig, bucket, "a");
    expect([a.leadership.state, other.leadership.state]).toEqual([LeaseState.Active, LeaseState.Standby]);
    expect(a.role.serving).toBe(true);
  });

  it("steps down at once when a renewal finds another owner's lease", async () => {
    rig = await makeRig();
    const bucket = `lease-${Date.now()}`;
    const a = await instance(rig, bucket, "a");
    const lease = await a.store.bucket(bucket, { ttlMs: TTL });
    await lease.put(MASTER_LEASE_KEY, zonebus.MasterLease.encode({ owner: "intruder" }).finish());
    await vi.waitFor(() => expect(a.role.serving).toBe(false), { timeout: TTL, interval: 20 });
    expect(a.leadership.state).toBe(LeaseState.Standby);
    expect(a.leadership.counts).toEqual({ acquired: 1, lost: 1 });
  });
});

it("a holder cut off from the store stops serving before a standby can start", async () => {
  rig = await jetStreamRig();
  const bucket = `lease-${Date.now()}`;
  const a = await instance(rig, bucket, "a");
  const b = await instance(rig, bucket, "b");
  await rig.cut!(a.store);
  await vi.waitFor(() => expect(b.role.serving).toBe(true), { timeout: 3 * TTL, interval: 20 });
  const stoppedAt = a.role.spans[0]!.to;
  expect(stoppedAt).toBeDefined();
  // Never two serving at once: the old holder was down before the new one began.
  expect(b.role.spans[0]!.from).toBeGreaterThan(stoppedAt!);
});

it("refuses a lease time too short to renew", () => {
  const make = () =>
    new MasterLeadership({
      store: {} as Store,
      bucket: "x",
      ttlMs: 100,
      owner: "a",
      role: new ServingLog(),
      logger,
    });
  expect(make).toThrow(expect.objectContaining({ code: LeadershipErrorCode.BadTtl }));
});
