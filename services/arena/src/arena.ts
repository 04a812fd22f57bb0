import type { Bus } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import { C2SCodecs, C2SType, S2CCodecs, S2CType } from "@zonebus/protocol";
import { type DownloadMetrics, DownloadThrottle, serverTicks } from "@zonebus/runtime";
import type { KvBucket } from "@zonebus/store";
import type { ZoneSubjects } from "@zonebus/subjects";
import type { ArenaContent, Config, Zone } from "@zonebus/zone";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import { OpenArenas } from "./arena-metrics.js";
import { type ArenaPlayer, newArenaPlayer, SPECTATOR } from "./arena-player.js";
import { ArenaChat, type ChatMetrics, createChatMetrics } from "./chat.js";
import { floodLimitsFrom } from "./chat-flood.js";
import { createDownloadMetrics, DEFAULT_DOWNLOAD_LIMITS } from "./download-limits.js";
import { answerFileRequest, mapInfoFor } from "./downloads.js";
import { MasterChat } from "./master-chat.js";
import { Outbox, Priority } from "./outbox.js";
import { relayPosition } from "./positions.js";
import type { ArenaRuntime } from "./replica-service.js";
import { type Score, ScoreBook } from "./scores.js";
import { type ArenaSeeds, planRestore, playerFromState, playerState, type RestorePlan } from "./snapshot.js";

const {
  Death: c2sDeath,
  FreqChange: c2sFreqChange,
  Position: c2sPosition,
  SetBanner: c2sSetBanner,
  SpectateRequest: c2sSpectateRequest,
  ShipChange: c2sShipChange,
  TakeGreen: c2sTakeGreen,
} = C2SCodecs;
const {
  Bricks: s2cBricks,
  EnteringComplete: s2cEnteringComplete,
  FreqChange: s2cFreqChange,
  Green: s2cGreen,
  Kill: s2cKill,
  ScoreReset: s2cScoreReset,
  PlayerBanner: s2cPlayerBanner,
  PlayerEntering: s2cPlayerEntering,
  PlayerLeaving: s2cPlayerLeaving,
  ScoreUpdate: s2cScoreUpdate,
  SecuritySeeds: s2cSecuritySeeds,
  ShipFreqChange: s2cShipFreqChange,
  WhoAmI: s2cWhoAmI,
} = S2CCodecs;

/** A banner: 96 bytes (a 12×8 bitmap). */
const BANNER_BYTES = 96;

function bannerPacket(playerId: number, banner: Uint8Array): Uint8Array {
  return s2cPlayerBanner.encode({ type: S2CType.PlayerBanner, playerId, banner });
}

/** 0x09 carries signed fields; larger stored scores are shown capped. */
const I32_MAX = 0x7fffffff;
const I16_MAX = 0x7fff;

/** Team:SpectatorFrequency default. */
export const DEFAULT_SPEC_FREQ = 8025;

export interface ArenaDeps {
  readonly bus: Bus;
  readonly subjects: ZoneSubjects;
  readonly logger: Logger;
  /** The arena's settings, map and config (packages/zone). */
  readonly content: (arena: string) => ArenaContent;
  /** The store bucket `scores`, where players' arena scores persist. */
  readonly scores: KvBucket;
  readonly random?: () => number;
  /** The zone's global.conf, read when an arena starts ([Chat] FloodLimit, FloodShutup); default: ASSS's defaults. */
  readonly global?: () => Config;
  /** Where the factory registers the chat counters. */
  readonly metrics?: Registry;
  /** ASSS's `unlimitedchat` capability: players never shut up for chat flooding. Default: nobody. */
  readonly unlimitedChat?: (p: ArenaPlayer) => boolean;
}

/** One arena's simulation, fed by its input subject, answering through the outbox. */
export class Arena implements ArenaRuntime {
  readonly players = new Map<number, ArenaPlayer>();
  /** Banners of players in the arena, by pid. */
  private readonly banners = new Map<number, Uint8Array>();
  readonly outbox: Outbox;
  private readonly masterChat: MasterChat;
  private readonly chat: ArenaChat;
  private readonly downloads: DownloadThrottle;
  private readonly log: Logger;
  private readonly content: ArenaContent;
  private readonly specFreq: number;
  private seeds: ArenaSeeds;
  private readonly scores: ScoreBook;
  /** Players whose entry waits for their stored score: pid → entry number (a newer entry or a leave cancels). */
  private readonly entering = new Map<number, { seq: number; info: zonebus.IPlayerInfo }>();
  private entrySeq = 0;

