import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { BotClient, ChatType, crc32, S2CType, type TransportConfigInput } from "@zonebus/protocol";
import {
  freeUdpPortPair,
  type NatsServerHandle,
  type ServiceProcess,
  startNatsServer,
  startServiceProcess,
} from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metricSum, rssMiB } from "../support/zone-probes.js";

/** A NATS max_payload small enough that the zone's map (3.7 KiB compressed) crosses the bus in pieces. */
const SMALL_MAX_PAYLOAD = 16 * 1024;
/** How long the private-message flood lasts, as the attack in issue 15 (~45k messages in 20 s). */
const FLOOD_MS = 20_000;

/** The read-only shared/ folder beside the repository. */
function sharedDir(): string {
  for (let dir = resolve(import.meta.dirname); dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, "shared", "zones"))) return join(dir, "shared");
  }
  throw new Error("cannot find shared/ beside the repository");
}

/** Logs in and enters arena 0; the bot is disconnected by `bots`' owner. */
const player = async (bots: BotClient[], port: number, name: string, transport?: TransportConfigInput) => {
  const bot = await BotClient.connect({ host: "127.0.0.1", port, name, encryption: "vie", transport });
  bots.push(bot);
  expect((await bot.login()).code).toBe(0);
  await bot.enterArena({ arenaType: 0 });
  return bot;
};

/** `a` hears `b`'s public chat: both play in the same arena. */
const hears = async (a: BotClient, b: BotClient, text: string) => {
  const heard = a.waitFor(S2CType.Chat, (c) => c.playerId === b.pid && c.text === text, 5_000);
  b.chat(ChatType.Public, text);
  expect((await heard).chatType).toBe(ChatType.Public);
};

describe(`files on a bus with a ${SMALL_MAX_PAYLOAD / 1024} KiB max_payload`, () => {
  let nats: NatsServerHandle;
  let dir: string;
  let port: number;
  const procs: Record<"master" | "arena" | "gateway", ServiceProcess> = {} as never;
  const bots: BotClient[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "zb-hostile-delivery-"));
    const conf = join(dir, "nats.conf");
    writeFileSync(conf, `max_payload: ${SMALL_MAX_PAYLOAD}\n`);
    nats = await startNatsServer({ args: ["-c", conf] });
    const env = { NATS_URL: nats.url, ZONE_ID: `pieces${Date.now()}` };
    procs.master = await startServiceProcess({
      service: "master",
      env,
      args: ["--zone", join(sharedDir(), "zones", "asss-dist")],
    });
    procs.arena = await startServiceProcess({ service: "arena", env, args: ["--replica-id", "pieces"] });
    port = await freeUdpPortPair();
    procs.gateway = await startServiceProcess({
      service: "gateway",
      env,
      args: ["--port", String(port), "--host", "127.0.0.1"],
    });
  }, 60_000);
  afterAll(async () => {
    await Promise.all(bots.map((b) => b.disconnect().catch(() => undefined)));
    for (const p of [procs.gateway, procs.arena, procs.master]) await p?.stop();
    await nats?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends the zone's map in pieces that the gateway puts back together, CRC intact", async () => {
    const rssBefore = rssMiB(procs.gateway.pid);
    const surveyor = await player(bots, port, "surveyor");
    const map = await surveyor.downloadMap({ timeoutMs: 10_000 });
    const lvl = readFileSync(join(sharedDir(), "zones", "asss-dist", "maps", "smallmap.lvl"));
    expect(map.name).toBe("smallmap.lvl");
    expect(crc32(map.bytes)).toBe(crc32(lvl));
    const assembled = await metricSum(procs.gateway, "zb_gateway_assembled_transfers_total");
    console.log(
      `map download over a ${SMALL_MAX_PAYLOAD} B max_payload: ${map.bytes.length} B map, ` +
        `${assembled} transfer(s) assembled from pieces; gateway RSS ${rssBefore} MB -> ${rssMiB(procs.gateway.pid)} MB`,
    );
    expect(assembled).toBeGreaterThanOrEqual(1);
    expect(await metricSum(procs.gateway, "zb_gateway_dropped_deliveries_total", 'reason="piece_')).toBe(0);
    const other = await player(bots, port, "mapper");
    await hears(other, surveyor, "the map arrived");
  }, 30_000);

  it("throttles a client that asks for the map over and over; others still download and play", async () => {
    const spammer = await player(bots, port, "hoarder");
    const rssBefore = rssMiB(procs.gateway.pid);
    const asks = 300;
    const answered = await Promise.all(
      Array.from({ length: asks }, () =>
        spammer.downloadMap({ timeoutMs: 3_000 }).then(
          () => true,
          () => false,
        ),
      ),
    );
    const dropped = async () =>
      (await metricSum(procs.arena, "zb_arena_file_requests_total", 'result="throttled"')) +
      (await metricSum(procs.arena, "zb_arena_file_requests_total", 'result="repeated"'));
    // Requests still cross the spammer's reliable window after its first answers came.
    await expect.poll(dropped, { timeout: 10_000 }).toBeGreaterThanOrEqual(asks - 2);
    const throttled = await dropped();
    const sent = await metricSum(procs.arena, "zb_arena_file_requests_total", 'result="sent"');
    console.log(
      `file request spam: ${asks} map requests, ${answered.filter(Boolean).length} waits answered; ` +
        `arena sent ${sent} file(s) in all (every player), dropped ${throttled}; ` +
        `gateway RSS ${rssBefore} MB -> ${rssMiB(procs.gateway.pid)} MB`,
    );
    // The spammer got its two copies; the surveyor of the first test one.
    expect(sent).toBeLessThanOrEqual(3);
    await expect.poll(() => procs.arena.output()).toContain("file requests over the limit");
    expect(spammer.closeReason).toBeUndefined();

    // The news, from the master, is limited the same way.
    const news = await Promise.all(
      Array.from({ length: 50 }, () =>
        spammer.downloadNews({ timeoutMs: 3_000 }).then(
          () => true,
          () => false,
        ),
      ),
    );
    const newsDropped = async () =>
      (await metricSum(procs.master, "zb_master_news_requests_total", 'result="throttled"')) +
      (await metricSum(procs.master, "zb_master_news_requests_total", 'result="repeated"'));
    await expect.poll(newsDropped, { timeout: 10_000 }).toBeGreaterThanOrEqual(48);
    console.log(
      `news request spam: 50 requests, ${news.filter(Boolean).length} waits answered; master sent ` +
        `${await metricSum(procs.master, "zb_master_news_requests_total", 'result="sent"')}, dropped ${await newsDropped()}`,
    );

    const newcomer = await player(bots, port, "newcomer");
    expect((await newcomer.downloadNews({ timeoutMs: 10_000 })).bytes.length).toBeGreaterThan(0);
    const map = await newcomer.downloadMap({ timeoutMs: 10_000 });
    expect(map.name).toBe("smallmap.lvl");
    await hears(newcomer, spammer, "still here");
  }, 60_000);
});

