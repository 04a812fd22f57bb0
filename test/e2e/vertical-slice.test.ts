import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BotClient, ChatType, S2CType } from "@zonebus/protocol";
import { freePort, type ServiceProcess, startServiceProcess } from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/** A running zone: the game ports clients use (one per gateway) and what stops it. */
interface Zone {
  ports: number[];
  /** Replica that each arena was placed on, from the master's log; empty with one replica. */
  placements(): Map<string, string>;
  stop(): Promise<void>;
}

async function allInOne(): Promise<Zone> {
  const dir = mkdtempSync(join(tmpdir(), "zb-slice-"));
  const port = await freePort();
  const proc = await startServiceProcess({
    service: "all-in-one",
    args: ["--port", String(port), "--host", "127.0.0.1", "--data-dir", dir],
  });
  return {
    ports: [port, port],
    placements: () => new Map(),
    async stop() {
      await proc.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Two gateways, two arena replicas and one master, each its own process on a real nats-server. */
async function distributed(): Promise<Zone> {
  const env = { NATS_URL: inject("natsUrl"), ZONE_ID: `slice${Date.now()}` };
  const procs: ServiceProcess[] = [await startServiceProcess({ service: "master", env })];
  procs.push(await startServiceProcess({ service: "arena", env, args: ["--replica-id", "arena-a"] }));
  procs.push(await startServiceProcess({ service: "arena", env, args: ["--replica-id", "arena-b"] }));
  const ports = [await freePort(), await freePort()];
  for (const [i, port] of ports.entries()) {
    procs.push(
      await startServiceProcess({
        service: "gateway",
        env,
        args: ["--port", String(port), "--host", "127.0.0.1", "--gateway-id", `gw-${i}`],
      }),
    );
  }
  return {
    ports,
    placements: () => {
      const out = new Map<string, string>();
      for (const line of procs[0]!.output().split("\n")) {
        if (!line.includes('"arena placed"')) continue;
        const rec = JSON.parse(line) as { arena: string; replica: string };
        out.set(rec.arena, rec.replica);
      }
      return out;
    },
    async stop() {
      for (const p of procs.reverse()) await p.stop();
    },
  };
}

describe.each([
  ["all in one process", allInOne],
  ["distributed: 2 gateways, 2 arena replicas, 1 master", distributed],
] as const)("a playable zone, %s", (_, start) => {
  let zone: Zone;
  const bots: BotClient[] = [];

  beforeAll(async () => {
    zone = await start();
  });
  afterAll(async () => {
    for (const b of bots) await b.disconnect().catch(() => undefined);
    await zone?.stop();
  });

  const enter = async (name: string, gateway: number, arena?: string) => {
    const bot = await BotClient.connect({ host: "127.0.0.1", port: zone.ports[gateway]!, name, encryption: "vie" });
    bots.push(bot);
    const resp = await bot.login();
    expect(resp.code).toBe(0);
    const entry = await bot.enterArena(arena === undefined ? { arenaType: -1 } : { arenaType: -3, arenaName: arena });
    return { bot, pid: entry.pid, entry };
  };

  /** Sends positions until `to` has one from `from` at x (UDP and relay are unreliable by design). */
  const relayed = async (from: BotClient, to: BotClient, x: number, weapon = 0) => {
    const got = to.waitFor(weapon === 0 ? S2CType.Position : S2CType.Weapon, (p) => p.x === x, 5_000);
    const timer = setInterval(() => from.sendPosition({ x, y: 8200, bounty: 5, energy: 1000, weapon }), 100);
    try {
      return await got;
    } finally {
      clearInterval(timer);
    }
  };

  it("lets players on different gateways see each other, their ships, chat, positions, weapons and kills", async () => {
    const a = await enter("alpha", 0);
    const seesBravo = a.bot.waitFor(S2CType.PlayerEntering, (p) => p.players.some((r) => r.name === "bravo"));
    const b = await enter("bravo", 1);
    await seesBravo;
    expect([...b.entry.players.values()].some((r) => r.name === "alpha")).toBe(true);
    expect(b.entry.settings.body.length).toBeGreaterThan(0);

    const change = b.bot.waitFor(S2CType.ShipFreqChange, (p) => p.playerId === a.pid);
    a.bot.setShip(0);
    b.bot.setShip(1);
    expect((await change).ship).toBe(0);

    const chat = b.bot.waitFor(S2CType.Chat, (p) => p.text === "hello public");
    a.bot.chat(ChatType.Public, "hello public");
    expect((await chat).playerId).toBe(a.pid);

    const pos = await relayed(a.bot, b.bot, 8201);
    expect([pos.playerId, pos.y]).toEqual([a.pid, 8200]);
    const shot = await relayed(a.bot, b.bot, 8202, 0x0021);
    expect(shot.playerId).toBe(a.pid);

    const kills = [a.bot, b.bot].map((bot) => bot.waitFor(S2CType.Kill));
    b.bot.die(a.pid, 5);
    for (const kill of await Promise.all(kills))
      expect([kill.killerId, kill.killedId, kill.points]).toEqual([a.pid, b.pid, 5]);
  });

  it("keeps a player's arena score when they log out and come back through the other gateway", async () => {
    const quitter = await enter("echo", 0);
    const watcher = bots[1]!;
    const [killer] = bots;
    const kill = watcher.waitFor(S2CType.Kill, (k) => k.killedId === quitter.pid);
    quitter.bot.setShip(3);
    quitter.bot.die(killer!.pid!, 7);
    await kill;
    await quitter.bot.disconnect();
    const back = watcher.waitFor(S2CType.PlayerEntering, (p) => p.players.some((r) => r.name === "echo"));
    const again = await enter("echo", 1);
    const record = (await back).players.find((r) => r.name === "echo")!;
    expect([record.deaths, record.kills]).toEqual([1, 0]);
    // The killer's own record, as the returning player sees it, still has its kill points.
    const alpha = [...again.entry.players.values()].find((r) => r.name === "alpha")!;
    expect(alpha.killPoints).toBeGreaterThanOrEqual(12);
  });

  it("enters a player in the ship asked for in 0x01, on a balanced team, as others see it", async () => {
    const watcher = bots[1]!;
    const seen = watcher.waitFor(S2CType.PlayerEntering, (p) => p.players.some((r) => r.name === "golf"));
    const bot = await BotClient.connect({ host: "127.0.0.1", port: zone.ports[0]!, name: "golf", encryption: "vie" });
    bots.push(bot);
    expect((await bot.login()).code).toBe(0);
    const entry = await bot.enterArena({ arenaType: -1, ship: 2 });
    const own = entry.players.get(entry.pid)!;
    expect(own.ship).toBe(2);
    expect([0, 1]).toContain(own.freq);
    expect((await seen).players.find((r) => r.name === "golf")).toMatchObject({ ship: 2, freq: own.freq });
  });

  it("downloads the news and the arena's map, each matching its announced CRC-32", async () => {
    const bot = bots[0]!;
    const login = await (async () => {
      const fresh = await BotClient.connect({
        host: "127.0.0.1",
        port: zone.ports[0]!,
        name: "reader",
        encryption: "vie",
      });
      bots.push(fresh);
      return { fresh, resp: await fresh.login() };
    })();
    const news = await login.fresh.downloadNews();
    expect(news.crc32).toBe(login.resp.newsChecksum);
    // downloadMap checks the inflated map against the arena's 0x29 CRC itself.
    const map = await bot.downloadMap();
    expect(map.bytes.length).toBeGreaterThan(0);
  });

  it("keeps an arena playing when another arena is placed beside it", async () => {
    const c = await enter("charlie", 1, "duel");
    const seesDelta = c.bot.waitFor(S2CType.PlayerEntering, (p) => p.players.some((r) => r.name === "delta"));
    const d = await enter("delta", 0, "duel");
    await seesDelta;
    const change = c.bot.waitFor(S2CType.ShipFreqChange, (p) => p.playerId === d.pid);
    d.bot.setShip(2);
    await change;
    const placed = zone.placements();
    if (zone.ports[0] !== zone.ports[1]) {
      // Distributed: the second arena went to the other replica.
      expect(placed.size).toBe(2);
      expect(placed.get("duel")).not.toBe(placed.get("0"));
    }
    // The first arena still relays.
    const [a, b] = bots;
    expect((await relayed(a!, b!, 8300)).x).toBe(8300);
    // Players in another arena do not see this arena's chat.
    const leaked = b!.waitFor(S2CType.Chat, (p) => p.text === "duel only", 1_000);
    const heard = c.bot.waitFor(S2CType.Chat, (p) => p.text === "duel only");
    d.bot.chat(ChatType.Public, "duel only");
    await heard;
    await expect(leaked).rejects.toThrow();
    // A remote private message reaches a player in the other arena, through the master.
    const pm = a!.waitFor(S2CType.Chat, (p) => p.chatType === ChatType.RemotePrivate);
    d.bot.chat(ChatType.RemotePrivate, ":alpha:psst");
    expect([(await pm).playerId, (await pm).text]).toEqual([-1, "(delta)>psst"]);
    // ?arena lists both arenas, the asker's own with a negative count (alpha, bravo, echo and golf in 0).
    const list = d.bot.waitFor(S2CType.ArenaList);
    d.bot.chat(ChatType.Public, "?arena");
    expect((await list).arenas.map((x) => [x.name, x.count])).toEqual([
      ["0", 4],
      ["duel", -2],
    ]);
  });

  it("lists the arena's files in 0x29 for a client that asks for all graphics, and serves the map by index", async () => {
    const bot = await BotClient.connect({ host: "127.0.0.1", port: zone.ports[1]!, name: "hotel", encryption: "vie" });
    bots.push(bot);
    expect((await bot.login()).code).toBe(0);
    const entry = await bot.enterArena({ arenaName: "graphics", optionalGraphics: true });
    expect("files" in entry.mapInfo && entry.mapInfo.files.length).toBe(1);
    // downloadMap checks the inflated map against the CRC-32 of the list's first file.
    expect((await bot.downloadMap()).bytes.length).toBeGreaterThan(0);
  });
});
