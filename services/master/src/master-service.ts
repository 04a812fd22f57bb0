import type { Bus, BusMessage, BusSubscription } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import type { Store } from "@zonebus/store";
import { BUCKET_TTL_MS, MASTER_QUEUE, MIN_LEASE_MS, type ZoneSubjects } from "@zonebus/subjects";
import type { Logger } from "pino";
import { Gauge, type Registry } from "prom-client";
import { ArenaWatch } from "./arena-watch.js";
import { type Authenticator, LoginCode } from "./auth.js";
import { PlayerDirectory } from "./directory.js";
import { chooseArena, cleanPlayerName } from "./names.js";
import { PidAllocator } from "./pids.js";
import { parsePins } from "./pins.js";
import { ArenaPlacement } from "./placement.js";
import { deliver, routeZoneChat, runZoneCommand } from "./zone-chat.js";

/** The SubSpace client version VIE clients must report (login-and-arena.md §2). */
export const VIE_CLIENT_VERSION = 134;
/** Server version sent in every login response. */
export const SERVER_VERSION = 134;

export interface MasterConfig {
  /** Most players logged in at once; ids 0..maxPlayers-1. */
  readonly maxPlayers: number;
  /** Arena for "any public arena" requests. */
  readonly defaultArena: string;
  /** How long the master waits for a replica to take an arena. */
  readonly attachTimeoutMs: number;
  /** Arena lease time (failover-options.ts); default `BUCKET_TTL_MS.arenaOwners`. */
  readonly leaseMs?: number;
  /** `--arena-pin` rules, `pattern=label,...`. */
  readonly arenaPins?: string;
}

export interface MasterDeps {
  readonly bus: Bus;
  readonly store: Store;
  readonly subjects: ZoneSubjects;
  readonly auth: Authenticator;
  readonly logger: Logger;
  readonly config: MasterConfig;
  /** Where the master's gauges go (players online). */
  readonly metrics?: Registry;
  /** The zone's news (CRC-32 for login responses, the download for 0x0D), if it has any. */
  readonly news: () => { readonly crc32: number; readonly downloadPacket: Uint8Array } | undefined;
}

/**
 * The master: logs players in, owns zone-wide pids and the player directory, and decides which
 * arena a player enters and which replica holds it.
 */
export class MasterService {
  readonly name = "master";
  private readonly subs: BusSubscription[] = [];
  private readonly pids: PidAllocator;
  private directory!: PlayerDirectory;
  private placement!: ArenaPlacement;
  private arenaWatch: ArenaWatch | undefined;
  private readonly log: Logger;

  constructor(private readonly deps: MasterDeps) {
    this.pids = new PidAllocator(deps.config.maxPlayers);
    this.log = deps.logger.child({ svc: "master" });
    if (deps.metrics) {
      const master = this;
      new Gauge({
        name: "zb_master_players",
        help: "Players logged in to the zone (the player directory)",
        registers: [deps.metrics],
        collect() {
          this.set(master.directory?.size ?? 0);
        },
      });
    }
  }

