import type { BotClient } from "@zonebus/protocol";
import type { ServiceProcess } from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { FlyingBots } from "../support/flying-bots.js";
import { type StandbyZone, startStandbyZone } from "../support/standby-zone.js";
import { loginWhenServed, metric } from "../support/zone-probes.js";

const LEASE_MS = 3_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("standby master", () => {
  let zone: StandbyZone | undefined;
  let masterA: ServiceProcess;
  let masterB: ServiceProcess;
  let port: number;
  let fleet: FlyingBots | undefined;
  const extra: BotClient[] = [];

  beforeAll(async () => {
    zone = await startStandbyZone({ NATS_URL: inject("natsUrl"), ZONE_ID: `standby${Date.now()}` }, [
      "--lease-ttl",
      `${LEASE_MS}ms`,
    ]);
    ({ masterA, masterB, port } = zone);
  });
  afterAll(async () => {
    await fleet?.stop();
    for (const b of extra) await b.disconnect().catch(() => undefined);
    await zone?.stop();
  });

  it("kill -9 of the active master: bots keep flying and a new login succeeds within the lease time", async () => {
    expect([await metric(masterA, "zb_master_active"), await metric(masterB, "zb_master_active")]).toEqual([1, 0]);
    fleet = await FlyingBots.start(port, ["alpha", "bravo", "charlie", "delta"]);
    const pids = new Set(fleet.bots.map((b) => b.pid));
    await expect.poll(() => fleet!.allSeeing(), { timeout: 10_000 }).toBe(true);

    fleet.measure();
    await sleep(500);
    await masterA.kill();
    const killedAt = performance.now();
    const fresh = await loginWhenServed(port, "echo", killedAt + LEASE_MS + 3_000);
    extra.push(fresh);
    const takeoverMs = Math.round(performance.now() - killedAt);
    await sleep(1_000);
    const gap = fleet.largestGap();
    console.log(
      `standby master: login served again ${takeoverMs} ms after kill -9; largest position gap ${gap.gapMs} ms`,
    );

    expect(fleet.disconnected()).toEqual([]);
    expect(gap.gapMs).toBeLessThan(1_000);
    expect(takeoverMs).toBeLessThan(LEASE_MS + 1_500);
    expect(await metric(masterB, "zb_master_active")).toBe(1);
    // The new master loaded the directory: it knows the old players' pids and their gateway.
    expect(pids.has(fresh.pid)).toBe(false);
    const moved = await fleet.bots[0]!.enterArena({ arenaType: -3, arenaName: "after" });
    expect(moved.pid).toBe(fleet.bots[0]!.pid);
    await expect.poll(() => masterB.output()).toContain("master lease taken");
  });
});
