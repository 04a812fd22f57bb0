import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { LocalBus } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import { FileStore } from "@zonebus/store";
import { zoneSubjects } from "@zonebus/subjects";
import { defaultZone } from "@zonebus/zone";
import { pino } from "pino";
import { Registry } from "prom-client";
import { afterEach, expect, it } from "vitest";
import { type Arena, arenaContentOf, createArenaFactory } from "./arena.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function factory(metrics: Registry): Promise<(name: string) => Arena> {
  const dir = mkdtempSync(join(tmpdir(), "zb-arena-metrics-"));
  const store = await FileStore.open({ dir });
  const bus = new LocalBus();
  cleanups.push(async () => {
    await bus.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const zone = defaultZone();
  const scores = await store.bucket("scores");
  const logger = pino({ level: "silent" });
  return createArenaFactory({
    bus,
    subjects: zoneSubjects("am"),
    logger,
    content: arenaContentOf(() => zone),
    scores,
    metrics,
  });
}

async function playersByArena(metrics: Registry): Promise<Record<string, number>> {
  const got = await metrics.getSingleMetric("zb_arena_players")?.get();
  return Object.fromEntries((got?.values ?? []).map((v) => [String(v.labels.arena), v.value]));
}

async function enter(arena: Arena, ...names: string[]): Promise<void> {
  for (const [i, name] of names.entries())
    arena.handleInput({ enter: zonebus.PlayerInfo.create({ pid: arena.playerCount + i + 1, name, gateway: "gw" }) });
  const want = arena.playerCount + names.length;
  // An entry waits for the player's stored score.
  for (let i = 0; i < 200 && arena.playerCount < want; i++) await sleep(5);
}

it("reports the players of each open arena, and drops an arena's series when it closes", async () => {
  const metrics = new Registry();
  const create = await factory(metrics);
  const duel = create("duel");
  const pub = create("0");
  await enter(duel, "alpha", "bravo");
  await enter(pub, "charlie");
  expect(await playersByArena(metrics)).toEqual({ duel: 2, "0": 1 });
  duel.handleInput({ leavePid: 1 });
  expect(await playersByArena(metrics)).toEqual({ duel: 1, "0": 1 });
  await duel.close();
  expect(await playersByArena(metrics)).toEqual({ "0": 1 });
  await pub.close();
});
