import { describe, expect, it } from "vitest";
import { answerConnectionInit, Connection, ConnectionState, ticksAt } from "../core/index.js";
import { clientKeyExchange, settingsChecksum, VIE_SCHEME } from "../crypto/index.js";
import {
  type C2SPacket,
  C2SType,
  DEFAULT_SPECTATOR_FREQ,
  decodeC2S,
  encodeS2C,
  type S2CPacket,
  S2CType,
  SETTINGS_LENGTH,
} from "../game/index.js";
import { BotClient } from "./bot.js";
import { connectionLink } from "./link.js";

/** Server clock far from the client's, so only a working time sync gives the right stamps. */
const SERVER_AHEAD_TICKS = 123_456;
const SETTINGS = new Uint8Array(SETTINGS_LENGTH).fill(0x5a);
SETTINGS[0] = S2CType.Settings;

/**
 * The bot over the real core state machines (VIE encrypted) on a fake clock: the bot's
 * `Connection` and a server `Connection` carried across by `step`, with a scripted server.
 */
function transportPair() {
  let now = 1_000;
  let client: Connection | undefined;
  let server: Connection | undefined;
  const atServer: C2SPacket[] = [];
  const send = (p: S2CPacket) => server?.sendReliable(encodeS2C(p));
  const script = (packet: C2SPacket) => {
    atServer.push(packet);
    if (packet.type !== C2SType.ArenaLogin) return;
    const me = { ship: 8, acceptsAudio: 0, name: "me", squad: "", killPoints: 0, flagPoints: 0, playerId: 4 };
    const rest = { freq: DEFAULT_SPECTATOR_FREQ, kills: 0, deaths: 0, attachedTo: -1, flagsCarried: 0, miscBits: 0 };
    send({ type: S2CType.WhoAmI, playerId: 4 });
    server?.sendReliable(SETTINGS);
    send({ type: S2CType.PlayerEntering, players: [{ ...me, ...rest }] });
    send({ type: S2CType.MapInfo, name: "m.lvl", crc32: 1 });
    send({ type: S2CType.EnteringComplete });
  };
  const opener = async (listener: Parameters<typeof Connection.client>[0]["listener"]) => {
    client = Connection.client({ now, listener, keyExchange: clientKeyExchange() });
    const c = client;
    // As UdpClient.flush: poll now and put what comes out on the "wire" to the server.
    const flush = () => {
      for (const d of c.poll(now)) toServer(d);
    };
    return connectionLink(c, async () => c.close(), flush);
  };
  const toServer = (d: Uint8Array) => {
    if (server) return server.receive(d, now);
    const accepted = answerConnectionInit(d, VIE_SCHEME);
    if (!accepted.ok) return;
    const listener = {
      onPacket: (p: Uint8Array) => {
        const decoded = decodeC2S(p);
        if (decoded.ok) script(decoded.packet);
      },
    };
    server = Connection.server({
      now,
      listener,
      cipher: accepted.value.cipher,
      keyResponse: accepted.value.response,
      ticks: (t) => ticksAt(t) + SERVER_AHEAD_TICKS,
    });
    client?.receive(accepted.value.response.slice(), now);
  };
  const step = (ms = 10) => {
    now += ms;
    for (const d of client?.poll(now) ?? []) toServer(d);
    for (const d of server?.poll(now) ?? []) client?.receive(d, now);
  };
  const runUntil = (done: () => boolean) => {
    for (let i = 0; i < 1000 && !done(); i++) step();
    return done();
  };
  return {
    clock: () => now,
    opener,
    step,
    runUntil,
    atServer,
    client: () => client,
    serverTicks: () => ticksAt(now) + SERVER_AHEAD_TICKS,
  };
}

describe("BotClient over the core transport", () => {
  it("enters through VIE with the 1428-byte settings reassembled from 00 08/00 09 pieces", async () => {
    const pair = transportPair();
    const bot = await BotClient.open({ name: "me", clock: pair.clock }, pair.opener);
    expect(pair.runUntil(() => pair.client()?.state === ConnectionState.Open)).toBe(true);
    const entry = bot.enterArena();
    expect(pair.runUntil(() => bot.inArena)).toBe(true);
    const result = await entry;
    expect(result.pid).toBe(4);
    expect(settingsChecksum(encodeS2C(result.settings), 7)).toBe(settingsChecksum(SETTINGS, 7));
  });

  it("stamps positions with the server's tick count learnt from 00 05/00 06", async () => {
    const pair = transportPair();
    const bot = await BotClient.open({ name: "me", clock: pair.clock }, pair.opener);
    expect(pair.runUntil(() => (pair.client()?.clockOffsetTicks ?? 0) !== 0)).toBe(true);
    const entry = bot.enterArena();
    pair.runUntil(() => bot.inArena);
    await entry;
    bot.sendPosition({ x: 512, y: 512 });
    const expected = pair.serverTicks();
    pair.runUntil(() => pair.atServer.some((p) => p.type === C2SType.Position));
    const position = pair.atServer.find((p) => p.type === C2SType.Position);
    expect(position?.type === C2SType.Position && Math.abs(position.time - expected)).toBeLessThanOrEqual(2);
  });

  it.each([
    [true, 1],
    [false, 0],
  ])("with flushOnSend %s, a position reaches the server before the next poll: %i", async (flushOnSend, count) => {
    const pair = transportPair();
    const bot = await BotClient.open({ name: "me", clock: pair.clock, flushOnSend }, pair.opener);
    const entry = bot.enterArena();
    expect(pair.runUntil(() => bot.inArena)).toBe(true);
    await entry;
    bot.sendPosition({ x: 700, y: 700 });
    const positions = () => pair.atServer.filter((p) => p.type === C2SType.Position).length;
    expect(positions()).toBe(count);
    pair.step();
    expect(positions()).toBe(1);
  });
});