  async start(): Promise<void> {
    const { store, subjects, bus } = this.deps;
    this.directory = new PlayerDirectory(await store.bucket(subjects.buckets.players));
    const leaseMs = this.deps.config.leaseMs ?? BUCKET_TTL_MS.arenaOwners;
    if (leaseMs < MIN_LEASE_MS) throw new RangeError(`--lease must be at least ${MIN_LEASE_MS} ms, got ${leaseMs}`);
    const owners = await store.bucket(subjects.buckets.arenaOwners, { ttlMs: leaseMs });
    const { metrics, logger } = this.deps;
    this.placement = new ArenaPlacement({
      bus,
      owners,
      replicas: await store.bucket(subjects.buckets.replicas, { ttlMs: BUCKET_TTL_MS.replicas }),
      subjects,
      attachTimeoutMs: this.deps.config.attachTimeoutMs,
      logger,
      metrics,
      pins: parsePins(this.deps.config.arenaPins ?? ""),
      playersIn: (arena) => this.arenaWatch?.playersToRestore(arena) ?? [],
    });
    const directory = this.directory;
    this.arenaWatch = new ArenaWatch({
      bus,
      subjects,
      owners,
      placement: this.placement,
      directory,
      logger,
      leaseMs,
      metrics,
    });
    for (const rec of await this.directory.load()) this.pids.claim(rec.info?.pid ?? 0);
    this.log.info({ players: this.directory.size }, "player directory loaded");
    await this.arenaWatch.start();
    const queue = { queue: MASTER_QUEUE };
    this.subs.push(
      bus.subscribe(subjects.masterLogin, (m) => void this.guard(m, () => this.onLogin(m)), queue),
      bus.subscribe(subjects.masterEnter, (m) => void this.guard(m, () => this.onEnter(m)), queue),
      bus.subscribe(subjects.masterLeft, (m) => void this.guard(m, () => this.onLeft(m)), queue),
      bus.subscribe(subjects.masterArenaLeft, (m) => void this.guard(m, () => this.onArenaLeft(m)), queue),
      bus.subscribe(subjects.masterNews, (m) => void this.guard(m, async () => this.onNewsRequest(m)), queue),
      bus.subscribe(
        subjects.masterChat,
        (m) =>
          void this.guard(m, async () => {
            const chat = zonebus.ZoneChat.decode(m.data);
            if (/^[?*]/.test(chat.text)) runZoneCommand(chat, this.directory, bus, subjects);
            else routeZoneChat(chat, this.directory, bus, subjects);
          }),
        queue,
      ),
    );
  }

  async stop(): Promise<void> {
    await this.arenaWatch?.stop();
    for (const s of this.subs.splice(0)) s.unsubscribe();
  }

  /** Runs a handler so that a bad message is logged and dropped, never thrown into the bus. */
  private async guard(msg: BusMessage, handler: () => Promise<void>): Promise<void> {
    try {
      await handler();
    } catch (err) {
      this.log.warn({ subject: msg.subject, err: (err as Error).message }, "message handling failed");
    }
  }

  private async onLogin(msg: BusMessage): Promise<void> {
    const req = zonebus.LoginRequest.decode(msg.data);
    const reply = (r: zonebus.ILoginReply) =>
      msg.respond(
        zonebus.LoginReply.encode({
          serverVersion: SERVER_VERSION,
          newsChecksum: this.deps.news()?.crc32 ?? 0,
          ...r,
        }).finish(),
      );
    if (req.clientKind === zonebus.ClientKind.CLIENT_KIND_VIE && req.clientVersion !== VIE_CLIENT_VERSION) {
      reply({ code: LoginCode.LockedOut });
      return;
    }
    const cleaned = cleanPlayerName(req.name);
    if (!cleaned.ok) {
      reply({ code: cleaned.code, customText: cleaned.reason });
      return;
    }
    const auth = await this.deps.auth.authenticate({
      name: cleaned.name,
      password: req.password,
      createNew: req.createNew,
      clientIp: req.clientIp,
    });
    if (auth.code !== LoginCode.Ok) {
      this.log.info({ name: cleaned.name, code: auth.code }, "login refused");
      reply({ code: auth.code });
      return;
    }
    const existing = this.directory.findByName(cleaned.name);
    if (existing?.info) await this.kick(existing, "logged in from elsewhere");
    const pid = this.pids.allocate();
    if (pid === undefined) {
      reply({ code: LoginCode.ServerFull });
      return;
    }
    const info = zonebus.PlayerInfo.create({
      pid,
      name: cleaned.name,
      squad: auth.squad ?? "",
      gateway: req.gateway,
      clientKind: req.clientKind,
      featureBits: req.featureBits,
      clientIp: req.clientIp,
    });
    await this.directory.put(zonebus.PlayerRecord.create({ info, arena: "", loginMs: Date.now() }));
    this.log.info({ pid, name: cleaned.name, gateway: req.gateway }, "player logged in");
    reply({ code: LoginCode.Ok, pid, name: cleaned.name, squad: info.squad });
  }