  constructor(
    readonly name: string,
    deps: ArenaDeps,
    chatMetrics?: ChatMetrics,
    downloadMetrics?: DownloadMetrics,
    /** Called when the arena closes (the factory stops counting its players). */
    private readonly onClose?: () => void,
  ) {
    this.outbox = new Outbox(deps.bus, deps.subjects);
    this.log = deps.logger.child({ svc: "arena", arena: name });
    this.masterChat = new MasterChat(deps.bus, deps.subjects.masterChat, this.log);
    this.chat = new ArenaChat(this, {
      limits: floodLimitsFrom(deps.global?.()),
      masterChat: this.masterChat,
      log: this.log,
      ...(chatMetrics ? { metrics: chatMetrics } : {}),
      ...(deps.unlimitedChat ? { unlimited: deps.unlimitedChat } : {}),
    });
    this.content = deps.content(name);
    this.downloads = new DownloadThrottle(DEFAULT_DOWNLOAD_LIMITS, downloadMetrics, this.log);
    this.scores = new ScoreBook(deps.scores, name, (player, err) =>
      this.log.error({ player, err: err.message }, "score store failed"),
    );
    this.specFreq = this.content.config.getInt("Team", "SpectatorFrequency", DEFAULT_SPEC_FREQ);
    const random = deps.random ?? Math.random;
    this.seeds = {
      greenSeed: (random() * 2 ** 32) >>> 0,
      doorSeed: (random() * 2 ** 32) >>> 0,
      timestamp: serverTicks(),
    };
  }

  get playerCount(): number {
    return this.players.size;
  }

  handleInput(input: zonebus.IArenaInput): void {
    if (input.enter) this.beginEnter(input.enter);
    else if (input.leavePid !== undefined && input.leavePid !== null) this.leave(input.leavePid);
    else if (input.packet?.data) this.onPacket(input.packet.pid ?? -1, input.packet.data);
    else if (input.scoreReset) this.resetScores();
  }

  /** The biller ended the scoring interval: every player's score is zero, here and in the store. */
  private resetScores(): void {
    for (const p of this.players.values()) {
      p.killPoints = 0;
      p.flagPoints = 0;
      p.kills = 0;
      p.deaths = 0;
      this.saveScore(p);
    }
    // Player id −1: every player's score, as the client reads it.
    this.sendToAll(s2cScoreReset.encode({ type: S2CType.ScoreReset, playerId: -1 }), true);
    this.log.info({ players: this.players.size }, "scores reset");
  }

  /** Sends what is queued and waits for score writes to reach the store. */
  async close(): Promise<void> {
    this.onClose?.();
    this.outbox.flush();
    this.masterChat.close();
    this.entering.clear();
    await this.scores.flush();
  }

  /**
   * The arena's state for a new owner: players, ships, freqs, positions, scores, pending
   * entries and the clients' security seeds. `final` marks the snapshot of a handover, after
   * which this arena takes no more input.
   */
  snapshot(owner: string, final: boolean): zonebus.ArenaSnapshot {
    return zonebus.ArenaSnapshot.create({
      arena: this.name,
      owner,
      final,
      takenMs: Date.now(),
      greenSeed: this.seeds.greenSeed,
      doorSeed: this.seeds.doorSeed,
      seedTimestamp: this.seeds.timestamp,
      players: [...this.players.values()].map(playerState),
      entering: [...this.entering.values()].map((e) => e.info),
    });
  }

