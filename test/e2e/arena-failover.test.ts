import { setTimeout as sleep } from "node:timers/promises";
import { BotClient, circlePath, S2CType } from "@zonebus/protocol";
import {
  freeUdpPortPair,
  type NatsClusterHandle,
  type ServiceProcess,
  startNatsCluster,
  startServiceProcess,
} from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ARENAS = ["fa", "fb", "fc", "fd"];
const BOTS_PER_ARENA = 5;
const KILL_BOUNTY = 10;

interface Player {
  bot: BotClient;
  arena: string;
  pid: number;
  /** Per sender pid: local receipt times of its relayed positions. */
  seen: Map<number, number[]>;
}

/** JSON log lines of a process with message `msg`. */
function logLines(proc: ServiceProcess, msg: string): Record<string, unknown>[] {
  return proc
    .output()
    .split("\n")
    .filter((l) => l.includes(`"msg":"${msg}"`))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** "arena placed" lines of the master's log. */
function placements(master: ServiceProcess): { arena: string; replica: string; reason: string }[] {
  return logLines(master, "arena placed") as { arena: string; replica: string; reason: string }[];
}

/** Current owner of each arena by the master's last placement line. */
function owners(master: ServiceProcess): Map<string, string> {
  return new Map(placements(master).map((p) => [p.arena, p.replica]));
}

async function until(what: string, cond: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!cond()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/**
 * Longest time without a relayed position, over every (receiver, sender) pair of an arena,
 * across the interval [from, to]; the pairs' median beside it.
 */
function positionGaps(players: Player[], from: number, to: number): { max: number; median: number } {
  const gaps: number[] = [];
  for (const p of players) {
    for (const q of players) {
      if (q === p || q.arena !== p.arena) continue;
      const times = (p.seen.get(q.pid) ?? []).filter((t) => t >= from - 1_000 && t <= to);
      let worst = 0;
      let last = from;
      for (const t of times) {
        if (t >= from) worst = Math.max(worst, t - last);
        last = t;
      }
      worst = Math.max(worst, to - last);
      gaps.push(worst);
    }
  }
  gaps.sort((a, b) => a - b);
  return { max: Math.round(gaps.at(-1) ?? 0), median: Math.round(gaps[gaps.length >> 1] ?? 0) };
}

describe("arenas that survive: drain and kill -9 of arena replicas under 20 bots", () => {
  let cluster: NatsClusterHandle;
  let master: ServiceProcess;
  const replicas = new Map<string, ServiceProcess>();
  const gateways: ServiceProcess[] = [];
  const ports: number[] = [];
  const players: Player[] = [];
  let env: Record<string, string>;

  const startReplica = async (id: string) => {
    replicas.set(id, await startServiceProcess({ service: "arena", env, args: ["--replica-id", id] }));
  };

  beforeAll(async () => {
    cluster = await startNatsCluster(3);
    await cluster.waitHealthy();
    env = { NATS_URL: cluster.servers.join(","), ZONE_ID: `fo${Date.now()}`, KV_REPLICAS: "3" };
    master = await startServiceProcess({ service: "master", env });
    await startReplica("arena-a");
    await startReplica("arena-b");
    for (const i of [0, 1]) {
      const port = await freeUdpPortPair();
      ports.push(port);
      gateways.push(
        await startServiceProcess({
          service: "gateway",
          env,
          args: ["--port", String(port), "--host", "127.0.0.1", "--gateway-id", `fo-gw-${i}`],
        }),
      );
    }
  }, 120_000);

  afterAll(async () => {
    for (const p of players) await p.bot.disconnect().catch(() => undefined);
    for (const g of gateways) await g.stop();
    for (const r of replicas.values()) await r.stop();
    await master?.stop();
    await cluster?.stop();
  }, 60_000);

  const arenaPlayers = (arena: string) => players.filter((p) => p.arena === arena);

  it("places 4 arenas over 2 replicas, hands one replica's arenas over on SIGTERM and fails them over after kill -9", async () => {
    // 20 bots, 5 per arena, over two gateways; the next arena is entered once the replicas
    // reported their players, so the least-loaded placement spreads the arenas.
    for (const [a, arena] of ARENAS.entries()) {
      for (let j = 0; j < BOTS_PER_ARENA; j++) {
        const bot = await BotClient.connect({
          host: "127.0.0.1",
          port: ports[(a + j) % 2]!,
          name: `${arena}-bot${j}`,
          encryption: "vie",
        });
        expect((await bot.login()).code).toBe(0);
        const entry = await bot.enterArena({ arenaType: -3, arenaName: arena });
        const p: Player = { bot, arena, pid: entry.pid, seen: new Map() };
        bot.onPosition((s) => {
          const list = p.seen.get(s.playerId) ?? [];
          list.push(s.receivedAt);
          p.seen.set(s.playerId, list);
        });
        players.push(p);
        bot.setShip(j % 8);
      }
      await sleep(1_200);
    }
    const placed = owners(master);
    expect([...placed.keys()].sort()).toEqual(ARENAS);
    expect(new Set(placed.values())).toEqual(new Set(["arena-a", "arena-b"]));

    // One kill per arena, persisted as it happens.
    for (const arena of ARENAS) {
      const [killer, victim] = arenaPlayers(arena);
      const seen = killer!.bot.waitFor(S2CType.Kill, (k) => k.killedId === victim!.pid, 5_000);
      victim!.bot.die(killer!.pid, KILL_BOUNTY);
      expect((await seen).points).toBe(KILL_BOUNTY);
    }
    for (const [i, p] of players.entries())
      p.bot.startFlying({ rateHz: 10, path: circlePath({ x: 8192, y: 8192, radius: 200 + i, periodMs: 8_000 }) });
    await sleep(2_500);
    // The same measure over a quiet stretch, for comparison: 10 Hz plus scheduling jitter.
    const baselineGap = positionGaps(players, performance.now() - 1_500, performance.now());

    // Drain: SIGTERM on arena-a; its arenas move to arena-b and the process exits cleanly.
    const drained = [...placed].filter(([, r]) => r === "arena-a").map(([a]) => a);
    const drainAt = performance.now();
    expect(await replicas.get("arena-a")!.stop()).toBe(0);
    const drainDone = performance.now();
    const handedOver = logLines(replicas.get("arena-a")!, "arena handed over") as { arena: string; gapMs: number }[];
    replicas.delete("arena-a");
    expect(handedOver.map((h) => h.arena).sort()).toEqual([...drained].sort());
    for (const arena of drained) expect(owners(master).get(arena)).toBe("arena-b");
    expect(
      placements(master)
        .filter((p) => p.reason === "drain")
        .map((p) => p.arena)
        .sort(),
    ).toEqual([...drained].sort());
    await sleep(1_500);
    const drainGap = positionGaps(
      players.filter((p) => drained.includes(p.arena)),
      drainAt,
      performance.now(),
    );

    // Crash: a third replica comes up, then kill -9 of arena-b, which holds all four arenas.
    await startReplica("arena-c");
    await sleep(1_200);
    const killAt = performance.now();
    await replicas.get("arena-b")!.kill();
    replicas.delete("arena-b");
    await until("every arena on arena-c", () => ARENAS.every((a) => owners(master).get(a) === "arena-c"), 10_000);
    const placedAt = performance.now();
    const failovers = placements(master).filter((p) => p.reason === "failover");
    expect(failovers.map((p) => p.arena).sort()).toEqual(ARENAS);
    // Every pair of players sees the other move again.
    await until(
      "positions from every other player after the failover",
      () =>
        players.every((p) =>
          arenaPlayers(p.arena).every((q) => q === p || (p.seen.get(q.pid)?.at(-1) ?? 0) > placedAt),
        ),
      10_000,
    );
    const crashGap = positionGaps(players, killAt, performance.now());

    // Every bot is still connected and in its arena; the kill points are intact.
    for (const p of players) {
      expect(p.bot.closeReason).toBeUndefined();
      expect(p.bot.inArena).toBe(true);
    }
    for (const arena of ARENAS) {
      const [killer, victim] = arenaPlayers(arena);
      const observer = arenaPlayers(arena)[2]!;
      expect(observer.bot.players.get(killer!.pid)?.killPoints).toBe(KILL_BOUNTY);
      const late = await BotClient.connect({
        host: "127.0.0.1",
        port: ports[0]!,
        name: `${arena}-late`,
        encryption: "vie",
      });
      players.push({ bot: late, arena: `${arena}-observer`, pid: -1, seen: new Map() });
      await late.login();
      const entry = await late.enterArena({ arenaType: -3, arenaName: arena });
      const records = [...entry.players.values()];
      expect(records.find((r) => r.playerId === killer!.pid)?.killPoints).toBe(KILL_BOUNTY);
      expect(records.find((r) => r.playerId === victim!.pid)?.deaths).toBe(1);
      expect(records.filter((r) => r.name.startsWith(`${arena}-bot`))).toHaveLength(BOTS_PER_ARENA);
      // The arena keeps playing on its new owner: a kill goes through.
      const [, , a, b] = arenaPlayers(arena);
      const kill = a!.bot.waitFor(S2CType.Kill, (k) => k.killedId === b!.pid, 5_000);
      b!.bot.die(a!.pid, 3);
      await kill;
    }
    const report = {
      baseline: { positionGapMs: baselineGap },
      drain: {
        replicaStopMs: Math.round(drainDone - drainAt),
        inputGapMs: handedOver.map((h) => h.gapMs),
        positionGapMs: drainGap,
      },
      crash: { placedAfterKillMs: Math.round(placedAt - killAt), positionGapMs: crashGap },
    };
    console.log(`arena faults, measured: ${JSON.stringify(report)}`);
    // Generous bounds; the numbers themselves are reported above and in the README.
    expect(drainGap.max).toBeLessThan(2_000);
    expect(crashGap.max).toBeLessThan(10_000);
  }, 180_000);
});