describe("a private-message flood with no chat flood limit in the way", () => {
  let zone: ServiceProcess;
  let dir: string;
  let port: number;
  const bots: BotClient[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "zb-pm-flood-"));
    // Chat:FloodLimit = 0 turns the arena's flood check off, so every message reaches the victim's gateway.
    mkdirSync(join(dir, "zone", "conf"), { recursive: true });
    writeFileSync(join(dir, "zone", "conf", "global.conf"), "[Chat]\nFloodLimit = 0\n");
    port = await freeUdpPortPair();
    zone = await startServiceProcess({
      service: "all-in-one",
      args: [
        "--port",
        String(port),
        "--host",
        "127.0.0.1",
        "--data-dir",
        join(dir, "data"),
        "--zone",
        join(dir, "zone"),
      ],
    });
  });
  afterAll(async () => {
    await Promise.all(bots.map((b) => b.disconnect().catch(() => undefined)));
    expect(await zone.stop()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps the victim connected and playing, shedding chat it cannot take, with a count", async () => {
    const victim = await player(bots, port, "victim");
    // The flooder's own link queues and sends without limit: the server, not the attacker, must hold back.
    const flooder = await player(bots, port, "flooder", {
      maxOutgoingReliable: 1_000_000,
      bandwidth: { mode: "unlimited", sendAtOnce: 255 },
    });
    const friend = await player(bots, port, "friend");
    let fromFlooder = 0;
    victim.on(S2CType.Chat, (c) => {
      if (c.playerId === flooder.pid) fromFlooder++;
    });
    const rssBefore = rssMiB(zone.pid);
    const start = performance.now();
    let sent = 0;
    while (performance.now() - start < FLOOD_MS && flooder.closeReason === undefined) {
      if (sent - (flooder.transportStats?.reliableSent ?? 0) < 2_000) {
        for (let i = 0; i < 100; i++) flooder.chat(ChatType.Private, `spam ${sent + i}`, victim.pid);
        sent += 100;
      }
      await sleep(1);
    }
    const rssAfter = rssMiB(zone.pid);
    const shed = await metricSum(zone, "zb_gateway_dropped_deliveries_total", 'reason="shed_chat"');
    console.log(
      `private-message flood, no flood limit: ${sent} sent in ${FLOOD_MS / 1_000} s; victim heard ${fromFlooder}, ` +
        `zb_gateway_dropped_deliveries_total{reason="shed_chat"} ${shed}; victim ${victim.closeReason ?? "connected"}; ` +
        `zone (gateway) RSS ${rssBefore} MB -> ${rssAfter} MB`,
    );
    expect(sent).toBeGreaterThan(20_000);
    expect(victim.closeReason).toBeUndefined();
    expect(shed).toBeGreaterThan(0);
    expect(fromFlooder + shed).toBeGreaterThan(sent / 2);
    expect(await metricSum(zone, "zb_gateway_dropped_deliveries_total", 'reason="reliable_full"')).toBe(0);

    // Once the flood is over the victim still plays: it hears the friend, and a newcomer gets in.
    await hears(victim, friend, "are you still there?");
    const newcomer = await player(bots, port, "newcomer");
    await hears(newcomer, victim, "still here");
    expect(victim.closeReason).toBeUndefined();
  }, 90_000);
});