  private async onEnter(msg: BusMessage): Promise<void> {
    const req = zonebus.EnterRequest.decode(msg.data);
    const reply = (r: zonebus.IEnterReply) => msg.respond(zonebus.EnterReply.encode(r).finish());
    const pid = req.player?.pid ?? -1;
    const rec = this.directory.get(pid);
    if (!rec?.info || rec.info.gateway !== req.player?.gateway) {
      reply({ ok: false, error: "not logged in" });
      return;
    }
    const choice = chooseArena(req.arenaType, req.arenaName, this.deps.config.defaultArena);
    if (!choice.ok) {
      reply({ ok: false, error: choice.reason });
      return;
    }
    if (rec.arena) this.leaveArena(pid, rec.arena);
    try {
      await this.placement.ensureOwner(choice.arena);
    } catch (err) {
      this.log.warn({ arena: choice.arena, err: (err as Error).message }, "arena placement failed");
      await this.directory.setArena(pid, "");
      reply({ ok: false, error: `arena ${choice.arena} is not available right now` });
      return;
    }
    const info = zonebus.PlayerInfo.create({
      ...rec.info,
      xres: req.xres,
      yres: req.yres,
      audio: req.audio,
      requestedShip: req.ship,
      optionalGraphics: req.optionalGraphics,
    });
    await this.directory.put(zonebus.PlayerRecord.create({ info, arena: choice.arena, loginMs: rec.loginMs }));
    reply({ ok: true, arena: choice.arena, player: info });
  }

  /** 0x0D: the news file, streamed to the player (files-and-settings.md §4). */
  private onNewsRequest(msg: BusMessage): void {
    const who = zonebus.PlayerAddress.decode(msg.data);
    const news = this.deps.news();
    const rec = this.directory.get(who.pid);
    if (!news || rec?.info?.gateway !== who.gateway) return;
    deliver(this.deps.bus, this.deps.subjects, who.gateway, who.pid, news.downloadPacket, true);
  }

  /** 0x02: the player is still in the zone but in no arena. */
  private async onArenaLeft(msg: BusMessage): Promise<void> {
    const left = zonebus.ArenaLeft.decode(msg.data);
    const rec = this.directory.get(left.player?.pid ?? -1);
    if (!rec || rec.info?.gateway !== left.player?.gateway || rec.arena !== left.arena) return;
    await this.directory.setArena(left.player?.pid ?? -1, "");
  }

  private async onLeft(msg: BusMessage): Promise<void> {
    const left = zonebus.PlayerLeft.decode(msg.data);
    const pid = left.player?.pid ?? -1;
    const rec = this.directory.get(pid);
    if (!rec || rec.info?.gateway !== left.player?.gateway) return;
    await this.logout(pid, left.reason);
  }

  private async kick(rec: zonebus.PlayerRecord, reason: string): Promise<void> {
    const pid = rec.info?.pid ?? 0;
    const gateway = rec.info?.gateway ?? "";
    this.deps.bus.publish(
      this.deps.subjects.gatewayControl(gateway),
      zonebus.ConnectionControl.encode({ pid, kickReason: reason }).finish(),
    );
    await this.logout(pid, reason);
  }

  private async logout(pid: number, reason: string): Promise<void> {
    const rec = await this.directory.remove(pid);
    if (!rec) return;
    if (rec.arena) this.leaveArena(pid, rec.arena);
    this.pids.release(pid);
    this.log.info({ pid, name: rec.info?.name, reason }, "player left the zone");
  }

  private leaveArena(pid: number, arena: string): void {
    this.deps.bus.publish(
      this.deps.subjects.arenaIn(arena),
      zonebus.ArenaInputBatch.encode({ inputs: [{ leavePid: pid }] }).finish(),
    );
  }
}
