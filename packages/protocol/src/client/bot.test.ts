import { afterEach, describe, expect, it, vi } from "vitest";
import { type ConnectionListener, type SendResult, ticksAt } from "../core/index.js";
import { settingsChecksum, vieExeChecksum } from "../crypto/index.js";
import {
  C2SType,
  DEFAULT_SPECTATOR_FREQ,
  decodeC2S,
  encodeS2C,
  type PlayerRecord,
  type S2CPacket,
  S2CType,
  SETTINGS_LENGTH,
} from "../game/index.js";
import { BotClient } from "./bot.js";
import { BotErrorCode } from "./errors.js";
import { circlePath } from "./flight.js";
import type { BotLink } from "./link.js";

const OK: SendResult = { ok: true };

/** A link that records what the bot sends and lets the test play the server's packets. */
function fakeLink(offsetTicks = 0) {
  const sent: { packet: Uint8Array; reliable: boolean }[] = [];
  let listener: ConnectionListener | undefined;
  const link: BotLink = {
    sendReliable: (packet) => {
      sent.push({ packet, reliable: true });
      return OK;
    },
    sendUnreliable: (packet) => {
      sent.push({ packet, reliable: false });
      return OK;
    },
    clockOffsetTicks: offsetTicks,
    close: async () => listener?.onEvent?.({ type: "disconnected", reason: "local" }),
  };
  return {
    sent,
    sentOf: (type: number) => sent.filter((s) => s.packet[0] === type).map((s) => decodeC2S(s.packet)),
    play: (packet: S2CPacket, reliable = true) => listener?.onPacket(encodeS2C(packet), reliable),
    playRaw: (bytes: number[]) => listener?.onPacket(new Uint8Array(bytes), true),
    closeFromServer: () => listener?.onEvent?.({ type: "disconnected", reason: "remote" }),
    opener: async (l: ConnectionListener) => {
      listener = l;
      return link;
    },
  };
}

type FakeLink = ReturnType<typeof fakeLink>;

