import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { deflateSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { type Connection, type DisconnectReason, ticksAt, UdpServer, UnreliablePriority } from "../core/index.js";
import { crc32, VIE_SCHEME } from "../crypto/index.js";
import {
  type C2SPacket,
  ChatType,
  DEFAULT_SPECTATOR_FREQ,
  decodeC2S,
  encodeS2C,
  needsWeaponPacket,
  type PlayerRecord,
  S2CType,
  WeaponType,
} from "../game/index.js";
import { BotClient } from "./bot.js";
import { relayAgeTicks } from "./latency.js";

const SHARED = "/work/shared";
const MAP = readFileSync(`${SHARED}/zones/asss-dist/maps/smallmap.lvl`);
const SETTINGS = Buffer.from(
  (
    JSON.parse(readFileSync(`${SHARED}/protocol/vectors/settings-default-arena.json`, "utf8")) as {
      settings_hex: string;
    }
  ).settings_hex,
  "hex",
);
const NEWS_CRC = 0x58aff3a1;
// Keys and answers from vectors/checksums.json (ASSS's own functions over the dist files).
const MAP_KEY = 123456789;
const MAP_KEY_CHECKSUM = 246913747;
const SETTINGS_KEY = 297833813;
const SETTINGS_KEY_CHECKSUM = 3314443482;

interface ZonePlayer {
  readonly connection: Connection;
  record: PlayerRecord | undefined;
  readonly received: C2SPacket[];
  closed: DisconnectReason | undefined;
}

/**
 * A tiny zone scripted from the fact sheet: `0x0A` ok to any login, the arena-entry burst to
 * `0x01`, positions relayed as `0x28`/`0x05`, chat as `0x07`, the map streamed as `0x2A`.
 */
async function scriptedZone() {
  const players: ZonePlayer[] = [];
  const clock = () => performance.now();
  const others = (me: ZonePlayer) => players.filter((p) => p !== me && p.record && !p.closed);
  const sendTo = (p: ZonePlayer, packet: Parameters<typeof encodeS2C>[0]) =>
    p.connection.sendReliable(encodeS2C(packet));
  const handle = (me: ZonePlayer, packet: C2SPacket): void => {
    me.received.push(packet);
    switch (packet.type) {
      case 0x09:
        sendTo(me, {
          type: S2CType.LoginResponse,
          code: 0,
          serverVersion: 134,
          isVip: 0,
          exeChecksum: 0xf1429ce8,
          demographics: 0,
          codeChecksum: 0x281cc948,
          newsChecksum: NEWS_CRC,
        });
        return;
      case 0x01: {
        const pid = players.indexOf(me);
        me.record = newRecord(pid, `bot${pid}`, packet.ship);
        sendTo(me, { type: S2CType.WhoAmI, playerId: pid });
        me.connection.sendReliable(SETTINGS);
        for (const o of others(me)) sendTo(me, { type: S2CType.PlayerEntering, players: [o.record!] });
        sendTo(me, { type: S2CType.PlayerEntering, players: [me.record] });
        sendTo(me, { type: S2CType.MapInfo, name: "smallmap.lvl", crc32: crc32(MAP) });
        sendTo(me, { type: S2CType.EnteringComplete });
        sendTo(me, { type: S2CType.SecuritySeeds, greenSeed: 1, doorSeed: 2, timestamp: 3, key: 0 });
        for (const o of others(me)) sendTo(o, { type: S2CType.PlayerEntering, players: [me.record] });
        return;
      }
      case 0x03: {
        const pid = players.indexOf(me);
        const now = ticksAt(clock());
        const latency = Math.max(0, Math.min(255, now - packet.time));
        const common = { rotation: packet.rotation, time: now & 0xffff, x: packet.x, y: packet.y, latency };
        const speeds = { xSpeed: packet.xSpeed, ySpeed: packet.ySpeed, status: packet.status, extraLength: 0 as const };
        const extra = { energy: 0, s2cLag: 0, timer: 0, items: 0 };
        const relayed = needsWeaponPacket(packet.weapon, packet.bounty, pid)
          ? encodeS2C({
              type: S2CType.Weapon,
              ...common,
              ...speeds,
              playerId: pid,
              bounty: packet.bounty,
              weapon: packet.weapon,
              extra,
            })
          : encodeS2C({ type: S2CType.Position, ...common, ...speeds, playerId: pid, bounty: packet.bounty, extra });
        for (const o of others(me)) o.connection.sendUnreliable(relayed, UnreliablePriority.Normal);
        return;
      }
      case 0x06:
        for (const o of others(me)) {
          sendTo(o, {
            type: S2CType.Chat,
            chatType: packet.chatType,
            sound: 0,
            playerId: players.indexOf(me),
            text: packet.text,
          });
        }
        return;
      case 0x0c:
        me.connection.sendStream(
          Buffer.concat([Buffer.from([S2CType.MapData]), name16("smallmap.lvl"), deflateSync(MAP)]),
        );
        return;
      default:
        return;
    }
  };
  const leave = (me: ZonePlayer) => {
    for (const o of others(me)) sendTo(o, { type: S2CType.PlayerLeaving, playerId: players.indexOf(me) });
  };
  const server = await UdpServer.listen({
    host: "127.0.0.1",
    port: 0,
    responder: VIE_SCHEME,
    clock,
    config: { bandwidth: { initial: 200_000, maximum: 1_000_000 } },
    onConnection: (session) => {
      const me: ZonePlayer = { connection: session.connection, record: undefined, received: [], closed: undefined };
      players.push(me);
      return {
        onPacket: (raw) => {
          const decoded = decodeC2S(raw);
          if (decoded.ok) handle(me, decoded.packet);
        },
        onEvent: (e) => {
          if (e.type !== "disconnected") return;
          leave(me);
          me.closed = e.reason;
        },
      };
    },
  });
  const seeds = (p: ZonePlayer, key: number) =>
    sendTo(p, { type: S2CType.SecuritySeeds, greenSeed: 1, doorSeed: 2, timestamp: 3, key });
  return { server, players, seeds };
}

function newRecord(pid: number, name: string, ship: number): PlayerRecord {
  return {
    ship,
    acceptsAudio: 0,
    name,
    squad: "",
    killPoints: 0,
    flagPoints: 0,
    playerId: pid,
    freq: DEFAULT_SPECTATOR_FREQ,
    kills: 0,
    deaths: 0,
    attachedTo: -1,
    flagsCarried: 0,
    miscBits: 0,
  };
}

const name16 = (s: string) => {
  const b = Buffer.alloc(16);
  b.write(s, "latin1");
  return b;
};

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function zoneWithBots(n: number) {
  const zone = await scriptedZone();
  cleanups.push(() => zone.server.close());
  const bots: BotClient[] = [];
  for (let i = 0; i < n; i++) {
    const bot = await BotClient.connect({
      host: "127.0.0.1",
      port: zone.server.port,
      name: `bot${i}`,
      encryption: i % 2 === 0 ? "vie" : "none",
    });
    cleanups.push(() => bot.disconnect());
    bots.push(bot);
  }
  return { zone, bots };
}

async function enterAll(bots: BotClient[]) {
  const entries = [];
  for (const bot of bots) {
    await bot.login();
    entries.push(await bot.enterArena({ ship: 1 }));
  }
  return entries;
}

describe("BotClient over UDP against a scripted zone", () => {
  it("logs two bots in (one VIE-encrypted, one with key 0) and each sees the other's 0x03", async () => {
    const { bots } = await zoneWithBots(2);
    const [a, b] = bots as [BotClient, BotClient];
    const response = await a.login();
    expect(response.code).toBe(0);
    expect(response.newsChecksum).toBe(NEWS_CRC);
    const entryA = await a.enterArena({ ship: 1 });
    const aSeesB = a.waitFor(S2CType.PlayerEntering, (p) => p.players.some((r) => r.name === "bot1"));
    await b.login();
    const entryB = await b.enterArena({ ship: 1 });
    await aSeesB;
    expect(entryA.pid).toBe(0);
    expect(entryB.pid).toBe(1);
    expect([...entryB.players.values()].map((p) => p.name).sort()).toEqual(["bot0", "bot1"]);
    expect(a.players.get(1)?.name).toBe("bot1");
    expect(entryB.settings.body).toEqual(new Uint8Array(SETTINGS.subarray(1)));
    expect(entryB.mapInfo).toMatchObject({ name: "smallmap.lvl", crc32: crc32(MAP) });
  });

  it("relays a position from one bot to the other as 0x28 with a valid checksum and a recent time", async () => {
    const { zone, bots } = await zoneWithBots(2);
    const [a, b] = bots as [BotClient, BotClient];
    await enterAll(bots);
    const arrived = b.waitFor(S2CType.Position, (p) => p.x === 4000);
    const samples: number[] = [];
    b.onPosition((s) => samples.push(relayAgeTicks(s.time, s.serverTicks)));
    a.sendPosition({ x: 4000, y: 5000, xSpeed: 100, ySpeed: -50, rotation: 10, energy: 1200 });
    const p = await arrived;
    expect(p).toMatchObject({ playerId: 0, x: 4000, y: 5000, xSpeed: 100, ySpeed: -50, rotation: 10 });
    // The zone decodes with the XOR check, so the packet only reached it with a correct checksum.
    expect(zone.players[0]!.received.filter((r) => r.type === 0x03)).toHaveLength(1);
    expect(samples).toHaveLength(1);
    expect(Math.abs(samples[0]!)).toBeLessThan(50);
  });

  it("sends a fired weapon that arrives as 0x05 carrying the weapon word", async () => {
    const { bots } = await zoneWithBots(2);
    const [a, b] = bots as [BotClient, BotClient];
    await enterAll(bots);
    a.sendPosition({ x: 1000, y: 1000 });
    const weapon = b.waitFor(S2CType.Weapon);
    a.fire(WeaponType.Bomb);
    expect(await weapon).toMatchObject({ playerId: 0, x: 1000, y: 1000, weapon: WeaponType.Bomb });
    expect(b.stats.weaponsReceived).toBe(1);
  });

  it("delivers public chat to the other bot as 0x07 with the sender's pid", async () => {
    const { bots } = await zoneWithBots(2);
    const [a, b] = bots as [BotClient, BotClient];
    await enterAll(bots);
    const heard = b.waitFor(S2CType.Chat);
    a.chat(ChatType.Public, "hello from bot0");
    expect(await heard).toMatchObject({ chatType: ChatType.Public, playerId: 0, text: "hello from bot0" });
  });

  it("downloads the map as a 0x2A stream whose inflated bytes match the 0x29 CRC", async () => {
    const { bots } = await zoneWithBots(1);
    const [a] = bots as [BotClient];
    await enterAll(bots);
    const map = await a.downloadMap();
    expect(map.name).toBe("smallmap.lvl");
    expect(map.crc32).toBe(0xb2fb5159);
    expect(Buffer.from(map.bytes).equals(MAP)).toBe(true);
  });

  it("answers keyed 0x18 with 0x1A carrying ASSS's settings, map and EXE checksums", async () => {
    const { zone, bots } = await zoneWithBots(1);
    const [a] = bots as [BotClient];
    await enterAll(bots);
    await a.downloadMap();
    const me = zone.players[0]!;
    zone.seeds(me, SETTINGS_KEY);
    zone.seeds(me, MAP_KEY);
    await until(() => me.received.filter((p) => p.type === 0x1a).length === 2);
    const [bySettings, byMap] = me.received.filter((p) => p.type === 0x1a);
    expect(bySettings).toMatchObject({ settingsChecksum: SETTINGS_KEY_CHECKSUM });
    expect(byMap).toMatchObject({ mapChecksum: MAP_KEY_CHECKSUM });
    expect(a.stats.securityAnswers).toBe(2);
  });

  it("disconnects with 00 07: the zone closes the session as remote and the other bot sees 0x04", async () => {
    const { zone, bots } = await zoneWithBots(2);
    const [a, b] = bots as [BotClient, BotClient];
    await enterAll(bots);
    const left = b.waitFor(S2CType.PlayerLeaving);
    await a.disconnect();
    expect((await left).playerId).toBe(0);
    await until(() => zone.players[0]!.closed !== undefined);
    expect(zone.players[0]!.closed).toBe("remote");
    expect(a.closeReason).toBe("local");
    expect(b.players.has(0)).toBe(false);
  });
});

async function until(done: () => boolean, limitMs = 3000): Promise<void> {
  const start = performance.now();
  while (!done()) {
    if (performance.now() - start > limitMs) throw new Error("condition not reached");
    await new Promise((r) => setTimeout(r, 5));
  }
}
