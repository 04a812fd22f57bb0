import { randomBytes } from "node:crypto";
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { hashPassword } from "@zonebus/master";
import { BotClient, ChatType, ClientFeature, S2CType } from "@zonebus/protocol";
import { freePort, type ServiceProcess, startServiceProcess } from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const NAMES = ["homer", "replayer", "latecomer", "mover", "oldbot", "goer", "aliaser", "target"];
const TICKET_MS = 3_000;
const BAD_PASSWORD = 0x02;

/** A password file listing every bot, so a zeroed password gets in only through a ticket. */
function passwordFile(dir: string): string {
  const path = join(dir, "passwd");
  const lines = NAMES.map((n) => `${n} = ${hashPassword(`pw-${n}`, randomBytes(16))}`);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

/** The ASSS dist zone from the read-only shared/ folder beside the repository. */
function asssDistZone(): string {
  for (let dir = resolve(import.meta.dirname); dirname(dir) !== dir; dir = dirname(dir))
    if (existsSync(join(dir, "shared", "zones", "asss-dist"))) return join(dir, "shared", "zones", "asss-dist");
  throw new Error("cannot find shared/zones/asss-dist beside the repository");
}

describe("redirects: an arena homed at the other gateway (real UDP, services as processes)", () => {
  const procs: ServiceProcess[] = [];
  const bots: BotClient[] = [];
  const ports = { west: 0, east: 0 };
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "zb-redirects-"));
    const env = { NATS_URL: inject("natsUrl"), ZONE_ID: `redir${Date.now()}` };
    ports.west = await freePort();
    ports.east = await freePort();
    // The ASSS dist zone with a [Redirects] alias to the east gateway's duel arena.
    const zone = join(dir, "zone");
    cpSync(asssDistZone(), zone, { recursive: true });
    appendFileSync(join(zone, "conf", "global.conf"), `\n[Redirects]\nEastDuel = 127.0.0.1:${ports.east}:duel\n`);
    const masterArgs = ["--arena-home", "duel=east", "--redirect-ticket", `${TICKET_MS}ms`, "--zone", zone];
    masterArgs.push("--allow-unknown", "false", "--passwd", passwordFile(dir), "--moderators", "homer");
    procs.push(await startServiceProcess({ service: "master", env, args: masterArgs }));
    procs.push(await startServiceProcess({ service: "arena", env, args: ["--replica-id", "arena-1"] }));
    for (const group of ["west", "east"] as const) {
      const args = ["--port", String(ports[group]), "--host", "127.0.0.1", "--gateway-id", `gw-${group}`];
      procs.push(await startServiceProcess({ service: "gateway", env, args: [...args, "--gateway-group", group] }));
    }
  });
  afterAll(async () => {
    for (const b of bots) await b.disconnect().catch(() => undefined);
    for (const p of procs.reverse()) await p.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A bot logged in at the west gateway, able to follow redirects. */
  const westBot = async (name: string) => {
    const bot = await BotClient.connect({
      host: "127.0.0.1",
      port: ports.west,
      name,
      password: `pw-${name}`,
      encryption: "vie",
      features: ClientFeature.Redirect,
    });
    bots.push(bot);
    expect((await bot.login()).code).toBe(0);
    return bot;
  };

  /** A bot at the west gateway that asked for `arena` and got a 0x3B. */
  const redirectedBot = async (name: string, arena = "duel") => {
    const bot = await westBot(name);
    const redirect = bot.waitFor(S2CType.Redirect);
    bot.enterArena({ arenaName: arena, timeoutMs: 15_000 }).catch(() => undefined);
    return { bot, redirect: await redirect };
  };

  /** The master process's output so far; a line may cross its pipe after the reply it logs crossed UDP: poll it. */
  const masterLog = () => procs[0]!.output();

  it("sends the client to the home gateway, which lets its zeroed-password login into the arena", async () => {
    const { bot, redirect } = await redirectedBot("homer");
    expect(redirect).toMatchObject({ ip: "127.0.0.1", port: ports.east, arenaType: -3, arenaName: "duel" });
    expect(redirect.loginId).not.toBe(0);
    const followed = await bot.followRedirect();
    bots.push(followed.bot);
    expect(followed.login.code).toBe(0);
    expect(followed.entry?.pid).toBeGreaterThanOrEqual(0);
    // ?arena marks the asker's own arena with a negative count: the player is in duel.
    const list = followed.bot.waitFor(S2CType.ArenaList);
    followed.bot.chat(ChatType.Public, "?arena");
    expect((await list).arenas).toContainEqual({ name: "duel", count: -1 });
    await expect.poll(masterLog).toContain('"redirect login accepted"');
  });

  it("refuses the same zeroed login replayed after it was used", async () => {
    const { bot, redirect } = await redirectedBot("replayer");
    const followed = await bot.followRedirect();
    bots.push(followed.bot);
    expect(followed.login.code).toBe(0);
    const replay = await BotClient.connect({
      host: "127.0.0.1",
      port: ports.east,
      name: "replayer",
      encryption: "vie",
    });
    bots.push(replay);
    expect((await replay.login({ zeroPassword: true, loginId: redirect.loginId })).code).toBe(BAD_PASSWORD);
    await expect.poll(masterLog).toContain("redirect login refused: replayed");
  });

  it("refuses a zeroed login sent after the ticket expired", async () => {
    const { bot } = await redirectedBot("latecomer");
    await sleep(TICKET_MS + 500);
    const late = await bot.followRedirect();
    bots.push(late.bot);
    expect(late.login.code).toBe(BAD_PASSWORD);
    await expect.poll(masterLog).toContain("redirect login refused: expired");
  });

  it("refuses a zeroed login from another address, and still lets the redirected client in", async () => {
    const { bot } = await redirectedBot("mover");
    const stranger = await bot.followRedirect({ keepOpen: true, from: { localAddress: "127.0.0.2" } });
    bots.push(stranger.bot);
    expect(stranger.login.code).toBe(BAD_PASSWORD);
    await expect.poll(masterLog).toContain("redirect login refused: wrong_address");
    const own = await bot.followRedirect();
    bots.push(own.bot);
    expect(own.login.code).toBe(0);
    const metrics = await (await fetch(`http://127.0.0.1:${procs[0]!.opsPort}/metrics`)).text();
    for (const result of ["accepted", "replayed", "expired", "wrong_address"])
      expect(metrics).toMatch(new RegExp(`zb_master_redirect_logins_total\\{result="${result}"[^}]*\\} [1-9]`));
    expect(metrics).toMatch(/zb_master_redirects_total\{reason="home",result="sent"[^}]*\} 4/);
  });

  it("serves the homed arena through the bus to a client that cannot follow a redirect", async () => {
    const bot = await BotClient.connect({
      host: "127.0.0.1",
      port: ports.west,
      name: "oldbot",
      password: "pw-oldbot",
      encryption: "vie",
    });
    bots.push(bot);
    expect((await bot.login()).code).toBe(0);
    const entry = await bot.enterArena({ arenaName: "duel" });
    expect(entry.pid).toBeGreaterThanOrEqual(0);
    // An alias has no ordinary path: the client is told why it cannot go.
    const told = bot.waitFor(S2CType.Chat, (c) => c.text === "your client cannot follow a redirect to another server");
    bot.chat(ChatType.Public, "?go eastduel");
    await told;
    expect(bot.redirect).toBeUndefined();
  });

  it("sends a client asking for a [Redirects] alias, as its arena or with ?go, to the alias's address and arena", async () => {
    const byName = await redirectedBot("aliaser", "eastduel");
    expect(byName.redirect).toMatchObject({ ip: "127.0.0.1", port: ports.east, arenaType: -3, arenaName: "duel" });
    const goer = await westBot("goer");
    await goer.enterArena({ arenaName: "lobby" });
    const redirect = goer.waitFor(S2CType.Redirect);
    goer.chat(ChatType.Public, "?go EastDuel");
    expect(await redirect).toMatchObject({ port: ports.east, arenaType: -3, arenaName: "duel" });
    const followed = await goer.followRedirect();
    bots.push(followed.bot);
    expect(followed.login.code).toBe(0);
    // ?go to an arena homed at another group's gateway redirects there too.
    const homeward = await westBot("aliaser");
    await homeward.enterArena({ arenaName: "lobby" });
    const home = homeward.waitFor(S2CType.Redirect);
    homeward.chat(ChatType.Public, "?go duel");
    expect(await home).toMatchObject({ port: ports.east, arenaType: -3, arenaName: "duel" });
    await expect.poll(() => procs[0]!.output()).toMatch(/"reason":"alias".*"redirect issued"/);
  });

  it("lets a moderator ?redirect another player, and nobody else", async () => {
    const target = await westBot("target");
    await target.enterArena({ arenaName: "lobby" });
    const refused = target.waitFor(S2CType.Chat, (c) => c.text === "?redirect is for moderators");
    target.chat(ChatType.Public, `?redirect 127.0.0.1:${ports.east}:duel homer`);
    await refused;
    const moderator = bots.find((b) => b.name === "homer" && b.inArena)!;
    const sent = target.waitFor(S2CType.Redirect);
    const confirmed = moderator.waitFor(S2CType.Chat, (c) => c.text.startsWith("target sent to"));
    moderator.chat(ChatType.Public, `?redirect 127.0.0.1:${ports.east}:duel target`);
    expect(await sent).toMatchObject({ port: ports.east, arenaName: "duel" });
    expect((await confirmed).text).toBe(`target sent to 127.0.0.1:${ports.east}`);
  });
});
