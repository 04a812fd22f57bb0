import { type Bus, type BusMessage, type BusSubscription, subjectToken } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import { ChatType } from "@zonebus/protocol";
import { DownloadResult, type DownloadThrottle } from "@zonebus/runtime";
import { RateLimitedLog } from "@zonebus/service-kit";
import type { Store } from "@zonebus/store";
import { BUCKET_TTL_MS, MASTER_QUEUE, MIN_LEASE_MS, type ZoneSubjects } from "@zonebus/subjects";
import type { StaffTable, ZoneRedirects } from "@zonebus/zone";
import type { Logger } from "pino";
import { Counter, Gauge, type Registry } from "prom-client";
import {
  ArenaLimits,
  DEFAULT_ARENA_CREATION_WINDOW_MS,
  DEFAULT_ARENA_CREATIONS,
  DEFAULT_MAX_ARENAS,
} from "./arena-limits.js";
import { ArenaWatch } from "./arena-watch.js";
import { type Authenticator, type AuthResult, LoginCode, passwordText } from "./auth.js";
import { BillerPort, type BillerPortDeps } from "./biller-port.js";
import { PlayerDirectory } from "./directory.js";
import { GatewayWatch } from "./gateway-watch.js";
import { GatewayRegistry } from "./gateways.js";
import { type ArenaHome, parseArenaHomes } from "./homes.js";
import { LoginBackoff } from "./login-backoff.js";
import { ArenaType, chooseArena, cleanPlayerName } from "./names.js";
import { createNewsThrottle } from "./news-limits.js";
import { PasswordCache, TicketRefusal } from "./password-cache.js";
import { PidAllocator } from "./pids.js";
import { type PinRule, parsePins } from "./pins.js";
import { ArenaPlacement } from "./placement.js";
import { ArenaRebalancer } from "./rebalancer.js";
import { Redirector, RedirectReason } from "./redirects.js";
import { fetchRoster, recordsMissingFromGateways } from "./roster-check.js";
import { StaffRights } from "./staff-rights.js";
import { deliver, routeZoneChat, runZoneCommand, systemMessage } from "./zone-chat.js";

/** Refusals of one kind from one address or name are logged at most this often. */
const REFUSAL_LOG_INTERVAL_MS = 10_000;

/** How long a master taking over waits for each gateway's roster. */
const ROSTER_TIMEOUT_MS = 1_000;

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
  /** `--rebalance` and its settings (failover-options.ts); unset or false: arenas move only on drain and failover. */
  readonly rebalance?: boolean;
  readonly rebalanceThreshold?: number;
  readonly rebalanceArenaThreshold?: number;
  readonly rebalanceCooldownMs?: number;
  readonly rebalanceIntervalMs?: number;
  readonly rebalanceWarmupMs?: number;
  /** How long a redirect's ticket lets the zeroed-password re-login in (ms). */
  readonly redirectTicketMs: number;
  /** `--arena-home`: `pattern=group,...`; unset = no homes. */
  readonly arenaHome?: string | undefined;
  /** `--moderators` (deprecated: staff.conf): names given ?drain and ?redirect once authenticated. */
  readonly moderators?: string | undefined;
  /** `--max-arenas`; default `DEFAULT_MAX_ARENAS`. */
  readonly maxArenas?: number;
  /** `--arena-creations`; default `DEFAULT_ARENA_CREATIONS`. */
  readonly arenaCreations?: number;
  /** `--arena-creation-window` (ms); default `DEFAULT_ARENA_CREATION_WINDOW_MS`. */
  readonly arenaCreationWindowMs?: number;
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
  /** The zone's `[Redirects]` aliases, if it has any. */
  readonly zoneRedirects?: () => ZoneRedirects | undefined;
  /** The zone's biller, through the biller bridge: where leaves are queued for it. */
  readonly biller?: Pick<BillerPortDeps, "queue" | "enqueueLeave">;
  /** The zone's groupdef.conf and staff.conf (none: everyone in the default group). */
  readonly staff?: () => StaffTable | undefined;
}

/**
 * The master: logs players in, owns zone-wide pids and the player directory, and decides which
 * arena a player enters and which replica holds it.
 */
/** Biller banners kept for logins not yet recorded: at most this many, this long. */
const MAX_EARLY_BANNERS = 256;
const EARLY_BANNER_MS = 10_000;

