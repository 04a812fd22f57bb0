import { type BillerSetup, LeaveQueue } from "@zonebus/biller";
import { arenaToken, type Bus, type BusMessage, type BusSubscription, playerToken } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import { InboundRateLimit, RateVerdict } from "@zonebus/protocol";
import type { LeaderRole } from "@zonebus/runtime";
import type { KvBucket, Store } from "@zonebus/store";
import { BUCKET_TTL_MS, type ZoneSubjects } from "@zonebus/subjects";
import type { Logger } from "pino";
import { Gauge, type Registry } from "prom-client";
import {
  type BillerLink,
  type BillerLinkEvents,
  type BillerLoginResult,
  type BillerNotice,
  type BillerScore,
  BillerUnavailableError,
} from "./biller-link.js";
import { billerMetrics } from "./biller-metrics.js";
import { TcpBillerLink } from "./tcp/tcp-biller-link.js";
import { UdpBillerLink } from "./udp/udp-biller-link.js";

/** Longest chat or command text passed to a biller (both protocols carry at most 250). */
const MAX_TEXT = 250;
/**
 * Notices (chat, messages, kicks, banners) a biller may send per second, and at once: far above
 * what a network's chat needs, far below what would load the zone.
 */
const NOTICE_RATE = 1_000;
const NOTICE_BURST = 2_000;
/** Login-failure texts kept for logins still waiting for their result. */
const MAX_LOGIN_TEXTS = 256;
/** How often queued leaves are looked for while the biller is up, besides the master's nudges. */
const QUEUE_POLL_MS = 1_000;
/** How long a leave waits before it is sent with the player's score, so the arena's last score write has landed. */
const SCORE_SETTLE_MS = 1_000;

export interface BillerBridgeDeps {
  readonly bus: Bus;
  readonly subjects: ZoneSubjects;
  readonly store: Store;
  readonly setup: BillerSetup;
  readonly logger: Logger;
  readonly metrics?: Registry;
  /** Makes the link (default: the setup's protocol); tests may pass another. */
  readonly link?: (events: BillerLinkEvents) => BillerLink;
}

/** The link for a setup's protocol. */
export function linkFor(
  setup: BillerSetup,
  events: BillerLinkEvents,
  logger: Logger,
  metrics: Registry | undefined,
): BillerLink {
  const opts = { config: setup.link, logger, metrics, events };
  return setup.protocol === "tcp" ? new TcpBillerLink(opts) : new UdpBillerLink(opts);
}

function notice(n: zonebus.IBillerNoticeMessage): Uint8Array {
  return zonebus.BillerNoticeMessage.encode(n).finish();
}

/** A biller's notice as the master's bus message. */
export function noticeMessage(n: BillerNotice): zonebus.IBillerNoticeMessage {
  const Kind = zonebus.BillerChatKind;
  switch (n.kind) {
    case "kick":
      return { kick: { pid: n.pid, reason: n.reason } };
    case "banner":
      return { banner: { pid: n.pid, banner: n.banner } };
    case "channel":
      return { chat: { kind: Kind.BILLER_CHAT_CHANNEL, pid: n.pid, sound: n.sound, text: n.text } };
    case "remote":
      return { chat: { kind: Kind.BILLER_CHAT_REMOTE, pid: n.pid, sound: n.sound, text: n.text } };
    case "squad":
      return { chat: { kind: Kind.BILLER_CHAT_SQUAD, squad: n.squad, sound: n.sound, text: n.text } };
    case "named":
      return { chat: { kind: Kind.BILLER_CHAT_NAMED, name: n.name, sound: n.sound, text: n.text } };
    case "message":
      return { chat: { kind: Kind.BILLER_CHAT_MESSAGE, pid: n.pid, sound: n.sound, text: n.text } };
    case "staff":
      return { chat: { kind: Kind.BILLER_CHAT_STAFF, sender: n.sender, sound: n.sound, text: n.text } };
    case "broadcast":
      return { chat: { kind: Kind.BILLER_CHAT_BROADCAST, sender: n.sender, sound: n.sound, text: n.text } };
    case "scorereset":
      return { scoreReset: "" };
    case "packet":
      return { packet: { pid: n.pid, data: n.data } };
  }
}

