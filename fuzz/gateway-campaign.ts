/**
 * The gateway half of `npm run fuzz`: random and mutated datagrams over real UDP into a whole
 * zone started in this process, through every stage of the gateway's input path —
 *
 * - strangers: sockets that never did a key exchange (random bytes, mutated `00 01`), and the ping port;
 * - keyed: connections that completed the key exchange (key 0) but did not log in (mutated
 *   transcript datagrams: time sync, the reliable login, acks, clusters, big chunks, streams);
 * - players: connections logged in and in an arena, whose mutated game packets go out framed
 *   by the client's own transport (so they reach PlayerSession and the ArenaBatcher in order),
 *   bare, or in mutated core framing.
 *
 * Two ordinary VIE clients play in the same arena throughout; at the end they and a newcomer
 * must still log in, enter and see each other. A crash is an exception that reaches the
 * process ('uncaughtException', 'unhandledRejection') or a bus handler.
 */
import { createSocket, type Socket } from "node:dgram";
import { readFileSync } from "node:fs";
import { setTimeout as sleep, setImmediate as turn } from "node:timers/promises";
import { anyArenaSubject } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import { BotClient } from "@zonebus/protocol";
import { freeUdpPortPair } from "@zonebus/testkit";
import type { Crash } from "./decoder-campaign.js";
import { FuzzLink } from "./fuzz-link.js";
import { checkLiveness, FUZZ_ARENA, type Liveness } from "./liveness.js";
import { MemoryPeak } from "./memory.js";
import { mutate, randomDatagram, Strategy, wrap } from "./mutate.js";
import { Prng } from "./prng.js";
import type { Corpus } from "./seeds.js";
import { startZone } from "./zone.js";

export const Lane = { Stranger: "stranger", Ping: "ping", Keyed: "keyed", Player: "player" } as const;
export type Lane = (typeof Lane)[keyof typeof Lane];

/**
 * Datagrams sent before the loop yields to the event loop, so that the gateway reads them before
 * the kernel's receive buffer fills: adapted between these bounds, halved whenever the kernel
 * reports receive-buffer drops.
 */
const MIN_BATCH = 4;
const MAX_BATCH = 64;
/** A fuzzed player is replaced after this many datagrams, so that logins and entries keep being exercised. */
const PLAYER_LIFETIME = 2_000;
const STRANGERS = 8;
const KEYED = 4;
const PLAYERS = 8;
/**
 * Flags of the fuzzed zone beside the defaults: idle connections go in 3 s; no per-connection
 * datagram rate limit, so that every datagram a fuzzed client sends is read and decoded rather
 * than dropped unread (the limit itself has tests of its own).
 */
export const FUZZ_ZONE_ARGS = ["--client-timeout", "3s", "--datagram-rate", "0"];
/** C2S types a player in an arena sends: position, chat, death, green, ship, freq, attach, security, ball, flag, brick. */
const PLAYING_TYPES = [0x03, 0x03, 0x03, 0x06, 0x05, 0x07, 0x18, 0x0f, 0x10, 0x1a, 0x1f, 0x20, 0x13, 0x15, 0x1c];
/** Datagrams kept for a crash report: the culprit is among the last ones the gateway read. */
const RECENT = 64;

export interface GatewayFuzzOptions {
  readonly seed: number;
  readonly count: number;
  readonly seconds: number;
  readonly corpus: Corpus;
  /** Extra service flags for the zone. */
  readonly zoneArgs?: readonly string[];
  readonly onProgress?: (done: number, peak: MemoryPeak) => void;
}

export interface GatewayReport {
  readonly datagrams: number;
  readonly bytes: number;
  readonly byLane: Readonly<Record<string, number>>;
  readonly byStrategy: Readonly<Record<string, number>>;
  readonly crashes: readonly Crash[];
  readonly crashCount: number;
  /** Key exchanges and player logins+entries the fuzzer completed. */
  readonly keyedOpened: number;
  readonly playersEntered: number;
  readonly playerFailures: number;
  /** Datagrams the kernel dropped for a full receive buffer during the run (whole machine; an estimate). */
  readonly kernelDrops: number;
  /** Input batches the gateway published to arenas, and the inputs in them. */
  readonly arenaBatches: number;
  readonly arenaInputs: number;
  /** zb_gateway_dropped_packets_total and other gateway counters, by label. */
  readonly gatewayCounters: Readonly<Record<string, number>>;
  readonly liveness: Liveness;
  readonly seconds: number;
  readonly peak: MemoryPeak;
  /** Heap and RSS once the run ended, players gone and (when exposed) a GC ran. */
  readonly endHeap: number;
  readonly endRss: number;
}