/** A name from an authenticator: printable ASCII without `:`, at most 20 characters, trimmed. */
function printableName(raw: string): string {
  return raw
    .replace(/[^\x20-\x7e]|:/g, "")
    .slice(0, 20)
    .trim();
}

export class MasterService {
  readonly name = "master";
  private readonly subs: BusSubscription[] = [];
  private pids: PidAllocator;
  private directory!: PlayerDirectory;
  private placement!: ArenaPlacement;
  private arenaWatch: ArenaWatch | undefined;
  private rebalancer: ArenaRebalancer | undefined;
  private redirector!: Redirector;
  private passwordCache!: PasswordCache;
  private gatewayWatch: GatewayWatch | undefined;
  private gateways!: GatewayRegistry;
  private readonly staff: StaffRights;
  private readonly biller: BillerPort | undefined;
  private readonly earlyBanners = new Map<number, Uint8Array>();
  private readonly arenaLimits: ArenaLimits;
  private readonly backoff = new LoginBackoff();
  /** The arena each player last entered, to put it back when a new arena is refused (bounded by pids). */
  private readonly lastArena = new Map<number, string>();
  private readonly loginRefusals: Counter<"reason">;
  private readonly arenaRefusals: Counter<"reason">;
  private readonly newsThrottle: DownloadThrottle;
  private readonly refusalLog: RateLimitedLog;
  /** Parsed once here, so a bad value fails the boot rather than every start of the role. */
  private readonly leaseMs: number;
  private readonly pins: readonly PinRule[];
  private readonly homes: readonly ArenaHome[];
  private readonly ticketLogins: Counter<"result">;
  private readonly log: Logger;