  /**
   * Rebuilds the arena on a new owner from a snapshot and the directory's players of the arena,
   * before any input reaches it. Players the snapshot has but the directory no longer puts here
   * are sent as gone (0x04). After a final snapshot (drain) clients notice nothing else. After
   * a checkpoint (crash) scores come from the score store (written at every kill, so nothing
   * persisted is lost), and clients are sent what may have changed since the checkpoint:
   * 0x1D and 0x09 for every kept player, and the whole entry burst for
   * players the checkpoint lacks. Clients that were in the arena get no new entry burst: the
   * gateway kept their connection, and map, settings, seeds and roster are still theirs.
   */
  async restore(
    snapshot: zonebus.IArenaSnapshot | undefined,
    directory: readonly zonebus.IPlayerInfo[],
  ): Promise<RestorePlan> {
    if (snapshot && (snapshot.greenSeed || snapshot.doorSeed || snapshot.seedTimestamp))
      this.seeds = {
        greenSeed: snapshot.greenSeed ?? 0,
        doorSeed: snapshot.doorSeed ?? 0,
        timestamp: snapshot.seedTimestamp ?? 0,
      };
    const plan = planRestore(snapshot, directory);
    const final = snapshot?.final === true;
    const stored = final ? [] : await Promise.all(plan.kept.map(({ info }) => this.scores.load(info.name ?? "")));
    for (const [i, { state, info }] of plan.kept.entries()) {
      const p = playerFromState(state, info, this.specFreq);
      const score = stored[i];
      if (score) Object.assign(p, score);
      this.players.set(p.pid, p);
      // Banners come with the directory's player info; the clients already have them.
      if (info.banner?.length === BANNER_BYTES) this.banners.set(p.pid, info.banner);
    }
    // Players who left while nobody owned the arena (a leave the master sent then reached no one).
    for (const pid of plan.gone)
      this.sendToAll(s2cPlayerLeaving.encode({ type: S2CType.PlayerLeaving, playerId: pid }), true);
    if (!final) {
      for (const p of this.players.values()) {
        const { pid: playerId, ship, freq, killPoints, flagPoints, kills, deaths } = p;
        this.sendToAll(s2cShipFreqChange.encode({ type: S2CType.ShipFreqChange, ship, playerId, freq }), true);
        this.sendToAll(
          s2cScoreUpdate.encode({
            type: S2CType.ScoreUpdate,
            playerId,
            killPoints: Math.min(killPoints, I32_MAX),
            flagPoints: Math.min(flagPoints, I32_MAX),
            kills: Math.min(kills, I16_MAX),
            deaths: Math.min(deaths, I16_MAX),
          }),
          true,
        );
      }
    }
    for (const info of plan.fresh) this.beginEnter(info);
    this.log.info(
      { kept: plan.kept.length, fresh: plan.fresh.length, gone: plan.gone.length, final, snapshot: !!snapshot },
      "arena restored",
    );
    return plan;
  }

  /** Sends to every player in the arena but `except`, grouped per gateway. */
  sendToAll(
    packet: Uint8Array,
    reliable: boolean,
    except = -1,
    filter?: (p: ArenaPlayer) => boolean,
    priority: Priority = Priority.Normal,
  ): void {
    const byGateway = new Map<string, number[]>();
    for (const p of this.players.values()) {
      if (p.pid === except || (filter && !filter(p))) continue;
      const list = byGateway.get(p.gateway);
      if (list) list.push(p.pid);
      else byGateway.set(p.gateway, [p.pid]);
    }
    for (const [gw, pids] of byGateway) this.outbox.send(gw, pids, packet, reliable, priority);
  }

  sendTo(p: ArenaPlayer, packet: Uint8Array, reliable = true): void {
    this.outbox.send(p.gateway, [p.pid], packet, reliable);
  }

  private record(p: ArenaPlayer): Uint8Array {
    return s2cPlayerEntering.encode({
      type: S2CType.PlayerEntering,
      players: [
        {
          ship: p.ship,
          acceptsAudio: p.info.audio ?? 0,
          name: p.name,
          squad: p.squad,
          killPoints: p.killPoints,
          flagPoints: p.flagPoints,
          playerId: p.pid,
          freq: p.freq,
          kills: p.kills,
          deaths: p.deaths,
          attachedTo: p.attachedTo,
          flagsCarried: 0,
          miscBits: 0,
        },
      ],
    } as Parameters<typeof s2cPlayerEntering.encode>[0]);
  }