/** `Udp: RcvbufErrors` from /proc/net/snmp, or 0 where there is no such file. */
function udpRcvbufErrors(): number {
  try {
    const lines = readFileSync("/proc/net/snmp", "utf8")
      .split("\n")
      .filter((l) => l.startsWith("Udp:"));
    const names = lines[0]!.split(/\s+/);
    const values = lines[1]!.split(/\s+/);
    return Number(values[names.indexOf("RcvbufErrors")] ?? 0);
  } catch {
    return 0;
  }
}

async function bound(address: string): Promise<Socket> {
  const s = createSocket("udp4");
  s.on("error", () => undefined);
  await new Promise<void>((resolve) => s.bind({ address, port: 0 }, resolve));
  return s;
}

interface Player {
  readonly bot: BotClient;
  readonly link: FuzzLink;
  sent: number;
}

/** Which lane datagram `index` goes to, and its bytes: a pure function of (seed, index). */
export function gatewayInput(seed: number, index: number, corpus: Corpus) {
  const r = new Prng(seed, index);
  const roll = r.int(100);
  const lane: Lane = roll < 22 ? Lane.Stranger : roll < 25 ? Lane.Ping : roll < 50 ? Lane.Keyed : Lane.Player;
  let data: Uint8Array;
  let strategy: string;
  /** For players: send through the client's transport (reliable, in order) rather than raw. */
  let framed = false;
  const c2s = () => mutate(r, r.pick(corpus.c2s), r.pick(corpus.c2s));
  if (lane === Lane.Stranger || lane === Lane.Ping) {
    if (r.chance(0.5)) {
      data = randomDatagram(r);
      strategy = Strategy.Random;
    } else ({ data, strategy } = mutate(r, r.pick(corpus.inits), r.pick(corpus.clientDatagrams)));
  } else if (lane === Lane.Keyed) {
    const roll2 = r.int(10);
    if (roll2 < 5) ({ data, strategy } = mutate(r, r.pick(corpus.clientDatagrams), r.pick(corpus.clientDatagrams)));
    else if (roll2 < 8) {
      ({ data, strategy } = c2s());
      data = wrap(r, data);
    } else if (roll2 < 9) {
      ({ data, strategy } = c2s());
      framed = true;
    } else {
      data = randomDatagram(r);
      strategy = Strategy.Random;
    }
  } else {
    const roll2 = r.int(10);
    ({ data, strategy } = c2s());
    // Most packets of a player in an arena should find it there: an arena change or leave
    // (0x01, 0x02) takes it out until it is replaced, so only a few are let through.
    if ((data[0] === 0x01 || data[0] === 0x02) && r.chance(0.9)) data[0] = r.pick(PLAYING_TYPES);
    if (roll2 < 4) framed = data.length > 0;
    else if (roll2 < 7) {
      if (data[0] === 0) data[0] = r.pick(corpus.c2s)[0] ?? 1;
    } else data = wrap(r, data);
  }
  // A disconnect ends the session the next datagrams were meant for; keep a few.
  if (lane !== Lane.Stranger && data[0] === 0 && data[1] === 0x07 && r.chance(0.95)) data[1] = 0x0e;
  return { lane, data, strategy, framed };
}