  constructor(private readonly deps: MasterDeps) {
    this.pids = new PidAllocator(deps.config.maxPlayers);
    this.log = deps.logger.child({ svc: "master" });
    this.staff = new StaffRights(deps.staff ?? (() => undefined), deps.config.moderators);
    this.biller =
      deps.biller &&
      new BillerPort({
        ...deps.biller,
        bus: deps.bus,
        subjects: deps.subjects,
        directory: () => this.directory,
        logger: deps.logger,
        isStaff: (rec) => this.isStaff(rec),
      });
    if (this.staff.legacyNames.length > 0)
      this.log.warn(
        { names: this.staff.legacyNames },
        "--moderators is deprecated: list staff in conf/staff.conf ([(global)] name = group) with a group holding cmd_drain and cmd_redirect in conf/groupdef.conf; meanwhile these names get ?drain and ?redirect once they log in with their --passwd password",
      );
    this.arenaLimits = new ArenaLimits({
      maxArenas: deps.config.maxArenas ?? DEFAULT_MAX_ARENAS,
      creations: deps.config.arenaCreations ?? DEFAULT_ARENA_CREATIONS,
      windowMs: deps.config.arenaCreationWindowMs ?? DEFAULT_ARENA_CREATION_WINDOW_MS,
    });
    this.refusalLog = new RateLimitedLog(this.log, REFUSAL_LOG_INTERVAL_MS);
    this.leaseMs = deps.config.leaseMs ?? BUCKET_TTL_MS.arenaOwners;
    if (this.leaseMs < MIN_LEASE_MS)
      throw new RangeError(`--arena-lease must be at least ${MIN_LEASE_MS} ms, got ${this.leaseMs}`);
    this.pins = parsePins(deps.config.arenaPins ?? "");
    this.homes = parseArenaHomes(deps.config.arenaHome);
    this.ticketLogins = new Counter({
      name: "zb_master_redirect_logins_total",
      help: "Zeroed-password logins after a redirect, by result (accepted or the refusal reason)",
      labelNames: ["result"],
      registers: deps.metrics ? [deps.metrics] : [],
    });
    this.loginRefusals = new Counter({
      name: "zb_master_login_refusals_total",
      help: "Logins refused before or by the password check, by reason (bad_password, backoff_address, backoff_name, busy)",
      labelNames: ["reason"],
      registers: deps.metrics ? [deps.metrics] : [],
    });
    this.newsThrottle = createNewsThrottle(this.log, deps.metrics);
    this.arenaRefusals = new Counter({
      name: "zb_master_arena_refusals_total",
      help: "Entries into a new arena refused, by reason (zone_full: --max-arenas; player_rate: --arena-creations)",
      labelNames: ["reason"],
      registers: deps.metrics ? [deps.metrics] : [],
    });
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

  /** Loads the directory and subscribes; after a stop (a lost master lease) it starts afresh. */
  async start(): Promise<void> {
    const { store, subjects, bus } = this.deps;
    this.pids = new PidAllocator(this.deps.config.maxPlayers);
    this.directory = new PlayerDirectory(await store.bucket(subjects.buckets.players));
    const { leaseMs } = this;
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
      pins: this.pins,
      playersIn: (arena) => this.arenaWatch?.playersToRestore(arena) ?? [],
    });
    const directory = this.directory;
    this.arenaWatch = new ArenaWatch({
      bus,
      subjects,
      owners,
      states: await store.bucket(subjects.buckets.arenaState, { ttlMs: BUCKET_TTL_MS.arenaState }),
      placement: this.placement,
      directory,
      logger,
      leaseMs,
      metrics,
    });
    this.passwordCache = await PasswordCache.open(store, subjects, { ttlMs: this.deps.config.redirectTicketMs });
    const gateways = await store.bucket(subjects.buckets.gateways, { ttlMs: BUCKET_TTL_MS.gateways });
    this.gatewayWatch = new GatewayWatch(gateways, this.log, {
      onGone: (id) => this.logoutGateway(id),
      answers: async (id) => (await fetchRoster(id, { bus, subjects, timeoutMs: ROSTER_TIMEOUT_MS })) !== undefined,
    });
    this.gateways = new GatewayRegistry(gateways);
    this.redirector = new Redirector({
      bus,
      subjects,
      cache: this.passwordCache,
      gateways: this.gateways,
      homes: this.homes,
      zoneRedirects: this.deps.zoneRedirects ?? (() => undefined),
      logger,
      metrics,
    });
    const records = await this.directory.load();
    for (const rec of records) this.pids.claim(rec.info?.pid ?? 0);
    this.log.info({ players: this.directory.size }, "player directory loaded");
    const timeoutMs = ROSTER_TIMEOUT_MS;
    for (const rec of await recordsMissingFromGateways(records, { bus, subjects, timeoutMs }))
      await this.logout(rec.info?.pid ?? 0, "no longer on its gateway");
    await this.arenaWatch.start();
    this.rebalancer = this.createRebalancer();
    this.rebalancer?.start();
    this.gatewayWatch.start();
    const queue = { queue: MASTER_QUEUE };
    this.subs.push(
      bus.subscribe(subjects.masterLogin, (m) => void this.guard(m, () => this.onLogin(m)), queue),
      bus.subscribe(subjects.masterEnter, (m) => void this.guard(m, () => this.onEnter(m)), queue),
      bus.subscribe(subjects.masterLeft, (m) => void this.guard(m, () => this.onLeft(m)), queue),
      bus.subscribe(subjects.masterArenaLeft, (m) => void this.guard(m, () => this.onArenaLeft(m)), queue),
      bus.subscribe(subjects.masterNews, (m) => void this.guard(m, async () => this.onNewsRequest(m)), queue),
      bus.subscribe(subjects.masterRedirect, (m) => void this.guard(m, () => this.onRedirectRequest(m)), queue),
      bus.subscribe(subjects.masterPlayerData, (m) => void this.guard(m, () => this.onPlayerData(m)), queue),
      bus.subscribe(
        subjects.masterBiller,
        (m) =>
          void this.guard(m, async () => {
            const { kick, scoreReset, banner } = this.biller?.onNotice(m.data) ?? {};
            const owner = banner && this.directory.get(banner.pid);
            if (banner && owner?.billerKnown) await this.setBanner(owner, banner.banner);
            else if (banner) this.keepEarlyBanner(banner.pid, banner.banner);
            const rec = kick && this.directory.get(kick.pid);
            if (rec) await this.kick(rec, kick.reason, kick.notice);
            if (scoreReset) await this.resetPublicScores();
          }),
        queue,
      ),
      bus.subscribe(
        subjects.masterChat,
        (m) =>
          void this.guard(m, async () => {
            // Acknowledged on receipt: the arena retries only what no master received.
            m.respond(new Uint8Array(0));
            const chat = zonebus.ZoneChat.decode(m.data);
            const from = this.directory.get(chat.from?.pid ?? -1);
            const sender = from?.info?.gateway === chat.from?.gateway ? from : undefined;
            if (/^[?*]/.test(chat.text))
              await runZoneCommand(chat, this.directory, bus, subjects, {
                redirector: this.redirector,
                gateways: this.gateways,
                liveReplicas: () => this.placement.liveReplicas(),
                hasCapability: (rec, capability) => this.hasCapability(rec, capability),
                unknown: (line) => (sender && this.biller?.command(sender, line, this.isStaff(sender))) === true,
              });
            else if (chat.chatType === ChatType.Channel) {
              if (sender) this.biller?.channel(sender, chat.sound, chat.text);
            } else if (!routeZoneChat(chat, this.directory, bus, subjects) && sender) {
              const remote = /^:([^:]{1,24}):(.*)$/s.exec(chat.text);
              if (remote) this.biller?.remote(sender, remote[1]!, chat.sound, remote[2]!);
            }
          }),
        queue,
      ),
    );
  }

  async stop(): Promise<void> {
    await this.rebalancer?.stop();
    await this.arenaWatch?.stop();
    await this.gatewayWatch?.stop();
    for (const s of this.subs.splice(0)) s.unsubscribe();
  }

  /** The rebalancer of this master's term, if `--rebalance` is on. */
  private createRebalancer(): ArenaRebalancer | undefined {
    const { config, bus, subjects, logger, metrics } = this.deps;
    if (config.rebalance !== true) return undefined;
    const placement = this.placement;
    const directory = this.directory;
    return new ArenaRebalancer({
      bus,
      subjects,
      sources: {
        liveReplicas: () => placement.liveReplicas(),
        arenaPopulation: () => directory.arenaPopulation(),
        owner: (arena) => placement.owner(arena),
      },
      policy: {
        playerThreshold: config.rebalanceThreshold ?? 20,
        arenaThreshold: config.rebalanceArenaThreshold ?? 1,
        cooldownMs: config.rebalanceCooldownMs ?? 60_000,
        warmupMs: config.rebalanceWarmupMs ?? 5_000,
      },
      intervalMs: config.rebalanceIntervalMs ?? 2_000,
      // The replica's handover: its hold grace, the master's placement and the replica's wait for it.
      moveTimeoutMs: config.attachTimeoutMs * 2 + 5_000,
      pins: this.pins,
      logger,
      metrics,
    });
  }

  /**
   * The biller ended the "reset" interval: the scores of public arenas (those named by a
   * number) go to zero, in the arenas playing now and in the store.
   */
  private async resetPublicScores(): Promise<void> {
    const isPublic = (arena: string) => /^\d{1,9}$/.test(arena);
    const scores = await this.deps.store.bucket(this.deps.subjects.buckets.scores, { ttlMs: BUCKET_TTL_MS.scores });
    let deleted = 0;
    for (const key of await scores.keys()) {
      if (!isPublic(key.slice(0, key.indexOf(".")))) continue;
      await scores.delete(key).catch(() => undefined);
      deleted++;
    }
    // Then the arenas playing now zero their players (and store the zeros).
    const arenas = [...this.directory.arenaPopulation().keys()].filter(isPublic);
    const batch = zonebus.ArenaInputBatch.encode({ inputs: [{ scoreReset: true }] }).finish();
    for (const arena of arenas) this.deps.bus.publish(this.deps.subjects.arenaIn(arena), batch);
    this.log.info({ arenas, storedScoresDeleted: deleted }, "public arena scores reset by the biller");
  }

  /** A registration form or banner from a gateway: the biller hears of it. */
  private async onPlayerData(msg: BusMessage): Promise<void> {
    const d = zonebus.PlayerData.decode(msg.data);
    const rec = this.directory.get(d.player?.pid ?? -1);
    if (!rec?.info || rec.info.gateway !== d.player?.gateway || !this.biller) return;
    if (d.data[0] === 0x17) this.biller.registration(rec, d.data.subarray(1));
    else if (d.data[0] === 0x19 && d.data.length === 97) {
      this.biller.banner(rec, d.data.subarray(1));
      await this.setBanner(rec, d.data.subarray(1));
    }
  }

  /**
   * A biller banner for a pid whose login is still being recorded (TCP BNR follows POK at once):
   * kept briefly, a bounded few, and applied once the login is in the directory.
   */
  private keepEarlyBanner(pid: number, banner: Uint8Array): void {
    if (this.earlyBanners.size >= MAX_EARLY_BANNERS) this.earlyBanners.delete(this.earlyBanners.keys().next().value!);
    this.earlyBanners.set(pid, banner);
    setTimeout(() => this.earlyBanners.get(pid) === banner && this.earlyBanners.delete(pid), EARLY_BANNER_MS).unref();
  }

  /** A player's banner: kept in the directory and shown in the player's arena. */
  private async setBanner(rec: zonebus.PlayerRecord, banner: Uint8Array): Promise<void> {
    const info = rec.info;
    if (!info || banner.length !== 96) return;
    await this.directory.put(zonebus.PlayerRecord.create({ ...rec, info: { ...info, banner } }));
    if (rec.arena)
      this.deps.bus.publish(
        this.deps.subjects.arenaIn(rec.arena),
        zonebus.ArenaInputBatch.encode({
          inputs: [{ packet: { pid: info.pid, data: new Uint8Array([0x19, ...banner]) } }],
        }).finish(),
      );
  }

  private hasCapability(rec: zonebus.PlayerRecord, capability: string): boolean {
    return this.staff.has({ name: rec.info?.name ?? "", authenticated: rec.authenticated }, capability);
  }

  /** Who reads staff chat (type 8) from the biller: authenticated players listed in staff.conf. */
  private isStaff(rec: zonebus.PlayerRecord): boolean {
    return rec.authenticated === true && this.staff.isStaffName(rec.info?.name ?? "");
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
    // A zeroed password is a redirected client coming back: its ticket decides, not the
    // authenticator. Without a ticket and without an echoed login id it is an ordinary login
    // with an empty password (which the authenticator judges as usual).
    let landing: string | undefined;
    let auth: AuthResult | undefined;
    const held = this.backoff.check(req.clientIp, cleaned.name, performance.now());
    if (held) {
      const reason = `backoff_${held.by}`;
      this.loginRefusals.inc({ reason });
      this.refusalLog.info(
        `${reason}:${held.by === "address" ? req.clientIp : cleaned.name.toLowerCase()}`,
        { name: cleaned.name, ip: req.clientIp, waitMs: Math.round(held.waitMs) },
        `login refused: too many failed logins by ${held.by}`,
      );
      reply({ code: LoginCode.BadPassword });
      return;
    }
    if (passwordText(req.password) === "") {
      const ticket = await this.passwordCache.consume(cleaned.name, req.clientIp, req.loginId);
      if (ticket.ok) {
        landing = ticket.arena;
        auth = { code: LoginCode.Ok, authenticated: ticket.authenticated };
        this.ticketLogins.inc({ result: "accepted" });
        this.log.info({ name: cleaned.name, arena: ticket.arena, reason: ticket.reason }, "redirect login accepted");
      } else if (ticket.refusal !== TicketRefusal.NoTicket || req.loginId !== 0) {
        this.ticketLogins.inc({ result: ticket.refusal });
        this.backoff.fail(req.clientIp, cleaned.name, performance.now());
        this.log.info(
          { name: cleaned.name, ip: req.clientIp, refusal: ticket.refusal },
          `redirect login refused: ${ticket.refusal}`,
        );
        reply({ code: LoginCode.BadPassword });
        return;
      }
    }
    // The pid is reserved before authentication: a biller refers to the player by it.
    const pid = this.pids.allocate();
    if (pid === undefined) {
      reply({ code: LoginCode.ServerFull });
      return;
    }
    try {
      auth ??= await this.deps.auth.authenticate({
        name: cleaned.name,
        password: req.password,
        createNew: req.createNew,
        clientIp: req.clientIp,
        pid,
        machineId: req.machineId,
        timezoneBias: req.timezoneBias,
        clientVersion: req.clientVersion,
        contId: req.contId.length === 64 ? req.contId : undefined,
      });
    } catch (err) {
      this.pids.release(pid);
      throw err;
    }
    if (auth.code !== LoginCode.Ok) this.pids.release(pid);
    if (auth.code !== LoginCode.Ok) {
      const reason = auth.code === LoginCode.ServerBusy ? "busy" : "bad_password";
      if (auth.code === LoginCode.BadPassword) this.backoff.fail(req.clientIp, cleaned.name, performance.now());
      this.loginRefusals.inc({ reason });
      this.refusalLog.info(
        `${reason}:${req.clientIp}`,
        { name: cleaned.name, ip: req.clientIp, code: auth.code },
        "login refused",
      );
      reply({ code: auth.code, customText: auth.customText ?? "" });
      return;
    }
    const authenticated = auth.authenticated === true;
    // A biller may spell the name its own way, and ASSS's UDP fallback prefixes `^`.
    const finalName = (auth.name && printableName(auth.name)) || cleaned.name;
    if (authenticated) this.backoff.succeed(cleaned.name);
    else if (this.staff.isStaffName(cleaned.name))
      this.refusalLog.warn(
        `unproved-staff:${cleaned.name.toLowerCase()}`,
        { name: cleaned.name, ip: req.clientIp },
        "staff name logged in without authenticating (unknown names allowed): default group, no staff rights",
      );
    const existing = this.directory.findByName(finalName);
    if (existing?.info) await this.kick(existing, "logged in from elsewhere");
    const info = zonebus.PlayerInfo.create({
      pid,
      name: finalName,
      squad: auth.squad ?? "",
      banner: auth.banner ?? new Uint8Array(0),
      gateway: req.gateway,
      clientKind: req.clientKind,
      featureBits: req.featureBits,
      clientIp: req.clientIp,
    });
    // The landing is kept in the directory, so a master taking over before the enter honours it.
    await this.directory.put(
      zonebus.PlayerRecord.create({
        info,
        arena: "",
        loginMs: Date.now(),
        landing,
        authenticated,
        billerKnown: auth.billerKnown === true,
        billerUserId: auth.userId ?? 0,
      }),
    );
    const early = this.earlyBanners.get(pid);
    this.earlyBanners.delete(pid);
    const recorded = early && this.directory.get(pid);
    if (early && recorded) await this.setBanner(recorded, early);
    this.log.info(
      { pid, name: finalName, gateway: req.gateway, biller: auth.billerKnown === true },
      "player logged in",
    );
    reply({
      code: LoginCode.Ok,
      pid,
      name: finalName,
      squad: info.squad,
      wantRegistration: auth.wantRegistration === true,
    });
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
    // A redirected player asking for "any public" arena lands where the redirect said, once.
    const landing = rec.landing;
    if (landing) await this.directory.setArena(pid, rec.arena);
    const choice = chooseArena(req.arenaType, req.arenaName, landing || this.deps.config.defaultArena);
    if (!choice.ok) {
      reply({ ok: false, error: choice.reason });
      return;
    }
    let arena = choice.arena;
    const away = await this.redirectInsteadOfEnter(rec, req, arena);
    if (away !== undefined) {
      reply(away === true ? { ok: false, redirected: true } : { ok: false, error: away });
      return;
    }
    const refused = await this.newArenaRefusal(rec, arena);
    if (refused !== undefined) {
      // Back where it was (the gateway took the player out of its old arena before asking).
      const back = this.lastArena.get(pid);
      if (back === undefined || back === arena || (await this.placement.owner(back)) === undefined) {
        reply({ ok: false, error: refused });
        return;
      }
      deliver(this.deps.bus, this.deps.subjects, rec.info.gateway ?? "", pid, systemMessage(refused));
      arena = back;
    }
    if (rec.arena) this.leaveArena(pid, rec.arena);
    try {
      await this.placement.ensureOwner(arena);
    } catch (err) {
      this.log.warn({ arena: arena, err: (err as Error).message }, "arena placement failed");
      await this.directory.setArena(pid, "");
      reply({ ok: false, error: `arena ${arena} is not available right now` });
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
    await this.directory.put(
      zonebus.PlayerRecord.create({
        info,
        arena: arena,
        loginMs: rec.loginMs,
        authenticated: rec.authenticated,
        billerKnown: rec.billerKnown,
        billerUserId: rec.billerUserId,
        enteredOnce: true,
      }),
    );
    if (!rec.enteredOnce) this.biller?.enterArena(rec);
    this.lastArena.set(pid, arena);
    reply({ ok: true, arena: arena, player: info });
  }

  /**
   * Why the player may not enter `arena`, told to it; undefined when it may: always into an
   * arena that exists (leased or with players), into a new one within `--max-arenas` and the
   * player's `--arena-creations`. Refusals are counted and logged at a rate limit.
   */
  private async newArenaRefusal(rec: zonebus.PlayerRecord, arena: string): Promise<string | undefined> {
    const population = this.directory.arenaPopulation();
    if (population.has(arena) || (await this.placement.owner(arena)) !== undefined) return undefined;
    const name = rec.info?.name ?? "";
    const tokens = new Set(await this.placement.leasedArenaKeys());
    for (const held of population.keys()) tokens.add(subjectToken(held));
    const now = performance.now();
    const refusal = this.arenaLimits.refusal(name, tokens.size, now);
    if (refusal === undefined) {
      this.arenaLimits.created(name, now);
      return undefined;
    }
    this.arenaRefusals.inc({ reason: refusal });
    this.refusalLog.info(
      `arena-${refusal}:${name.toLowerCase()}`,
      { name, arena, arenas: tokens.size },
      `new arena refused: ${refusal}`,
    );
    return this.arenaLimits.message(refusal);
  }

  /**
   * Before placement: an arena name that is a `[Redirects]` alias (or a literal ip:port[:arena])
   * and an arena homed to another gateway group send the client away with 0x3B, when it can
   * follow one. True when a redirect was sent; a string is why the player cannot enter (an
   * alias it cannot follow); undefined: enter here (a client that cannot follow a redirect to
   * the arena's home is served here through the bus).
   */
  private async redirectInsteadOfEnter(
    rec: zonebus.PlayerRecord,
    req: zonebus.EnterRequest,
    arena: string,
  ): Promise<true | string | undefined> {
    const info = rec.info ?? {};
    const authenticated = rec.authenticated;
    const alias = req.arenaType === ArenaType.Named ? this.redirector.destinationOf(req.arenaName) : undefined;
    if (alias) {
      const sent = await this.redirector.send(info, alias, RedirectReason.Alias, authenticated);
      return sent.ok || sent.error;
    }
    const home = await this.redirector.homeFor(info, arena);
    return home !== undefined && (await this.redirector.send(info, home, RedirectReason.Home, authenticated)).ok
      ? true
      : undefined;
  }

  /** A draining gateway asks for one of its players to be sent to another gateway. */
  private async onRedirectRequest(msg: BusMessage): Promise<void> {
    const req = zonebus.RedirectRequest.decode(msg.data);
    const reply = (r: zonebus.IRedirectReply) => msg.respond(zonebus.RedirectReply.encode(r).finish());
    const rec = this.directory.get(req.player?.pid ?? -1);
    if (!rec?.info || rec.info.gateway !== req.player?.gateway) {
      reply({ ok: false, error: "not logged in" });
      return;
    }
    const result = await this.redirector.drain(rec);
    reply(result.ok ? { ok: true, target: result.target } : { ok: false, error: result.error });
  }

  /** 0x0D: the news file, streamed to the player (files-and-settings.md §4). */
  private onNewsRequest(msg: BusMessage): void {
    const who = zonebus.PlayerAddress.decode(msg.data);
    const news = this.deps.news();
    const rec = this.directory.get(who.pid);
    if (!news || rec?.info?.gateway !== who.gateway) return;
    if (this.newsThrottle.admit(who.pid, 0, performance.now()) !== DownloadResult.Sent) return;
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

  /** A gateway died without draining: its players are gone from the zone. */
  private async logoutGateway(gatewayId: string): Promise<void> {
    for (const rec of this.directory.all())
      if (rec.info?.gateway === gatewayId) await this.logout(rec.info.pid ?? 0, "gateway gone");
  }

  /** Disconnects a player; `notice` is told to it first. */
  private async kick(rec: zonebus.PlayerRecord, reason: string, notice?: string): Promise<void> {
    const pid = rec.info?.pid ?? 0;
    const gateway = rec.info?.gateway ?? "";
    this.deps.bus.publish(
      this.deps.subjects.gatewayControl(gateway),
      zonebus.ConnectionControl.encode({ pid, kickReason: reason, kickNotice: notice ?? "" }).finish(),
    );
    await this.logout(pid, reason);
  }

  private async logout(pid: number, reason: string): Promise<void> {
    const rec = await this.directory.remove(pid);
    this.lastArena.delete(pid);
    this.newsThrottle.forget(pid);
    if (!rec) return;
    if (rec.arena) this.leaveArena(pid, rec.arena);
    await this.biller?.leave(rec);
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