/** A login answer as the master's bus reply. */
export function loginReply(r: BillerLoginResult, protocol: string): zonebus.IBillerLoginReply {
  const Outcome = zonebus.BillerLoginOutcome;
  if (!r.ok) return { outcome: Outcome.BILLER_LOGIN_REFUSED, code: r.code, text: r.text ?? "", protocol };
  return {
    outcome: Outcome.BILLER_LOGIN_OK,
    code: r.code,
    name: r.name,
    squad: r.squad,
    userId: r.userId,
    banner: r.banner ?? new Uint8Array(0),
    wantRegistration: r.wantRegistration,
    usageSeconds: r.usageSeconds,
    firstUsed: r.firstUsed,
    protocol,
  };
}

/**
 * The active biller bridge: the zone's one connection to its biller, run while this instance
 * holds the bridge lease. Logins the master asks about go to the biller; what the master tells
 * of players (entries, chat, banners, registrations, commands) goes on; leaves come from the
 * durable queue in the store, sent in order while the biller is up. The biller's messages go to
 * the master as `BillerNoticeMessage`s, and so do the link's ups and downs.
 */
export class BillerBridge implements LeaderRole {
  readonly name = "biller-bridge";
  private link: BillerLink | undefined;
  private queue: LeaveQueue | undefined;
  private scores: KvBucket | undefined;
  private readonly loginTexts = new Map<number, string>();
  private readonly noticeRate = new InboundRateLimit(NOTICE_RATE, NOTICE_BURST, 0, performance.now());
  private subs: BusSubscription[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly log: Logger;
  private readonly metrics: ReturnType<typeof billerMetrics>;
  private readonly queueDepth: Gauge;

  constructor(private readonly deps: BillerBridgeDeps) {
    this.log = deps.logger.child({ svc: "biller-bridge", protocol: deps.setup.protocol });
    this.metrics = billerMetrics(deps.metrics);
    const name = "zb_biller_queue_depth";
    this.queueDepth =
      (deps.metrics?.getSingleMetric(name) as Gauge | undefined) ??
      new Gauge({
        name,
        help: "Leaves waiting in the store for the biller (as of the last queue pass)",
        registers: deps.metrics ? [deps.metrics] : [],
      });
  }

  get up(): boolean {
    return this.link?.up ?? false;
  }

  async start(): Promise<void> {
    const { bus, subjects, store, setup } = this.deps;
    const bucket = await store.bucket(subjects.buckets.billerQueue, { ttlMs: BUCKET_TTL_MS.billerQueue });
    const events: BillerLinkEvents = {
      onUp: () => {
        this.log.info({ host: setup.link.host, port: setup.link.port }, "biller connected");
        bus.publish(subjects.masterBiller, notice({ link: { up: true } }));
        this.drainQueue();
      },
      onDown: (reason) => {
        this.log.warn({ reason }, "biller connection lost");
        bus.publish(subjects.masterBiller, notice({ link: { up: false, reason } }));
      },
      onNotice: (n) => {
        // What the biller asks of players is bounded in rate: a flood is counted and dropped here.
        if (this.noticeRate.admit(performance.now()) !== RateVerdict.Accept) {
          this.metrics.dropped.inc({ reason: "notice_rate" });
          return;
        }
        if (n.kind === "packet") this.rememberLoginText(n.pid, n.data);
        if (n.kind === "scorereset" && !setup.honorScoreReset) {
          this.log.info("score reset requested by the biller, not honoured (Billing:HonorScoreResetRequests = 0)");
          return;
        }
        bus.publish(subjects.masterBiller, notice(noticeMessage(n)));
      },
    };
    const link = this.deps.link?.(events) ?? linkFor(setup, events, this.log, this.deps.metrics);
    this.link = link;
    this.queue = new LeaveQueue(bucket, {
      send: async (leave) => link.leave(leave.pid, await this.scoreOf(leave)),
      dropped: (reason) => this.metrics.dropped.inc({ reason: `leave_${reason}` }),
      depth: (n) => this.queueDepth.set(n),
      minAgeMs: setup.protocol === "udp" ? SCORE_SETTLE_MS : 0,
    });
    this.subs = [
      bus.subscribe(subjects.billerLogin, (m) => void this.onLogin(m)),
      bus.subscribe(subjects.billerEvents, (m) => this.onEvent(m)),
    ];
    link.start();
    this.timer = setInterval(() => this.drainQueue(), QUEUE_POLL_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    for (const s of this.subs.splice(0)) s.unsubscribe();
    await this.link?.stop();
    this.link = undefined;
  }

  /** The player's stored score in the arena it was last in (the UDP protocol reports it at logoff). */
  private async scoreOf(leave: zonebus.BillerQueuedLeave): Promise<BillerScore | undefined> {
    if (this.deps.setup.protocol !== "udp" || leave.arena === "" || leave.name === "") return undefined;
    this.scores ??= await this.deps.store.bucket(this.deps.subjects.buckets.scores, { ttlMs: BUCKET_TTL_MS.scores });
    const entry = await this.scores.get(`${arenaToken(leave.arena)}.${playerToken(leave.name)}`).catch(() => undefined);
    if (!entry) return undefined;
    const s = zonebus.ArenaScore.decode(entry.value);
    return { kills: s.kills, deaths: s.deaths, flags: 0, killPoints: s.killPoints, flagPoints: s.flagPoints };
  }

  /** Keeps an S2C 0x33 login-failure text the biller sent for a player (a bounded few). */
  private rememberLoginText(pid: number, data: Uint8Array): void {
    if (data[0] !== 0x33) return;
    const end = data.indexOf(0, 1);
    const text = Buffer.from(data.subarray(1, end < 0 ? data.length : end))
      .toString("latin1")
      .slice(0, 254);
    if (this.loginTexts.size >= MAX_LOGIN_TEXTS) this.loginTexts.delete(this.loginTexts.keys().next().value!);
    this.loginTexts.set(pid, text);
  }

  private drainQueue(): void {
    if (!this.link?.up || !this.queue) return;
    this.queue.drain().catch((err: Error) => this.log.info({ err: err.message }, "leave queue pass stopped"));
  }

  private async onLogin(msg: BusMessage): Promise<void> {
    const protocol = this.deps.setup.protocol;
    const unavailable = (): void => {
      msg.respond(
        zonebus.BillerLoginReply.encode({
          outcome: zonebus.BillerLoginOutcome.BILLER_LOGIN_UNAVAILABLE,
          protocol,
        }).finish(),
      );
    };
    let req: zonebus.BillerLoginRequest;
    try {
      req = zonebus.BillerLoginRequest.decode(msg.data);
    } catch {
      this.metrics.dropped.inc({ reason: "bus_malformed" });
      return unavailable();
    }
    const link = this.link;
    if (!link?.up) {
      this.metrics.logins.inc({ outcome: "unavailable" });
      return unavailable();
    }
    try {
      const result = await link.login({
        pid: req.pid,
        name: req.name.slice(0, 32),
        password: req.password.slice(0, 32),
        createNew: req.createNew,
        ip: req.ip,
        machineId: req.machineId,
        timezoneBias: req.timezoneBias,
        clientVersion: req.clientVersion,
        contId: req.contId.length === 64 ? req.contId : undefined,
      });
      // The UDP protocol sends a refusal's text (a ban reason) as an S2C 0x33 just before the result.
      const withText = !result.ok && !result.text ? { ...result, text: this.loginTexts.get(req.pid) } : result;
      this.loginTexts.delete(req.pid);
      msg.respond(zonebus.BillerLoginReply.encode(loginReply(withText, protocol)).finish());
    } catch (err) {
      if (!(err instanceof BillerUnavailableError))
        this.log.warn({ err: (err as Error).message }, "biller login failed");
      unavailable();
    }
  }

  private onEvent(msg: BusMessage): void {
    let ev: zonebus.BillerEvent;
    try {
      ev = zonebus.BillerEvent.decode(msg.data);
    } catch {
      this.metrics.dropped.inc({ reason: "bus_malformed" });
      return;
    }
    if (ev.leaveQueued) {
      this.drainQueue();
      return;
    }
    const link = this.link;
    if (!link?.up) return;
    const pid = ev.pid;
    const text = (t: string) => t.slice(0, MAX_TEXT);
    switch (ev.event) {
      case "enterArena":
        link.enterArena(pid);
        break;
      case "channel": {
        const c = ev.channel as zonebus.BillerChannelChat;
        link.channel(pid, c.channel || "1", c.sound, text(c.text));
        break;
      }
      case "remote": {
        const r = ev.remote as zonebus.BillerRemoteChat;
        link.remote(pid, r.sender, r.target, r.sound, text(r.text));
        break;
      }
      case "squad": {
        const r = ev.squad as zonebus.BillerRemoteChat;
        link.squad(pid, r.sender, r.target, r.sound, text(r.text));
        break;
      }
      case "banner":
        if (ev.banner?.length === 96) link.banner(pid, ev.banner);
        break;
      case "registration":
        if (ev.registration) link.registration(pid, ev.registration);
        break;
      case "command": {
        const c = ev.command as zonebus.BillerCommand;
        link.command(pid, c.name, text(c.args), c.staff);
        break;
      }
    }
  }
}