export async function runGatewayCampaign(opts: GatewayFuzzOptions): Promise<GatewayReport> {
  const crashes: Crash[] = [];
  let crashCount = 0;
  const recent: { index: number; lane: string; hex: string }[] = [];
  let index = 0;
  const onCrash = (where: string) => (err: unknown) => {
    crashCount++;
    if (crashes.length < 20)
      crashes.push({
        where,
        index,
        input: JSON.stringify(recent.slice(-RECENT)),
        error: err instanceof Error ? (err.stack ?? String(err)) : String(err),
      });
  };
  const onUncaught = onCrash("uncaughtException");
  const onRejection = onCrash("unhandledRejection");
  process.on("uncaughtException", onUncaught);
  process.on("unhandledRejection", onRejection);

  const port = await freeUdpPortPair();
  const zone = await startZone(port, [...FUZZ_ZONE_ARGS, ...(opts.zoneArgs ?? [])]);
  const host = "127.0.0.1";
  let arenaBatches = 0;
  let arenaInputs = 0;
  const sub = zone.bus.subscribe(anyArenaSubject(zone.subjects.zone, "in"), (m) => {
    arenaBatches++;
    arenaInputs += zonebus.ArenaInputBatch.decode(m.data).inputs.length;
  });

  const closers: (() => Promise<void>)[] = [];
  const peak = new MemoryPeak();
  const began = performance.now();
  const drops0 = udpRcvbufErrors();
  const byLane: Record<string, number> = {};
  const byStrategy: Record<string, number> = {};
  let bytes = 0;
  let keyedOpened = 0;
  let playersEntered = 0;
  let playerFailures = 0;
  let generation = 0;
  let liveness: Liveness = {
    observersConnected: false,
    observerCloses: [],
    observersChat: false,
    heardAfterMs: undefined,
    newcomerPlays: false,
  };
  try {
    // Two ordinary players in the arena the fuzzed players enter.
    const observers: BotClient[] = [];
    for (const name of ["watcher-a", "watcher-b"]) {
      const bot = await BotClient.connect({ host, port, name, encryption: "vie" });
      closers.push(() => bot.disconnect().catch(() => undefined));
      await bot.login();
      await bot.enterArena({ arenaName: FUZZ_ARENA });
      observers.push(bot);
    }
    observers[0]!.startFlying({ rateHz: 10 });

    const strangers: Socket[] = [];
    for (let i = 0; i < STRANGERS; i++) strangers.push(await bound(`127.0.1.${1 + i}`));
    closers.push(async () => {
      for (const s of strangers) s.close();
    });

    const keyed: (FuzzLink | undefined)[] = new Array(KEYED).fill(undefined);
    const players: (Player | undefined)[] = new Array(PLAYERS).fill(undefined);
    const pending = new Set<Promise<void>>();
    const track = (p: Promise<void>) => {
      pending.add(p);
      void p.then(() => pending.delete(p));
    };
    const listener = { onPacket: () => undefined };
    const opening = { keyed: new Set<number>(), players: new Set<number>() };
    const openKeyed = async (slot: number) => {
      try {
        keyed[slot] = await FuzzLink.open(host, port, listener, `127.0.2.${1 + slot}`);
        keyedOpened++;
      } catch {
        await sleep(200);
      }
    };
    const openPlayer = async (slot: number) => {
      const name = `fz${slot}g${generation++}`;
      let link: FuzzLink | undefined;
      let bot: BotClient | undefined;
      try {
        bot = await BotClient.open(
          { name, timeoutMs: 3_000 },
          FuzzLink.opener(host, port, `127.0.3.${1 + slot}`, (l) => {
            link = l;
          }),
        );
        const res = await bot.login();
        if (res.code !== 0) throw new Error(`login code ${res.code}`);
        await bot.enterArena({ arenaName: FUZZ_ARENA });
        players[slot] = { bot, link: link!, sent: 0 };
        playersEntered++;
      } catch {
        playerFailures++;
        await bot?.disconnect().catch(() => undefined);
        await sleep(200);
      }
    };
    /** Replaces closed keyed links, and players that are gone or served their time, in the background. */
    const refill = () => {
      for (let i = 0; i < KEYED; i++) {
        const k = keyed[i];
        if ((k === undefined || !k.open) && !opening.keyed.has(i)) {
          if (k) void k.close();
          keyed[i] = undefined;
          opening.keyed.add(i);
          track(openKeyed(i).finally(() => opening.keyed.delete(i)));
        }
      }
      for (let i = 0; i < PLAYERS; i++) {
        const p = players[i];
        if ((p === undefined || !p.link.open || p.sent >= PLAYER_LIFETIME) && !opening.players.has(i)) {
          if (p) void p.bot.disconnect().catch(() => undefined);
          players[i] = undefined;
          opening.players.add(i);
          track(openPlayer(i).finally(() => opening.players.delete(i)));
        }
      }
    };
    closers.push(async () => {
      await Promise.all(pending);
      for (const k of keyed) await k?.close();
      for (const p of players) await p?.bot.disconnect().catch(() => undefined);
    });
    refill();
    await Promise.all(pending);

    const deadline = began + opts.seconds * 1000;
    let batch = 32;
    let drops = udpRcvbufErrors();
    while (index < opts.count && performance.now() < deadline) {
      for (let b = 0; b < batch && index < opts.count; b++, index++) {
        const input = gatewayInput(opts.seed, index, opts.corpus);
        const { data } = input;
        let lane: Lane = input.lane;
        const r = index;
        if (lane === Lane.Player) {
          const p = players[r % PLAYERS] ?? players.find((x) => x !== undefined);
          if (p === undefined) lane = Lane.Keyed;
          else {
            p.sent++;
            if (input.framed) p.link.connection.sendReliable(data);
            else p.link.sendRaw(data);
          }
        }
        if (lane === Lane.Keyed) {
          const k = keyed[r % KEYED] ?? keyed.find((x) => x !== undefined);
          if (k === undefined) lane = Lane.Stranger;
          else if (input.framed) k.connection.sendReliable(data);
          else k.sendRaw(data);
        }
        if (lane === Lane.Stranger || lane === Lane.Ping) {
          const s = strangers[r % STRANGERS]!;
          s.send(data, lane === Lane.Ping ? port + 1 : port, host);
        }
        byLane[lane] = (byLane[lane] ?? 0) + 1;
        byStrategy[input.strategy] = (byStrategy[input.strategy] ?? 0) + 1;
        bytes += data.length;
        recent.push({ index, lane, hex: Buffer.from(data).toString("hex") });
        if (recent.length > RECENT * 2) recent.splice(0, RECENT);
      }
      await turn();
      const now = udpRcvbufErrors();
      if (now > drops) {
        batch = Math.max(MIN_BATCH, batch >> 1);
        await sleep(2);
      } else batch = Math.min(MAX_BATCH, batch + 1);
      drops = now;
      if ((index & 0x3ff) < batch) {
        peak.sample();
        refill();
        opts.onProgress?.(index, peak);
        // A stranger socket is replaced now and then: connections it began are left to time out.
        const s = index % STRANGERS;
        strangers[s]!.close();
        strangers[s] = await bound(`127.0.1.${1 + s}`);
      }
    }
    peak.sample();
    // Let the gateway read what is still queued, then check that ordinary play goes on.
    await sleep(500);
    liveness = await checkLiveness(host, port, observers, closers);
  } finally {
    for (const close of closers.reverse()) await close().catch(onCrash("cleanup"));
    sub.unsubscribe();
  }
  const seconds = (performance.now() - began) / 1000;
  const kernelDrops = udpRcvbufErrors() - drops0;
  const gatewayCounters = await countersOf(zone.metrics);
  for (const err of zone.handlerErrors) onCrash("bus handler")(err);
  await zone.stop();
  // Left to the end: a handler of ours must not hide a crash during the zone's stop.
  await sleep(50);
  process.off("uncaughtException", onUncaught);
  process.off("unhandledRejection", onRejection);
  (globalThis as { gc?: () => void }).gc?.();
  const end = process.memoryUsage();
  return {
    datagrams: index,
    bytes,
    byLane,
    byStrategy,
    crashes,
    crashCount,
    keyedOpened,
    playersEntered,
    playerFailures,
    kernelDrops,
    arenaBatches,
    arenaInputs,
    gatewayCounters,
    liveness,
    seconds,
    peak,
    endHeap: end.heapUsed,
    endRss: end.rss,
  };
}

async function countersOf(metrics: import("prom-client").Registry): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const m of await metrics.getMetricsAsJSON()) {
    if (!m.name.startsWith("zb_gateway_") || m.type !== ("counter" as never)) continue;
    for (const v of m.values) {
      if (v.value === 0) continue;
      const labels = Object.values(v.labels ?? {}).join(",");
      out[labels ? `${m.name}{${labels}}` : m.name] = v.value;
    }
  }
  return out;
}
