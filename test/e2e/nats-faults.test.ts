import { jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import type { BotClient } from "@zonebus/protocol";
import { type NatsClusterHandle, type ServiceProcess, startNatsCluster } from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FlyingBots } from "../support/flying-bots.js";
import { type StandbyZone, startStandbyZone } from "../support/standby-zone.js";
import { loginWhenServed, metric, probeLogins } from "../support/zone-probes.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("NATS faults: a 3-node cluster, store buckets with 3 replicas", () => {
  let cluster: NatsClusterHandle;
  let zoneProcs: StandbyZone | undefined;
  let masterA: ServiceProcess;
  let masterB: ServiceProcess;
  let gateway: ServiceProcess;
  let port: number;
  let fleet: FlyingBots | undefined;
  const extra: BotClient[] = [];
  const zone = `faults${Date.now()}`;

  beforeAll(async () => {
    cluster = await startNatsCluster(3);
    await cluster.waitHealthy();
    zoneProcs = await startStandbyZone({ NATS_URL: cluster.servers.join(","), ZONE_ID: zone, KV_REPLICAS: "3" });
    ({ masterA, masterB, gateway, port } = zoneProcs);
  });
  /** Bucket names (without the zone prefix) by the node leading their stream. */
  const streamLeaders = async (): Promise<Map<string, string[]>> => {
    const nc = await connect({ servers: cluster.servers });
    try {
      const jsm = await jetstreamManager(nc);
      const out = new Map<string, string[]>();
      for (const bucket of ["players", "master-lease", "arena-owners", "replicas"]) {
        const leader = (await jsm.streams.info(`KV_zb-${zone}-${bucket}`)).cluster?.leader ?? "?";
        out.set(leader, [...(out.get(leader) ?? []), bucket]);
      }
      return out;
    } finally {
      await nc.close();
    }
  };

  afterAll(async () => {
    await fleet?.stop();
    for (const b of extra) await b.disconnect().catch(() => undefined);
    await zoneProcs?.stop();
    await cluster?.stop();
  });

  it("killing the node the gateway is on disconnects no bot; positions and logins go on", async () => {
    fleet = await FlyingBots.start(port, ["alpha", "bravo", "charlie", "delta"]);
    await expect.poll(() => fleet!.allSeeing(), { timeout: 10_000 }).toBe(true);
    const victim = await cluster.nodeOf("gateway gw-1");
    expect(victim).toBeDefined();
    const led = await streamLeaders();

    fleet.measure();
    await sleep(500);
    await victim!.kill();
    const killedAt = performance.now();
    await expect.poll(() => fleet!.allSeeing(killedAt), { timeout: 10_000, interval: 20 }).toBe(true);
    const positionsBackMs = Math.round(performance.now() - killedAt);
    const logins = await probeLogins(port, "echo", killedAt, 12_000);
    const gap = fleet.largestGap();
    console.log(
      `NATS node killed (${victim!.name}, leading ${led.get(victim!.name)?.join(", ") || "no bucket"}): ` +
        `positions to every bot again after ${positionsBackMs} ms, largest position gap ${gap.gapMs} ms (${gap.pair}); ` +
        `logins: ${logins.successes}/${logins.attempts}, longest without one ${logins.longestOutageMs} ms`,
    );
    expect(fleet.disconnected()).toEqual([]);
    expect(gap.gapMs).toBeLessThan(5_000);
    expect(logins.lastOk).toBe(true);
    expect(logins.longestOutageMs).toBeLessThan(20_000);
    // The gateway moved to another node on its own; the arena replica is connected too.
    await expect.poll(() => gateway.output()).toContain('"status":"reconnected"');
    const now = await cluster.nodeOf("gateway gw-1");
    expect(now?.running).toBe(true);
    expect(now).not.toBe(victim);
    expect((await cluster.nodeOf("arena arena-1"))?.running).toBe(true);
  });

  it("killing the leader of the master lease's stream: logins pause for the election, players fly on", async () => {
    for (const n of cluster.nodes) if (!n.running) await n.restart();
    await cluster.waitHealthy();
    const led = await streamLeaders();
    const victim = cluster.nodes.find((n) => led.get(n.name)?.includes("master-lease"));
    expect(victim).toBeDefined();

    fleet!.measure();
    await sleep(500);
    await victim!.kill();
    const killedAt = performance.now();
    const logins = await probeLogins(port, "golf", killedAt, 12_000);
    const gap = fleet!.largestGap();
    console.log(
      `NATS node killed (${victim!.name}, leading ${led.get(victim!.name)?.join(", ")}): ` +
        `largest position gap ${gap.gapMs} ms (${gap.pair}); ` +
        `logins: ${logins.successes}/${logins.attempts}, longest without one ${logins.longestOutageMs} ms`,
    );
    expect(fleet!.disconnected()).toEqual([]);
    expect(gap.gapMs).toBeLessThan(5_000);
    expect(logins.lastOk).toBe(true);
    expect(logins.longestOutageMs).toBeLessThan(20_000);
  });

  it("the directory lives on in the replicated bucket: a standby loads it with a node down", async () => {
    const active = (await metric(masterA, "zb_master_active")) === 1 ? masterA : masterB;
    const standby = active === masterA ? masterB : masterA;
    await active.kill();
    extra.push(await loginWhenServed(port, "hotel", performance.now() + 15_000));
    expect(await metric(standby, "zb_master_active")).toBe(1);
    // At least everyone still here (a login that timed out at the gateway may leave a record).
    expect(await metric(standby, "zb_master_players")).toBeGreaterThanOrEqual(fleet!.bots.length + extra.length);
    // It knows an old player and its gateway: the player moves to another arena through it.
    const entry = await fleet!.bots[0]!.enterArena({ arenaType: -3, arenaName: "after" });
    expect(entry.pid).toBe(fleet!.bots[0]!.pid);
  });
});