  /** A player enters once their stored score is read; their packets until then are dropped. */
  private beginEnter(info: zonebus.IPlayerInfo): void {
    const pid = info.pid ?? -1;
    if (this.players.has(pid)) this.leave(pid);
    const entry = ++this.entrySeq;
    this.entering.set(pid, { seq: entry, info });
    void this.scores.load(info.name ?? "").then((score) => {
      if (this.entering.get(pid)?.seq !== entry) return;
      this.entering.delete(pid);
      this.enter(info, score);
    });
  }

  private enter(info: zonebus.IPlayerInfo, score: Score): void {
    const pid = info.pid ?? -1;
    const p = Object.assign(newArenaPlayer(info, this.specFreq), score);
    // The ship asked for in 0x01 is granted on a balanced team, as ASSS's freq manager does.
    const asked = info.requestedShip ?? SPECTATOR;
    if (asked < SPECTATOR) {
      p.ship = asked;
      p.freq = this.balancedFreq();
    }
    // The entry burst, in ASSS's order (login-and-arena.md §6).
    this.sendTo(p, s2cWhoAmI.encode({ type: S2CType.WhoAmI, playerId: pid }));
    this.sendTo(p, this.content.settings);
    for (const other of this.players.values()) this.sendTo(p, this.record(other));
    const own = this.record(p);
    this.sendTo(p, own);
    this.sendTo(p, mapInfoFor(this.content, p.info));
    this.sendTo(p, s2cBricks.encode({ type: S2CType.Bricks, bricks: [] } as Parameters<typeof s2cBricks.encode>[0]));
    this.sendTo(p, s2cEnteringComplete.encode({ type: S2CType.EnteringComplete }));
    this.sendTo(p, s2cSecuritySeeds.encode({ type: S2CType.SecuritySeeds, ...this.seeds, key: 0 }));
    this.sendToAll(own, true, pid);
    // Banners (from the biller, or set by the player), as ASSS's banners module: the others'
    // to the newcomer, the newcomer's to the others.
    for (const [other, banner] of this.banners) this.sendTo(p, bannerPacket(other, banner));
    const banner = info.banner?.length === BANNER_BYTES ? info.banner : undefined;
    if (banner) this.setBanner(p, banner);
    this.players.set(pid, p);
    this.log.info({ pid, name: p.name }, "player entered");
  }

  private leave(pid: number): void {
    this.entering.delete(pid);
    const p = this.players.get(pid);
    if (!p) return;
    this.players.delete(pid);
    this.banners.delete(pid);
    this.chat.forget(pid);
    this.downloads.forget(pid);
    this.sendToAll(s2cPlayerLeaving.encode({ type: S2CType.PlayerLeaving, playerId: pid }), true);
    this.log.info({ pid, name: p.name }, "player left");
  }

  private onPacket(pid: number, data: Uint8Array): void {
    const p = this.players.get(pid);
    if (!p) return;
    switch (data[0]) {
      case C2SType.Position: {
        const res = c2sPosition.decode(data);
        if (res.ok) relayPosition(this, p, res.packet, serverTicks());
        break;
      }
      case C2SType.Chat:
        this.chat.handle(p, data);
        break;
      case C2SType.SetBanner: {
        // Only the master sends these (gateways hand 0x19 to it, rate-limited, for the biller).
        const res = c2sSetBanner.decode(data);
        if (res.ok) this.setBanner(p, res.packet.banner);
        break;
      }
      case C2SType.ShipChange: {
        const res = c2sShipChange.decode(data);
        if (res.ok && res.packet.ship <= SPECTATOR) this.setShip(p, res.packet.ship);
        break;
      }
      case C2SType.FreqChange: {
        const res = c2sFreqChange.decode(data);
        if (res.ok && res.packet.freq >= 0 && res.packet.freq <= 9999) this.setFreq(p, res.packet.freq);
        break;
      }
      case C2SType.Death: {
        const res = c2sDeath.decode(data);
        if (res.ok) this.death(p, res.packet.killerId, res.packet.bounty);
        break;
      }
      case C2SType.TakeGreen: {
        const res = c2sTakeGreen.decode(data);
        if (res.ok && p.ship !== SPECTATOR) {
          const { time, x, y, prize } = res.packet;
          this.sendToAll(s2cGreen.encode({ type: S2CType.Green, time, x, y, prize, playerId: pid }), false, pid);
        }
        break;
      }
      case C2SType.SpectateRequest: {
        // Only spectators watch; the target must be in a ship here, anything else stops watching.
        const res = c2sSpectateRequest.decode(data);
        if (!res.ok || p.ship !== SPECTATOR) break;
        const target = this.players.get(res.packet.playerId);
        p.spectating = target && target.ship !== SPECTATOR ? target.pid : -1;
        break;
      }
      case C2SType.FileRequest: {
        // 0x0C: the map or an LVZ file of the player's 0x29 list, as a 00 0A stream (files-and-settings.md §3),
        // within the player's download limits.
        const file = answerFileRequest(this.content, p, data, this.downloads, performance.now());
        if (file) this.outbox.send(p.gateway, [pid], file, true, Priority.Normal, true);
        break;
      }
      default:
        break;
    }
  }

