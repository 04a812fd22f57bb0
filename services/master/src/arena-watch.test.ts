import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { LocalBus, subjectToken } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import { FileStore, type KvBucket } from "@zonebus/store";
import { zoneSubjects } from "@zonebus/subjects";
import { pino } from "pino";
import { Registry } from "prom-client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ArenaWatch } from "./arena-watch.js";
import { PlayerDirectory } from "./directory.js";
import { ArenaPlacement } from "./placement.js";

const subjects = zoneSubjects("watch");
const logger = pino({ level: "silent" });

describe("arena lease watch", () => {
  let dir: string;
  let store: FileStore;
  let bus: LocalBus;
  let owners: KvBucket;
  let replicas: KvBucket;
  let directory: PlayerDirectory;
  let metrics: Registry;
  let watch: ArenaWatch;
  let announced: string[];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "zb-watch-"));
    store = await FileStore.open({ dir });
    bus = new LocalBus();
    owners = await store.bucket(subjects.buckets.arenaOwners, { ttlMs: 3_000 });
    replicas = await store.bucket(subjects.buckets.replicas, { ttlMs: 3_000 });
    directory = new PlayerDirectory(await store.bucket(subjects.buckets.players));
    const info = zonebus.PlayerInfo.create({ pid: 7, name: "alpha", gateway: "gw" });
    await directory.put(zonebus.PlayerRecord.create({ info, arena: "duel" }));
    metrics = new Registry();
    const placement = new ArenaPlacement({ bus, owners, replicas, subjects, attachTimeoutMs: 200, logger });
    watch = new ArenaWatch({ bus, subjects, owners, placement, directory, logger, leaseMs: 3_000, metrics });
    announced = [];
    bus.subscribe(subjects.arenaOwner, (m) => {
      const o = zonebus.ArenaOwner.decode(m.data);
      announced.push(`${o.arena}:${o.owner}`);
    });
  });
  afterEach(async () => {
    await bus.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const orphans = async () => (await metrics.getSingleMetricAsString("zb_arena_orphaned_total")).split("\n").at(-1);

  it("leaves alone an arena it never saw leased (a directory left from a stopped zone)", async () => {
    await watch.check();
    await watch.check();
    await sleep(5);
    expect(announced).toEqual([]);
    expect(await orphans()).toMatch(/ 0$/);
    expect(watch.playersToRestore("duel")).toEqual([]);
  });

  it("fails over an arena whose lease vanished, holding its input, with the directory's players", async () => {
    await replicas.put("spare", zonebus.ReplicaStatus.encode({ id: "spare" }).finish());
    const lease = zonebus.ArenaLease.encode({ arena: "duel", owner: "gone" }).finish();
    await owners.create(subjectToken("duel"), lease);
    await watch.check();
    expect(watch.playersToRestore("duel").map((p) => p.name)).toEqual(["alpha"]);
    await owners.delete(subjectToken("duel"));
    await watch.check();
    await watch.check();
    await sleep(5);
    // Announced and counted once, though no replica can take it yet.
    expect(announced).toEqual(["duel:"]);
    expect(await orphans()).toMatch(/ 1$/);
    expect(watch.playersToRestore("duel").map((p) => p.pid)).toEqual([7]);
  });

  it("holds no input when no replica beats at all (the store, not a replica, most likely failed)", async () => {
    await owners.create(subjectToken("duel"), zonebus.ArenaLease.encode({ arena: "duel", owner: "r1" }).finish());
    await watch.check();
    await owners.delete(subjectToken("duel"));
    await watch.check();
    await sleep(5);
    expect(await orphans()).toMatch(/ 1$/);
    expect(announced).toEqual([]);
  });

  it("once stopped (its master lost the lease), a pass under way neither holds nor places", async () => {
    await replicas.put("spare", zonebus.ReplicaStatus.encode({ id: "spare" }).finish());
    await owners.create(subjectToken("duel"), zonebus.ArenaLease.encode({ arena: "duel", owner: "gone" }).finish());
    await watch.check();
    await owners.delete(subjectToken("duel"));
    const pass = watch.check();
    await watch.stop();
    await pass;
    await sleep(5);
    expect(announced).toEqual([]);
    expect(await orphans()).toMatch(/ 0$/);
  });

  it("does not take a lease a drain released for a crash", async () => {
    const released = zonebus.ArenaLease.encode({ arena: "duel", owner: "" }).finish();
    await owners.create(subjectToken("duel"), released);
    await watch.check();
    await watch.check();
    await sleep(5);
    expect(announced).toEqual([]);
  });
});
