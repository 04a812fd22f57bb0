import { zonebus } from "@zonebus/proto";
import { connectDistributed, type Infrastructure } from "@zonebus/runtime";
import { zoneSubjects } from "@zonebus/subjects";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ArenaRebalancer, type RebalanceSources } from "./rebalancer.js";

const subjects = zoneSubjects(`rebal${Date.now()}`);
const status = (id: string, draining = false) =>
  zonebus.ReplicaStatus.create({ id, draining, arenas: 0, players: 0, cpu: 0, labels: [] });

/** Replica "a" holds four arenas of 3 players, "b" none; `owner` and `draining` override. */
function sources(opts: { owner?: string; draining?: boolean } = {}): RebalanceSources {
  return {
    liveReplicas: async () => [status("a"), status("b", opts.draining)],
    arenaPopulation: () => new Map(["w", "x", "y", "z"].map((a) => [a, 3])),
    owner: async (arena) => (arena === "x" && opts.owner !== undefined ? opts.owner : "a"),
  };
}

describe("the rebalancer asks a replica over the bus to move one arena", () => {
  let infra: Infrastructure;
  const asked: zonebus.MoveArena[] = [];

  beforeAll(async () => {
    infra = await connectDistributed({ natsUrl: inject("natsUrl") }, "rebalancer-test");
    infra.bus.subscribe(subjects.replicaMove("a"), (m) => {
      asked.push(zonebus.MoveArena.decode(m.data));
      m.respond(zonebus.MoveReply.encode({ ok: true, owner: "b" }).finish());
    });
  });
  afterAll(() => infra.close());

  const rebalancer = (s: RebalanceSources) =>
    new ArenaRebalancer({
      bus: infra.bus,
      subjects,
      sources: s,
      policy: { playerThreshold: 20, arenaThreshold: 1, cooldownMs: 60_000, warmupMs: 0 },
      intervalMs: 1_000,
      moveTimeoutMs: 2_000,
      logger: pino({ level: "silent" }),
    });

  it("moves nothing while a handover (a released lease), a failover (no lease) or a drain is under way", async () => {
    for (const s of [sources({ owner: "" }), sources({ owner: "gone" }), sources({ draining: true })]) {
      const r = rebalancer(s);
      r.start();
      await r.check();
      await r.stop();
    }
    expect(asked).toEqual([]);
  });

  it("moves one arena per pass, to the least busy replica, and never the same arena twice in the cool-down", async () => {
    const r = rebalancer(sources());
    r.start();
    await r.check();
    expect(asked.map((m) => [m.arena, m.to])).toEqual([["w", "b"]]);
    // The sources still show a unbalanced (the fake moved nothing): the next pass picks another arena.
    await r.check();
    await r.stop();
    expect(asked.map((m) => m.arena)).toEqual(["w", "x"]);
  });
});
