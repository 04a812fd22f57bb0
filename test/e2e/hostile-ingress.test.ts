import { createSocket, type Socket } from "node:dgram";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import {
  BotClient,
  type BotLinkOpener,
  ChatType,
  type Connection,
  clientKeyExchange,
  connectionLink,
  S2CType,
  UdpClient,
} from "@zonebus/protocol";
import {
  freeUdpPortPair,
  type NatsServerHandle,
  type ServiceProcess,
  startNatsServer,
  startServiceProcess,
} from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metricSum, rssMiB } from "../support/zone-probes.js";

/** The NATS server's max_payload: a cautious operator's, far below the 1 MiB default. */
const MAX_PAYLOAD = 8 * 1024;

describe("hostile ingress: distributed zone on a nats-server with an 8 KiB max_payload", () => {
  let nats: NatsServerHandle;
  let dir: string;
  let gateway: ServiceProcess;
  let port: number;
  const procs: ServiceProcess[] = [];
  const bots: BotClient[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "zb-ingress-"));
    writeFileSync(join(dir, "nats.conf"), `max_payload: ${MAX_PAYLOAD}\n`);
    nats = await startNatsServer({ args: ["-c", join(dir, "nats.conf")] });
    const env = { NATS_URL: nats.url, ZONE_ID: `ingress${Date.now()}` };
    procs.push(await startServiceProcess({ service: "master", env }));
    procs.push(await startServiceProcess({ service: "arena", env, args: ["--replica-id", "arena-a"] }));
    port = await freeUdpPortPair();
    gateway = await startServiceProcess({
      service: "gateway",
      env,
      args: ["--port", String(port), "--host", "127.0.0.1"],
    });
    procs.push(gateway);
  });
  afterAll(async () => {
    for (const b of bots) await b.disconnect().catch(() => undefined);
    for (const p of procs.reverse()) await p.stop();
    await nats?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const player = async (name: string, from: string, arena = "ingress") => {
    const bot = await BotClient.connect({ host: "127.0.0.1", port, name, encryption: "vie", localAddress: from });
    bots.push(bot);
    expect((await bot.login()).code).toBe(0);
    const entry = await bot.enterArena({ arenaType: -3, arenaName: arena });
    return { bot, pid: entry.pid };
  };

  /** A player whose connection the test holds, to send what no ordinary client would. */
  const rawPlayer = async (name: string, from: string) => {
    let connection: Connection | undefined;
    const clock = () => performance.now();
    const opener: BotLinkOpener = async (listener) => {
      const client = await UdpClient.connect({
        host: "127.0.0.1",
        port,
        keyExchange: clientKeyExchange({}),
        listener,
        clock,
        localAddress: from,
      });
      connection = client.connection;
      return connectionLink(
        client.connection,
        () => client.close(),
        () => client.flush(),
      );
    };
    const bot = await BotClient.open({ name, clock }, opener);
    bots.push(bot);
    expect((await bot.login()).code).toBe(0);
    await bot.enterArena({ arenaType: -3, arenaName: "ingress" });
    return { bot, connection: connection! };
  };

  /** Sends positions until `to` sees one from `from` at x (UDP and relay are unreliable by design). */
  const relayed = async (from: BotClient, to: BotClient, x: number) => {
    const got = to.waitFor(S2CType.Position, (p) => p.x === x, 5_000);
    const timer = setInterval(() => from.sendPosition({ x, y: 8200, bounty: 1, energy: 1000 }), 100);
    try {
      return await got;
    } finally {
      clearInterval(timer);
    }
  };

  it("splits input bursts larger than max_payload and drops an oversized packet; the gateway lives and play goes on", async () => {
    const watcher = await player("watcher", "127.0.0.2");
    const flyer = await player("flyer", "127.0.0.2");
    // Spectators' positions are not relayed: the players whose positions are watched take a ship.
    flyer.bot.setShip(0);
    const talkers: BotClient[] = [];
    for (let i = 0; i < 16; i++) talkers.push((await player(`talker${i}`, `127.0.1.${i + 1}`)).bot);
    await relayed(flyer.bot, watcher.bot, 9001);
    const rssBefore = rssMiB(gateway.pid);

    // A stalled gateway (a GC pause, a busy core) wakes to a queue of datagrams: one turn's batch
    // holds far more than 8 KiB of chat.
    const lastLines = talkers.map((_, i) =>
      watcher.bot.waitFor(S2CType.Chat, (p) => p.text.startsWith(`burst ${i} 4 `), 10_000),
    );
    process.kill(gateway.pid, "SIGSTOP");
    try {
      for (const [i, t] of talkers.entries())
        for (let n = 0; n < 5; n++) t.chat(ChatType.Public, `burst ${i} ${n} ${"x".repeat(220)}`);
      await sleep(300);
    } finally {
      process.kill(gateway.pid, "SIGCONT");
    }
    await Promise.all(lastLines);
    const splits = await metricSum(gateway, "zb_gateway_input_batch_splits_total");
    expect(splits).toBeGreaterThan(0);

    // One player sends a 20 KiB packet (big chunk) and a 1.1 MiB stream: neither fits a bus message.
    const attacker = await rawPlayer("bigsender", "127.0.0.3");
    const big = new Uint8Array(20 * 1024).fill(0x41);
    big[0] = 0x06;
    expect(attacker.connection.sendReliable(big).ok).toBe(true);
    const huge = new Uint8Array(1_100 * 1024).fill(0x42);
    huge[0] = 0x06;
    attacker.connection.sendStream(huge);
    await expect
      .poll(() => metricSum(gateway, "zb_gateway_dropped_packets_total", 'reason="input_too_large"'), {
        timeout: 10_000,
      })
      .toBeGreaterThanOrEqual(1);

    expect((await relayed(flyer.bot, watcher.bot, 9002)).playerId).toBe(flyer.pid);
    const late = await player("latecomer", "127.0.0.4");
    late.bot.setShip(1);
    expect((await relayed(late.bot, watcher.bot, 9003)).playerId).toBe(late.pid);
    expect(await metricSum(gateway, "zb_gateway_bus_refused_publishes_total")).toBe(0);
    expect(gateway.output()).not.toContain("max_payload size exceeded");
    const rssAfter = rssMiB(gateway.pid);
    console.log(
      `input bursts on an 8 KiB max_payload: ${splits} batches split, ` +
        `input_too_large ${await metricSum(gateway, "zb_gateway_dropped_packets_total", 'reason="input_too_large"')}, ` +
        `gateway RSS ${rssBefore} MB -> ${rssAfter} MB`,
    );
  });

  it("answers a ping flood from one address a bounded number of times, and other addresses still", async () => {
    const socket = async (from: string): Promise<Socket> => {
      const s = createSocket("udp4");
      await new Promise<void>((r) => s.bind({ address: from, port: 0 }, () => r()));
      s.connect(port + 1, "127.0.0.1");
      await new Promise((r) => s.once("connect", r));
      return s;
    };
    const flood = await socket("127.0.0.5");
    let replies = 0;
    let bytes = 0;
    let largest = 0;
    flood.on("message", (m) => {
      replies++;
      bytes += m.byteLength;
      largest = Math.max(largest, m.byteLength);
    });
    const request = Buffer.alloc(8);
    request.writeUInt32LE(3, 4); // global summary and arena list: the largest answer
    const started = performance.now();
    const sent = 2_000;
    for (let i = 0; i < sent; i += 50) {
      for (let j = 0; j < 50; j++) flood.send(request);
      await sleep(10);
    }
    const seconds = (performance.now() - started) / 1000;
    await sleep(300);

    const other = await socket("127.0.0.6");
    const answered = new Promise<Buffer>((r) => other.once("message", r));
    other.send(Buffer.from([1, 2, 3, 4]));
    expect((await answered).byteLength).toBe(8);
    flood.close();
    other.close();
    // Burst 20, then 10 a second.
    expect(replies).toBeLessThanOrEqual(20 + Math.ceil(10 * (seconds + 0.3)) + 1);
    expect(replies).toBeGreaterThan(0);
    expect(largest).toBeLessThanOrEqual(512);
    const limited = await metricSum(gateway, "zb_gateway_ping_datagrams_total", 'result="rate_limited"');
    expect(limited).toBeGreaterThan(sent / 2);
    console.log(
      `ping flood: ${sent} requests of 8 bytes in ${seconds.toFixed(1)} s -> ${replies} replies, ${bytes} bytes ` +
        `(largest ${largest}); rate_limited ${limited}; gateway RSS ${rssMiB(gateway.pid)} MB`,
    );
  });

  it("rate-limits a login flood from one address; a client from another address logs in at once and plays", async () => {
    const from = "127.0.0.7";
    const codes = new Map<string, number>();
    const count = (k: string) => codes.set(k, (codes.get(k) ?? 0) + 1);
    const started = performance.now();
    // Ten at a time, so the transport's cap on connections not yet logged in per address stays out of it.
    for (let wave = 0; wave < 6; wave++) {
      await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          const bot = await BotClient.connect({
            host: "127.0.0.1",
            port,
            name: `flood${wave}x${i}`,
            encryption: "vie",
            localAddress: from,
            timeoutMs: 1_500,
          }).catch(() => undefined);
          if (!bot) return void count("no_connection");
          try {
            count(String((await bot.login()).code));
          } catch {
            count("silent");
          } finally {
            await bot.disconnect();
          }
        }),
      );
    }
    const seconds = (performance.now() - started) / 1000;
    const admitted = codes.get("0") ?? 0;
    // Burst 16, then 4 a second; the refused hear "server busy" (0x0E) at most once a second.
    expect(admitted).toBeGreaterThanOrEqual(16);
    expect(admitted).toBeLessThanOrEqual(16 + Math.ceil(4 * seconds) + 1);
    expect(codes.get("14") ?? 0).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
    expect(codes.get("14") ?? 0).toBeGreaterThanOrEqual(1);
    const limited = await metricSum(gateway, "zb_gateway_dropped_packets_total", 'reason="login_rate_limited"');
    expect(limited).toBe(60 - admitted - (codes.get("no_connection") ?? 0));

    const t0 = performance.now();
    const guest = await player("guest", "127.0.0.8", "after-flood");
    const loginMs = Math.round(performance.now() - t0);
    const friend = await player("friend", "127.0.0.8", "after-flood");
    const said = friend.bot.waitFor(S2CType.Chat, (p) => p.text === "still here");
    guest.bot.chat(ChatType.Public, "still here");
    expect((await said).playerId).toBe(guest.pid);
    console.log(
      `login flood: 60 logins from one address in ${seconds.toFixed(1)} s -> ${JSON.stringify(Object.fromEntries(codes))}; ` +
        `login_rate_limited ${limited}; another address logged in and entered in ${loginMs} ms; gateway RSS ${rssMiB(gateway.pid)} MB`,
    );
  });
});
