import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LocalBus } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import { FileStore } from "@zonebus/store";
import { zoneSubjects } from "@zonebus/subjects";
import { pino } from "pino";
import { Registry } from "prom-client";
import { afterEach, expect, it } from "vitest";
import { LocalAuthenticator } from "./auth.js";
import { ArenaHomeError } from "./homes.js";
import { type MasterConfig, MasterService, VIE_CLIENT_VERSION } from "./master-service.js";
import { PasswordCache } from "./password-cache.js";
import { PinRuleError } from "./pins.js";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const CONFIG: MasterConfig = { maxPlayers: 8, defaultArena: "0", attachTimeoutMs: 500, redirectTicketMs: 30_000 };

/**
 * A master over the in-process bus and a fresh file store, what it runs on, and requests as a
 * gateway sends them. No replica runs: an enter's refusal names the arena the master chose.
 */
async function masterOn(config: MasterConfig) {
  const dir = mkdtempSync(join(tmpdir(), "zb-master-"));
  const store = await FileStore.open({ dir, sync: false });
  const bus = new LocalBus();
  cleanups.push(
    () => rmSync(dir, { recursive: true, force: true }),
    () => store.close(),
    () => bus.close(),
  );
  const subjects = zoneSubjects("restart");
  const deps = {
    bus,
    store,
    subjects,
    auth: new LocalAuthenticator({ allowUnknown: true, passwords: new Map() }),
    logger: pino({ level: "silent" }),
    news: () => undefined,
  };
  const ask = async (subject: string, data: Uint8Array) =>
    (await bus.request(subject, data, { timeoutMs: 2_000 })).data;
  const login = async (name: string, password = new Uint8Array(32).fill(0x61)) => {
    const req = { gateway: "gw", name, password, clientVersion: VIE_CLIENT_VERSION, clientIp: "10.0.0.1" };
    return zonebus.LoginReply.decode(await ask(subjects.masterLogin, zonebus.LoginRequest.encode(req).finish()));
  };
  const enterAnyPublic = async (pid: number) => {
    const req = { player: { pid, gateway: "gw" }, arenaType: -1 };
    return zonebus.EnterReply.decode(await ask(subjects.masterEnter, zonebus.EnterRequest.encode(req).finish()));
  };
  // Each master built has a registry of its own, as two master processes do.
  return {
    store,
    subjects,
    login,
    enterAnyPublic,
    build: () => new MasterService({ ...deps, metrics: new Registry(), config }),
  };
}

it("starts again after a stop with the same metrics registry, as a master regaining the lease does", async () => {
  const { login, build } = await masterOn(CONFIG);
  const master = build();
  await master.start();
  expect((await login("first")).code).toBe(0);
  await master.stop();
  await master.start();
  cleanups.push(() => master.stop());
  const again = await login("second");
  expect([again.code, again.pid]).toEqual([0, 1]);
});

it("refuses a bad --arena-pin, --arena-home or --arena-lease when built, not when it takes the lease", async () => {
  for (const [bad, error] of [
    [{ arenaPins: "duel" }, PinRuleError],
    [{ arenaHome: "duel=" }, ArenaHomeError],
    [{ leaseMs: 10 }, RangeError],
  ] as const) {
    const { build } = await masterOn({ ...CONFIG, ...bad });
    expect(build).toThrow(error);
  }
});

it("lands a redirected player's first any-public enter in its ticket's arena, and later ones in the default", async () => {
  const { store, subjects, login, enterAnyPublic, build } = await masterOn(CONFIG);
  const master = build();
  cleanups.push(() => master.stop());
  await master.start();
  await (await PasswordCache.open(store, subjects, { ttlMs: 30_000 })).issue("wanderer", "10.0.0.1", "duel", "home");
  const redirected = await login("wanderer", new Uint8Array(32));
  expect(redirected.code).toBe(0);
  expect((await enterAnyPublic(redirected.pid)).error).toBe("arena duel is not available right now");
  expect((await enterAnyPublic(redirected.pid)).error).toBe("arena 0 is not available right now");
});

it("forgets where redirected players were to land when it stops, so a pid's next owner enters the default arena", async () => {
  const { store, subjects, login, enterAnyPublic, build } = await masterOn(CONFIG);
  const master = build();
  cleanups.push(() => master.stop());
  await master.start();
  await (await PasswordCache.open(store, subjects, { ttlMs: 30_000 })).issue("wanderer", "10.0.0.1", "duel", "home");
  const redirected = await login("wanderer", new Uint8Array(32));
  expect([redirected.code, redirected.pid]).toEqual([0, 0]);
  // Lease lost before its first enter; meanwhile the other master logs the player out.
  await master.stop();
  await (await store.bucket(subjects.buckets.players)).delete("0");
  await master.start();
  const next = await login("newcomer");
  expect([next.code, next.pid]).toEqual([0, 0]);
  expect((await enterAnyPublic(0)).error).toBe("arena 0 is not available right now");
});

it("keeps where a redirected player is to land in the directory, so a master taking over before its enter honours it", async () => {
  const { store, subjects, login, enterAnyPublic, build } = await masterOn(CONFIG);
  const first = build();
  await first.start();
  await (await PasswordCache.open(store, subjects, { ttlMs: 30_000 })).issue("wanderer", "10.0.0.1", "duel", "home");
  const redirected = await login("wanderer", new Uint8Array(32));
  expect(redirected.code).toBe(0);
  await first.stop();
  const second = build();
  cleanups.push(() => second.stop());
  await second.start();
  expect((await enterAnyPublic(redirected.pid)).error).toBe("arena duel is not available right now");
  expect((await enterAnyPublic(redirected.pid)).error).toBe("arena 0 is not available right now");
});
