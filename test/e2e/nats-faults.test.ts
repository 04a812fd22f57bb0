import type { BotClient } from "@zonebus/protocol";
import {
  freePort,
  type NatsClusterHandle,
  type ServiceProcess,
  startNatsCluster,
  startServiceProcess,
} from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FlyingBots } from "../support/flying-bots.js";
import { loginWhenServed, metric } from "../support/zone-probes.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("NATS faults: a 3-node cluster, store buckets with 3 replicas", () => {
  let cluster: NatsClusterHandle;
  const procs: ServiceProcess[] = [];
  let masterA: ServiceProcess;
  let masterB: ServiceProcess;
  let gateway: ServiceProcess;
  let port: number;
  let fleet: FlyingBots | undefined;
  const extra: BotClient[] = [];

  beforeAll(async () => {
    cluster = await startNatsCluster(3);
    await cluster.waitHealthy();
    const env = { NATS_URL: cluster.servers.join(","), ZONE_ID: `faults${Date.now()}`, KV_REPLICAS: "3" };
    masterA = await startServiceProcess({ service: "master", env, args: ["--master-id", "master-a"] });
    masterB = await startServiceProcess({ service: "master", env, args: ["--master-id", "master-b"] });
    procs.push(masterA, masterB);
    procs.push(await startServiceProcess({ service: "arena", env, args: ["--replica-id", "arena-1"] }));
    port = await freePort();
    gateway = await startServiceProcess({
      service: "gateway",
      env,
      args: ["--port", String(port), "--host", "127.0.0.1", "--gateway-id", "gw-1"],
    });
    procs.push(gateway);
  });
  afterAll(async () => {
    await fleet?.stop();
    for (const b of extra) await b.disconnect().catch(() => undefined);
    for (const p of procs.reverse()) await p.stop();
    await cluster?.stop();
  });

  it("killing the node the gateway is on disconnects no bot; logins go on and the directory survives", async () => {
    fleet = await FlyingBots.start(port, ["alpha", "bravo", "charlie", "delta"]);
    await expect.poll(() => fleet!.allSeeing(), { timeout: 10_000 }).toBe(true);
    const victim = await cluster.nodeOf("gateway gw-1");
    expect(victim).toBeDefined();

    fleet.measure();
    await sleep(500);
    await victim!.kill();
    const killedAt = performance.now();
    await expect.poll(() => fleet!.allSeeing(killedAt), { timeout: 10_000, interval: 20 }).toBe(true);
    const positionsBackMs = Math.round(performance.now() - killedAt);
    const fresh = await loginWhenServed(port, "echo", killedAt + 10_000);
    extra.push(fresh);
    const loginMs = Math.round(performance.now() - killedAt);
    await sleep(1_000);
    const gap = fleet.largestGap();
    console.log(
      `NATS node killed (${victim!.name}): positions to every bot again after ${positionsBackMs} ms, ` +
        `a new login after ${loginMs} ms, largest position gap ${gap.gapMs} ms (${gap.pair})`,
    );
    expect(fleet.disconnected()).toEqual([]);
    expect(gap.gapMs).toBeLessThan(5_000);
    // The gateway moved to another node on its own.
    expect(gateway.output()).toContain('"status":"reconnected"');
    expect(await cluster.nodeOf("gateway gw-1")).not.toBe(victim);

    // The directory lives on in the replicated bucket: a standby that loads it with a node still
    // down knows every player, so an old player can move to another arena through it.
    await masterA.kill();
    const moved = await loginWhenServed(port, "foxtrot", performance.now() + 10_000);
    extra.push(moved);
    expect(await metric(masterB, "zb_master_active")).toBe(1);
    expect(await metric(masterB, "zb_master_players")).toBe(6);
    const entry = await fleet.bots[0]!.enterArena({ arenaType: -3, arenaName: "after" });
    expect(entry.pid).toBe(fleet.bots[0]!.pid);
  });
});