function record(pid: number, name: string): PlayerRecord {
  return {
    ship: 8,
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

const settings = { type: S2CType.Settings, body: new Uint8Array(SETTINGS_LENGTH - 1).fill(3) } as const;
const mapInfo = { type: S2CType.MapInfo, name: "m.lvl", crc32: 5 } as const;

/** Plays the entry burst for pid 2 with one other player (pid 0) already inside. */
function playBurst(link: FakeLink, omit: number[] = []) {
  const burst: S2CPacket[] = [
    { type: S2CType.WhoAmI, playerId: 2 },
    settings,
    { type: S2CType.PlayerEntering, players: [record(0, "other")] },
    { type: S2CType.PlayerEntering, players: [record(2, "me")] },
    mapInfo,
  ];
  for (const p of burst) if (!omit.includes(p.type)) link.play(p);
  link.play({ type: S2CType.EnteringComplete });
}

async function enteredBot(options: { clock?: () => number; offsetTicks?: number } = {}) {
  const link = fakeLink(options.offsetTicks);
  const bot = await BotClient.open({ name: "me", clock: options.clock, timeoutMs: 200 }, link.opener);
  const entry = bot.enterArena();
  playBurst(link);
  await entry;
  return { bot, link };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("BotClient (scripted link)", () => {
  it("resolves login with the 0x0A it answers, and marks only accepted codes as logged in", async () => {
    const link = fakeLink();
    const bot = await BotClient.open({ name: "me", password: "pw" }, link.opener);
    const login = bot.login();
    expect(link.sentOf(C2SType.Login)[0]).toMatchObject({ ok: true, packet: { name: "me", password: "pw" } });
    const answer = { type: S2CType.LoginResponse, serverVersion: 134, isVip: 0, exeChecksum: 0, demographics: 0 };
    link.play({ ...answer, code: 0x02, codeChecksum: 0, newsChecksum: 0 });
    expect((await login).code).toBe(0x02);
    expect(bot.loggedIn).toBe(false);
    const again = bot.login();
    link.play({ ...answer, code: 0x00, codeChecksum: 0, newsChecksum: 0x1234 });
    expect((await again).newsChecksum).toBe(0x1234);
    expect(bot.loggedIn).toBe(true);
  });

  it("rejects login with TIMEOUT when no 0x0A comes", async () => {
    const link = fakeLink();
    const bot = await BotClient.open({ name: "me", timeoutMs: 20 }, link.opener);
    await expect(bot.login()).rejects.toMatchObject({ code: BotErrorCode.Timeout });
  });

  it("collects the entry burst: pid, settings, map info and every player record", async () => {
    const link = fakeLink();
    const bot = await BotClient.open({ name: "me" }, link.opener);
    const entry = bot.enterArena({ arenaName: "duel", ship: 3 });
    expect(link.sentOf(C2SType.ArenaLogin)[0]).toMatchObject({ packet: { arenaType: -3, arenaName: "duel", ship: 3 } });
    playBurst(link);
    const result = await entry;
    expect(result.pid).toBe(2);
    expect(result.settings.body).toEqual(settings.body);
    expect(result.mapInfo).toEqual(mapInfo);
    expect([...result.players.keys()].sort()).toEqual([0, 2]);
    expect(bot.inArena).toBe(true);
    expect(bot.pid).toBe(2);
  });

  it("rejects the entry with BURST_INCOMPLETE when 0x02 comes before the map info", async () => {
    const link = fakeLink();
    const bot = await BotClient.open({ name: "me" }, link.opener);
    const entry = bot.enterArena();
    playBurst(link, [S2CType.MapInfo]);
    await expect(entry).rejects.toMatchObject({ code: BotErrorCode.BurstIncomplete, message: /0x29/ });
    expect(bot.inArena).toBe(false);
  });

  it("refuses a second enterArena while one is collecting its burst", async () => {
    const link = fakeLink();
    const bot = await BotClient.open({ name: "me", timeoutMs: 50 }, link.opener);
    const first = bot.enterArena();
    await expect(bot.enterArena()).rejects.toMatchObject({ code: BotErrorCode.Busy });
    await expect(first).rejects.toMatchObject({ code: BotErrorCode.Timeout });
  });

  it("keeps its player list from 0x03, 0x1D, 0x0D, 0x09 and 0x04", async () => {
    const { bot, link } = await enteredBot();
    link.play({ type: S2CType.PlayerEntering, players: [record(5, "late")] });
    link.play({ type: S2CType.ShipFreqChange, ship: 4, playerId: 5, freq: 1 });
    expect(bot.players.get(5)).toMatchObject({ name: "late", ship: 4, freq: 1 });
    link.play({ type: S2CType.FreqChange, playerId: 0, freq: 7 });
    expect(bot.players.get(0)?.freq).toBe(7);
    link.play({ type: S2CType.ScoreUpdate, playerId: 5, killPoints: 10, flagPoints: 2, kills: 1, deaths: 3 });
    expect(bot.players.get(5)).toMatchObject({ killPoints: 10, kills: 1, deaths: 3 });
    link.play({ type: S2CType.PlayerLeaving, playerId: 5 });
    expect(bot.players.has(5)).toBe(false);
    expect(bot.players.size).toBe(2);
  });

  it("counts undecodable packets by type and emits nothing for them", async () => {
    const { bot, link } = await enteredBot();
    const seen: number[] = [];
    bot.onAny((p) => seen.push(p.type));
    link.playRaw([0x04, 0x01]);
    link.playRaw([0x11]);
    link.playRaw([0x04, 0x01, 0x00]);
    expect(bot.stats.undecodable).toBe(2);
    expect(bot.stats.undecodableByType[0x04]).toBe(1);
    expect(bot.stats.undecodableByType[0x11]).toBe(1);
    expect(bot.stats.lastDecodeError?.code).toBe("UNKNOWN_TYPE");
    expect(seen).toEqual([S2CType.PlayerLeaving]);
  });

  it("answers a keyed 0x18 with 0x1A (settings and EXE checksums), and a key-0 one not at all", async () => {
    const { bot, link } = await enteredBot();
    link.play({ type: S2CType.SecuritySeeds, greenSeed: 1, doorSeed: 2, timestamp: 3, key: 0 });
    expect(link.sentOf(C2SType.SecurityResponse)).toHaveLength(0);
    link.play({ type: S2CType.SecuritySeeds, greenSeed: 1, doorSeed: 2, timestamp: 3, key: 99 });
    const [answer] = link.sentOf(C2SType.SecurityResponse);
    const settingsSum = settingsChecksum(encodeS2C(settings), 99);
    expect(settingsSum).not.toBe(0);
    expect(answer).toMatchObject({
      ok: true,
      packet: { exeChecksum: vieExeChecksum(99), settingsChecksum: settingsSum, mapChecksum: 0 },
    });
    expect(bot.stats.securityAnswers).toBe(1);
  });
});

describe("BotClient requests", () => {
  it("sends ship, freq, death and private chat requests reliably, as the server expects them", async () => {
    const { bot, link } = await enteredBot();
    bot.setShip(2);
    bot.setFreq(1);
    bot.die(0, 25);
    bot.chat(5, "psst", 0);
    const requests = link.sent.slice(-4);
    expect(requests.every((s) => s.reliable)).toBe(true);
    expect(requests.map((s) => decodeC2S(s.packet))).toMatchObject([
      { packet: { type: C2SType.ShipChange, ship: 2 } },
      { packet: { type: C2SType.FreqChange, freq: 1 } },
      { packet: { type: C2SType.Death, killerId: 0, bounty: 25 } },
      { packet: { type: C2SType.Chat, chatType: 5, target: 0, text: "psst" } },
    ]);
  });

  it("leaves with a 1-byte 0x02 and forgets the arena's players", async () => {
    const { bot, link } = await enteredBot();
    bot.leaveArena();
    expect([...(link.sent.at(-1)?.packet ?? [])]).toEqual([C2SType.LeaveArena]);
    expect(bot.inArena).toBe(false);
    expect(bot.players.size).toBe(0);
  });

  it("treats a 0x01 outside an entry as being pushed out of a recycled arena", async () => {
    const { bot, link } = await enteredBot();
    link.play({ type: S2CType.WhoAmI, playerId: 2 });
    expect(bot.inArena).toBe(false);
    expect(() => bot.sendPosition({ x: 1, y: 1 })).toThrow(expect.objectContaining({ code: BotErrorCode.NotInArena }));
    const again = bot.enterArena();
    playBurst(link);
    expect((await again).pid).toBe(2);
  });
});

describe("BotClient positions", () => {
  it("stamps positions with local ticks plus the link's clock offset and keeps energy and bounty", async () => {
    const now = 123_450;
    const { bot, link } = await enteredBot({ clock: () => now, offsetTicks: 500 });
    const time = bot.sendPosition({ x: 10, y: 20, energy: 900, bounty: 7 });
    expect(time).toBe(ticksAt(now) + 500);
    bot.sendPosition({ x: 11, y: 21 });
    const sent = link.sentOf(C2SType.Position);
    expect(sent.map((s) => s.ok && s.packet)).toMatchObject([
      { x: 10, y: 20, energy: 900, bounty: 7, time },
      { x: 11, y: 21, energy: 900, bounty: 7 },
    ]);
    expect(link.sent.filter((s) => s.packet[0] === C2SType.Position).every((s) => !s.reliable)).toBe(true);
  });

  it("fires from the last position with the weapon word, then sends plain positions again", async () => {
    const { bot, link } = await enteredBot();
    bot.sendPosition({ x: 300, y: 400 });
    bot.fire({ type: 3, level: 2, shrapnelBounces: false, shrapnelLevel: 0, shrapnelCount: 4, alternate: true });
    bot.sendPosition({ x: 301, y: 400 });
    const words = link
      .sentOf(C2SType.Position)
      .map((s) => s.ok && s.packet.type === C2SType.Position && s.packet.weapon);
    expect(words).toEqual([0, 3 | (2 << 5) | (4 << 10) | 0x8000, 0]);
  });

  it("refuses to send positions or fly outside an arena", async () => {
    const link = fakeLink();
    const bot = await BotClient.open({ name: "me" }, link.opener);
    expect(() => bot.sendPosition({ x: 1, y: 1 })).toThrow(expect.objectContaining({ code: BotErrorCode.NotInArena }));
    expect(() => bot.startFlying({ rateHz: 10 })).toThrow(expect.objectContaining({ code: BotErrorCode.NotInArena }));
    expect(link.sent).toHaveLength(0);
  });

  it("flies a path at the given rate until stopped, and stops when it leaves the arena", async () => {
    vi.useFakeTimers();
    const { bot, link } = await enteredBot({ clock: () => Date.now() });
    bot.startFlying({ rateHz: 10, path: circlePath({ x: 5000, y: 5000, radius: 100, periodMs: 4000 }) });
    vi.advanceTimersByTime(1000);
    const flown = link.sentOf(C2SType.Position).map((s) => s.ok && s.packet.type === C2SType.Position && s.packet);
    expect(flown).toHaveLength(11);
    expect(flown[0]).toMatchObject({ x: 5100, y: 5000, rotation: 20 });
    expect(flown[10]).toMatchObject({ x: 5000, y: 5100, rotation: 30 });
    bot.leaveArena();
    vi.advanceTimersByTime(1000);
    expect(link.sentOf(C2SType.Position)).toHaveLength(11);
    expect(bot.flying).toBe(false);
    expect(() => bot.startFlying({ rateHz: 0 })).toThrow(expect.objectContaining({ code: BotErrorCode.InvalidOption }));
  });
});

describe("BotClient waits and closing", () => {
  it("waitFor resolves on the first packet the predicate accepts and times out otherwise", async () => {
    const { bot, link } = await enteredBot();
    const chat = { type: S2CType.Chat, chatType: 2, sound: 0, playerId: 0 } as const;
    const wanted = bot.waitFor(S2CType.Chat, (p) => p.text === "b");
    link.play({ ...chat, text: "a" });
    link.play({ ...chat, text: "b" });
    expect((await wanted).text).toBe("b");
    await expect(bot.waitFor(S2CType.Chat, () => true, 10)).rejects.toMatchObject({ code: BotErrorCode.Timeout });
  });

  it("on a server disconnect rejects pending waits and entries with CLOSED and reports the reason", async () => {
    const link = fakeLink();
    const bot = await BotClient.open({ name: "me" }, link.opener);
    const reasons: string[] = [];
    bot.onClose((r) => reasons.push(r));
    const wait = bot.waitFor(S2CType.Chat);
    const entry = bot.enterArena();
    link.closeFromServer();
    await expect(wait).rejects.toMatchObject({ code: BotErrorCode.Closed });
    await expect(entry).rejects.toMatchObject({ code: BotErrorCode.Closed });
    await expect(bot.login()).rejects.toMatchObject({ code: BotErrorCode.Closed });
    expect(reasons).toEqual(["remote"]);
    expect(bot.closeReason).toBe("remote");
  });

  it("keeps dispatching when a handler throws, and counts the error", async () => {
    const { bot, link } = await enteredBot();
    bot.on(S2CType.KeepAlive, () => {
      throw new Error("broken handler");
    });
    const next = bot.waitFor(S2CType.KeepAlive);
    link.play({ type: S2CType.KeepAlive });
    await next;
    expect(bot.handlerErrors).toBe(1);
  });
});