  private setShip(p: ArenaPlayer, ship: number): void {
    if (ship === p.ship) return;
    p.ship = ship;
    if (ship === SPECTATOR) p.freq = this.specFreq;
    else if (p.freq === this.specFreq) p.freq = this.balancedFreq();
    this.sendToAll(
      s2cShipFreqChange.encode({ type: S2CType.ShipFreqChange, ship, playerId: p.pid, freq: p.freq }),
      true,
    );
  }

  private setFreq(p: ArenaPlayer, freq: number): void {
    p.freq = freq;
    if (p.ship === SPECTATOR)
      this.sendToAll(s2cFreqChange.encode({ type: S2CType.FreqChange, playerId: p.pid, freq }), true);
    else
      this.sendToAll(
        s2cShipFreqChange.encode({ type: S2CType.ShipFreqChange, ship: p.ship, playerId: p.pid, freq }),
        true,
      );
  }

  /** The smaller of the two default teams. */
  private balancedFreq(): number {
    let zero = 0;
    let one = 0;
    for (const q of this.players.values()) {
      if (q.ship === SPECTATOR) continue;
      if (q.freq === 0) zero++;
      else if (q.freq === 1) one++;
    }
    return one < zero ? 1 : 0;
  }

  private death(victim: ArenaPlayer, killerId: number, bounty: number): void {
    const killer = this.players.get(killerId);
    if (!killer || killer === victim || victim.ship === SPECTATOR) return;
    const points = Math.max(0, bounty);
    killer.kills++;
    killer.killPoints += points;
    victim.deaths++;
    this.saveScore(killer);
    this.saveScore(victim);
    this.sendToAll(
      s2cKill.encode({ type: S2CType.Kill, green: 0, killerId, killedId: victim.pid, points, flags: 0 }),
      true,
    );
  }

  /** Keeps a player's banner and shows it to everyone else in the arena. */
  private setBanner(p: ArenaPlayer, banner: Uint8Array): void {
    this.banners.set(p.pid, banner);
    this.sendToAll(bannerPacket(p.pid, banner), true, p.pid);
  }

  private saveScore(p: ArenaPlayer): void {
    const { killPoints, flagPoints, kills, deaths } = p;
    this.scores.save(p.name, { killPoints, flagPoints, kills, deaths });
  }
}

export function createArenaFactory(deps: ArenaDeps): (arena: string) => Arena {
  const chatMetrics = createChatMetrics(deps.metrics);
  const downloadMetrics = createDownloadMetrics(deps.metrics);
  const open = new OpenArenas(deps.metrics);
  return (name) => {
    let stopCounting: (() => void) | undefined;
    const arena = new Arena(name, deps, chatMetrics, downloadMetrics, () => stopCounting?.());
    stopCounting = open.add(arena);
    return arena;
  };
}

/** The zone's global.conf, for {@link ArenaDeps.global}. */
export function zoneGlobalOf(current: () => Zone): () => Config {
  return () => current().global;
}

/** Arena content from a zone; an arena name the zone refuses gets the default arena's content. */
export function arenaContentOf(current: () => Zone): (arena: string) => ArenaContent {
  return (arena) => {
    const zone = current();
    const found = zone.arena(arena);
    if (found.ok) return found.arena;
    const fallback = zone.arena("0");
    if (!fallback.ok) throw found.error;
    return fallback.arena;
  };
}
