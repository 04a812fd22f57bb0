import { setTimeout as sleep } from "node:timers/promises";
import { freeUdpPortPair, type ServiceProcess, startServiceProcess } from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { FlyingBots } from "../support/flying-bots.js";
import { metricSum } from "../support/zone-probes.js";

const ARENAS = ["ra", "rb", "rc", "rd"];
const BOTS_PER_ARENA = 3;

async function until(what: string, cond: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await cond())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** JSON log lines of a process with message `msg`. */
function logLines(proc: ServiceProcess, msg: string): Record<string, unknown>[] {
  return proc
    .output()
    .split("\n")
    .filter((l) => l.includes(`"msg":"${msg}"`))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe("rebalancing: a second arena replica takes half the arenas, with bots playing", () => {
  const procs: ServiceProcess[] = [];
  const fleets: FlyingBots[] = [];
  let master: ServiceProcess;
  let first: ServiceProcess;
  let port = 0;
  let env: Record<string, string>;

  beforeAll(async () => {
    env = { NATS_URL: inject("natsUrl"), ZONE_ID: `rebal${Date.now()}` };
    // The master's rebalancing settings are the defaults (warm-up 5 s, a look every 2 s).
    master = await startServiceProcess({ service: "master", env });
    procs.push(master);
    first = await startServiceProcess({ service: "arena", env, args: ["--replica-id", "arena-1"] });
    procs.push(first);
    port = await freeUdpPortPair();
    procs.push(
      await startServiceProcess({
        service: "gateway",
        env,
        args: ["--port", String(port), "--host", "127.0.0.1", "--gateway-id", "rb-gw"],
      }),
    );
  }, 60_000);

  afterAll(async () => {
    for (const f of fleets) await f.stop();
    for (const p of procs.reverse()) await p.stop();
  }, 60_000);

  it("moves two of four arenas to the new replica; no bot drops and every bot sees the others again", async () => {
    for (const arena of ARENAS)
      fleets.push(
        await FlyingBots.start(
          port,
          Array.from({ length: BOTS_PER_ARENA }, (_, i) => `${arena}-bot${i}`),
          arena,
        ),
      );
    await until("every bot seeing the others in its arena", () => fleets.every((f) => f.allSeeing()), 15_000);
    expect(await metricSum(first, "zb_arena_replica_arenas")).toBe(4);
    expect(await metricSum(first, "zb_arena_replica_players")).toBe(ARENAS.length * BOTS_PER_ARENA);
    expect(await metricSum(first, "zb_arena_replica_deletion_cost")).toBe(ARENAS.length * BOTS_PER_ARENA);
    for (const f of fleets) f.measure();

    const startedAt = performance.now();
    const second = await startServiceProcess({ service: "arena", env, args: ["--replica-id", "arena-2"] });
    procs.push(second);
    await until(
      "two arenas on each replica",
      async () =>
        (await metricSum(second, "zb_arena_replica_arenas")) === 2 &&
        (await metricSum(first, "zb_arena_replica_arenas")) === 2,
      30_000,
    );
    const balancedAt = performance.now();
    const balanceMs = Math.round(balancedAt - startedAt);

    await until(
      "every bot seeing the others after the moves",
      () => fleets.every((f) => f.allSeeing(balancedAt)),
      10_000,
    );
    const moved = logLines(master, "rebalancing: arena moved") as { arena: string; from: string; to: string }[];
    expect(moved).toHaveLength(2);
    expect(moved.every((m) => m.from === "arena-1" && m.to === "arena-2")).toBe(true);
    expect(await metricSum(second, "zb_arena_attached_total", 'reason="drain"')).toBe(2);
    expect(await metricSum(second, "zb_arena_replica_players")).toBe(2 * BOTS_PER_ARENA);
    expect(await metricSum(master, "zb_arena_rebalance_moves_total")).toBe(2);

    // Balanced: two more looks move nothing.
    await sleep(4_500);
    expect(logLines(master, "rebalancing: moving arena")).toHaveLength(2);
    expect(fleets.flatMap((f) => f.disconnected())).toEqual([]);
    const gaps = fleets.map((f) => f.largestGap().gapMs);
    console.log(
      `rebalance: second replica start to 2+2 arenas in ${balanceMs} ms (warm-up 5 s, a look every 2 s); ` +
        `largest position gap of any bot pair ${Math.max(...gaps)} ms; moves ${moved.map((m) => m.arena).join(", ")}`,
    );
  }, 90_000);
});
