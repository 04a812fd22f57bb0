import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { hashPassword } from "@zonebus/master";
import { BotClient, ChatType, ClientFeature, type PlayerRecord, S2CType } from "@zonebus/protocol";
import { freeUdpPortPair, type ServiceProcess, startServiceProcess } from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const ARENAS = ["alpha", "bravo"] as const;
const NAMES = Array.from({ length: 10 }, (_, i) => `drainer${i}`);
const arenaOf = (i: number) => ARENAS[i % 2]!;

/** Bots wait this long for a reply: the test is about the drain, and CI runs it on a loaded 2-core box. */
const BOT_TIMEOUT_MS = 15_000;

describe("gateway drain: SIGTERM moves every player to another gateway (real UDP, services as processes)", () => {
  const procs: ServiceProcess[] = [];
  const bots: BotClient[] = [];
  let gatewayA: ServiceProcess;
  let dir: string;
  const ports = { a: 0, b: 0 };
  const zoneId = `drain${Date.now()}`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "zb-drain-"));
    // Every bot has a password and unknown names are refused: a zeroed login gets in only by ticket.
    const passwd = join(dir, "passwd");
    const lines = [...NAMES, "plainbot", "walker"].map((n) => `${n} = ${hashPassword(`pw-${n}`, randomBytes(16))}`);
    writeFileSync(passwd, `${lines.join("\n")}\n`);
    const env = { NATS_URL: inject("natsUrl"), ZONE_ID: zoneId };
    procs.push(
      await startServiceProcess({
        service: "master",
        env,
        args: ["--allow-unknown", "false", "--passwd", passwd, "--moderators", "drainer9"],
      }),
    );
    procs.push(await startServiceProcess({ service: "arena", env, args: ["--replica-id", "arena-1"] }));
    ports.a = await freeUdpPortPair();
    ports.b = await freeUdpPortPair();
    gatewayA = await startServiceProcess({
      service: "gateway",
      env,
      args: ["--port", String(ports.a), "--host", "127.0.0.1", "--gateway-id", "gw-a", "--drain-grace", "10s"],
    });
    procs.push(gatewayA);
    procs.push(
      await startServiceProcess({
        service: "gateway",
        env,
        args: ["--port", String(ports.b), "--host", "127.0.0.1", "--gateway-id", "gw-b"],
      }),
    );
  });
  afterAll(async () => {
    for (const b of bots) await b.disconnect().catch(() => undefined);
    for (const p of procs.reverse()) await p.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("redirects 10 players of gateway A to gateway B, each into its arena with a zeroed password and its score", async () => {
    const onA: { bot: BotClient; pid: number }[] = [];
    for (const [i, name] of NAMES.entries()) {
      const bot = await BotClient.connect({
        host: "127.0.0.1",
        port: ports.a,
        name,
        password: `pw-${name}`,
        encryption: "vie",
        timeoutMs: BOT_TIMEOUT_MS,
        features: ClientFeature.Redirect,
      });
      bots.push(bot);
      expect((await bot.login()).code).toBe(0);
      const entry = await bot.enterArena({ arenaName: arenaOf(i) });
      const inShip = bot.waitFor(S2CType.ShipFreqChange, (c) => c.playerId === entry.pid);
      bot.setShip(1);
      await inShip;
      onA.push({ bot, pid: entry.pid });
    }
    // Scores: in each arena the first four players die, each to the next one.
    const expected = new Map<string, { kills: number; deaths: number; killPoints: number }>();
    for (const name of NAMES) expected.set(name, { kills: 0, deaths: 0, killPoints: 0 });
    for (let i = 0; i < 8; i++) {
      const victim = onA[i]!;
      const killer = onA[i + 2]!;
      const seen = killer.bot.waitFor(S2CType.Kill, (k) => k.killedId === victim.pid);
      victim.bot.die(killer.pid, 10 + i);
      const kill = await seen;
      expected.get(NAMES[i]!)!.deaths++;
      const k = expected.get(NAMES[i + 2]!)!;
      k.kills++;
      k.killPoints += kill.points;
    }

    // A client without the redirect feature bit cannot follow: it is told, then disconnected.
    const plain = await BotClient.connect({
      host: "127.0.0.1",
      port: ports.a,
      name: "plainbot",
      password: "pw-plainbot",
      encryption: "vie",
      timeoutMs: BOT_TIMEOUT_MS,
    });
    bots.push(plain);
    expect((await plain.login()).code).toBe(0);
    await plain.enterArena({ arenaName: "alpha" });
    const told = plain.waitFor(S2CType.Chat, (c) => c.text.startsWith("This server is restarting"), 15_000);
    const closed = new Promise((resolve) => plain.onClose(resolve));

    const redirects = onA.map(({ bot }) => bot.waitFor(S2CType.Redirect, () => true, 15_000));
    const stopped = gatewayA.stop(20_000);
    const moved = await Promise.all(
      onA.map(async ({ bot }, i) => {
        const redirect = await redirects[i]!;
        expect(redirect).toMatchObject({ ip: "127.0.0.1", port: ports.b, arenaType: -3, arenaName: arenaOf(i) });
        const followed = await bot.followRedirect({ timeoutMs: 10_000 });
        bots.push(followed.bot);
        expect(followed.login.code).toBe(0);
        return followed;
      }),
    );
    // Gateway A exits on its own once empty, well before its grace period.
    expect(await stopped).toBe(0);
    await told;
    await closed;
    await expect.poll(() => gatewayA.output()).toContain('"drain: player cannot be redirected"');
    expect(gatewayA.output().match(/"drain: player redirected"/g)).toHaveLength(10);

    // Each player's own record in its new arena carries the score it had on gateway A.
    for (const [i, { bot, entry }] of moved.entries()) {
      const self = entry!.players.get(entry!.pid) as PlayerRecord;
      expect([self.name, self.kills, self.deaths, self.killPoints]).toEqual([
        NAMES[i],
        expected.get(NAMES[i]!)!.kills,
        expected.get(NAMES[i]!)!.deaths,
        expected.get(NAMES[i]!)!.killPoints,
      ]);
      expect(bot.closeReason).toBeUndefined();
    }
    // Both arenas hold their five players again, all on gateway B.
    const list = moved[0]!.bot.waitFor(S2CType.ArenaList);
    moved[0]!.bot.chat(ChatType.Public, "?arena");
    expect((await list).arenas.map((a) => [a.name, Math.abs(a.count)])).toEqual([
      ["alpha", 5],
      ["bravo", 5],
    ]);
    const master = procs[0]!.output();
    expect(master.match(/"redirect login accepted"/g)).toHaveLength(10);
  });

  it("drains a gateway on a moderator's ?drain: its player moves to gateway B and it exits by itself", async () => {
    const port = await freeUdpPortPair();
    const gatewayC = await startServiceProcess({
      service: "gateway",
      env: { NATS_URL: inject("natsUrl"), ZONE_ID: zoneId },
      args: ["--port", String(port), "--host", "127.0.0.1", "--gateway-id", "gw-c"],
    });
    procs.push(gatewayC);
    const bot = await BotClient.connect({
      host: "127.0.0.1",
      port,
      name: "walker",
      password: "pw-walker",
      encryption: "vie",
      timeoutMs: BOT_TIMEOUT_MS,
      features: ClientFeature.Redirect,
    });
    bots.push(bot);
    expect((await bot.login()).code).toBe(0);
    await bot.enterArena({ arenaName: "delta" });
    const redirect = bot.waitFor(S2CType.Redirect, () => true, 15_000);
    const moderator = bots.find((b) => b.name === "drainer9" && b.inArena)!;
    const refused = bot.waitFor(S2CType.Chat, (c) => c.text === "?drain is for moderators");
    bot.chat(ChatType.Public, "?drain gw-b");
    await refused;
    const confirmed = moderator.waitFor(S2CType.Chat, (c) => c.text === "gateway gw-c is draining");
    moderator.chat(ChatType.Public, "?drain gw-c");
    await confirmed;
    expect(await redirect).toMatchObject({ port: ports.b, arenaType: -3, arenaName: "delta" });
    const followed = await bot.followRedirect();
    bots.push(followed.bot);
    expect(followed.login.code).toBe(0);
    expect(await gatewayC.exited).toBe(0);
  });

  it("logs out the players of a gateway that dies without draining, once its heartbeat is gone", async () => {
    const env = { NATS_URL: inject("natsUrl"), ZONE_ID: zoneId };
    const port = await freeUdpPortPair();
    const doomed = await startServiceProcess({
      service: "gateway",
      env,
      args: ["--port", String(port), "--host", "127.0.0.1", "--gateway-id", "gw-doomed"],
    });
    procs.push(doomed);
    const bot = await BotClient.connect({
      host: "127.0.0.1",
      port,
      name: "plainbot",
      password: "pw-plainbot",
      encryption: "vie",
      timeoutMs: BOT_TIMEOUT_MS,
    });
    bots.push(bot);
    expect((await bot.login()).code).toBe(0);
    await bot.enterArena({ arenaName: "charlie" });
    await doomed.kill();
    const watcher = bots.find((b) => b.inArena && !b.closeReason)!;
    const deadline = Date.now() + 15_000;
    for (;;) {
      const list = watcher.waitFor(S2CType.ArenaList);
      watcher.chat(ChatType.Public, "?arena");
      if (!(await list).arenas.some((a) => a.name === "charlie")) break;
      expect(Date.now()).toBeLessThan(deadline);
      await sleep(500);
    }
    await expect.poll(() => procs[0]!.output()).toContain('"gateway heartbeat gone: logging out its players"');
  });
});
