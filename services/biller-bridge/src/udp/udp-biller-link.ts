/**
 * The old UDP biller protocol (biller.md §3) behind the `BillerLink` contract. The zone is a
 * core-protocol client of the biller (VIE key exchange, everything sent reliably); this class
 * keeps ASSS's state machine: connect → S2B 0x02 → up at the biller's first packet or after a
 * grace period without being dropped → S2B 0x15, pings, and reconnects with back-off when the
 * connection goes.
 */
import { performance } from "node:perf_hooks";
import {
  ConnectionState,
  type CoreEvent,
  clientKeyExchange,
  type TransportConfigInput,
  UdpClient,
} from "@zonebus/protocol";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import {
  type BillerLink,
  type BillerLinkConfig,
  type BillerLinkEvents,
  type BillerLoginRequest,
  type BillerLoginResult,
  type BillerNotice,
  type BillerScore,
  BillerUnavailableError,
} from "../biller-link.js";
import { BillerLoginOutcome, type BillerMetrics, billerMetrics } from "../biller-metrics.js";
import { AckWaiters } from "./ack-waiters.js";
import { type B2SPacket, B2SType, type B2SUserLogin, decodeB2S } from "./b2s.js";
import { noticesOf } from "./b2s-notices.js";
import { commandText, remoteMessageText } from "./chat-text.js";
import { B2SDropReason } from "./fields.js";
import { LoginLoad } from "./login-load.js";
import { formatFirstLogin, isAcceptedResult, ResponseCode, responseCodeOf, wantsRegistration } from "./login-result.js";
import {
  encodePing,
  encodeServerCapabilities,
  encodeServerConnect,
  encodeServerDisconnect,
  encodeUserBanner,
  encodeUserChannelChat,
  encodeUserCommand,
  encodeUserDemographics,
  encodeUserLogin,
  encodeUserLogoff,
  encodeUserPrivateChat,
  MAX_DEMOGRAPHICS,
  NO_CONNECTION,
  ServerCapability,
} from "./s2b.js";
import { TransportDropCounter } from "./transport-drops.js";

export interface UdpBillerLinkOptions {
  readonly config: BillerLinkConfig;
  readonly logger: Logger;
  /** Where the zb_biller_* metrics go; a private registry when absent. */
  readonly metrics?: Registry;
  readonly events: BillerLinkEvents;
  /** S2B 0x01 interval while up (ASSS: 60 s). */
  readonly pingIntervalMs?: number;
  /** Up after this long without being dropped, if the biller sends nothing first (ASSS: 5 s). */
  readonly loginGraceMs?: number;
  /** Monotonic ms; default `performance.now`. */
  readonly now?: () => number;
  /** The first wait before reconnecting, doubled up to `config.retryIntervalMs` (default 1 s). */
  readonly firstRetryMs?: number;
  /** Transport settings of the connection to the biller, over `BILLER_TRANSPORT`. */
  readonly transport?: TransportConfigInput;
}

export const DEFAULT_PING_INTERVAL_MS = 60_000;
export const DEFAULT_LOGIN_GRACE_MS = 5_000;
export const DEFAULT_FIRST_RETRY_MS = 1_000;
/** ASSS forwards at most one banner per player per 0.2 s. */
export const BANNER_INTERVAL_MS = 200;
/** Players whose last banner time is kept before old entries are pruned. */
const MAX_BANNER_ENTRIES = 1024;

/**
 * The biggest legitimate B2S packet is a multi-channel chat to 255 players (~1.5 kB); a
 * reassembled packet is bounded well above that instead of the transport's 64 kB default.
 */
export const BILLER_TRANSPORT: TransportConfigInput = { maxBigPacket: 4096 };

export const UdpLinkState = {
  Idle: "idle",
  Connecting: "connecting",
  /** Connected and S2B 0x02 sent; waiting for the biller's first packet or the grace period. */
  WaitLogin: "wait_login",
  Up: "up",
  Retry: "retry",
  Stopped: "stopped",
} as const;
export type UdpLinkState = (typeof UdpLinkState)[keyof typeof UdpLinkState];

interface Session {
  readonly client: UdpClient;
  readonly acks: AckWaiters;
  /** The transport's own drops of this connection, counted as the link's. */
  readonly transportDrops: TransportDropCounter;
}

/** How often the transport's drop totals are read when no packet arrives to trigger it. */
const TRANSPORT_DROPS_POLL_MS = 1_000;

interface PendingLogin {
  readonly resolve: (r: BillerLoginResult) => void;
  readonly reject: (e: Error) => void;
  readonly timer: NodeJS.Timeout;
}

export class UdpBillerLink implements BillerLink {
  private stateValue: UdpLinkState = UdpLinkState.Idle;
  private session: Session | undefined;
  /** Bumped for each connection attempt and on stop; events of older attempts are ignored. */
  private generation = 0;
  private attempts = 0;
  private retryDelay: number;
  private retryTimer: NodeJS.Timeout | undefined;
  private graceTimer: NodeJS.Timeout | undefined;
  private pingTimer: NodeJS.Timeout | undefined;
  private dropsTimer: NodeJS.Timeout | undefined;
  private readonly pending = new Map<number, PendingLogin>();
  private readonly load: LoginLoad;
  private readonly bannerSentAt = new Map<number, number>();
  private identityBytes: Uint8Array | undefined;
  private readonly metrics: BillerMetrics;
  private readonly log: Logger;
  private readonly now: () => number;
  private readonly config: BillerLinkConfig;
  private readonly events: BillerLinkEvents;
  private readonly pingIntervalMs: number;
  private readonly loginGraceMs: number;
  private readonly firstRetryMs: number;
  private readonly transport: TransportConfigInput;

  constructor(opts: UdpBillerLinkOptions) {
    this.config = opts.config;
    this.events = opts.events;
    this.log = opts.logger.child({ biller: "udp" });
    this.metrics = billerMetrics(opts.metrics);
    this.now = opts.now ?? (() => performance.now());
    this.pingIntervalMs = opts.pingIntervalMs ?? DEFAULT_PING_INTERVAL_MS;
    this.loginGraceMs = opts.loginGraceMs ?? DEFAULT_LOGIN_GRACE_MS;
    this.firstRetryMs = Math.min(opts.firstRetryMs ?? DEFAULT_FIRST_RETRY_MS, opts.config.retryIntervalMs);
    this.retryDelay = this.firstRetryMs;
    this.transport = { ...BILLER_TRANSPORT, ...opts.transport };
    this.load = new LoginLoad(this.now());
  }

  get up(): boolean {
    return this.stateValue === UdpLinkState.Up;
  }

  get state(): UdpLinkState {
    return this.stateValue;
  }

  /** The biller's identity bytes (B2S 0x33) since it accepted the zone, as a copy. */
  get identity(): Uint8Array | undefined {
    return this.identityBytes?.slice();
  }

  /** Logins sent and not answered yet. */
  get pendingLogins(): number {
    return this.pending.size;
  }

  start(): void {
    if (this.stateValue !== UdpLinkState.Idle) return;
    void this.connect();
  }

  async stop(): Promise<void> {
    if (this.stateValue === UdpLinkState.Stopped) return;
    const session = this.session;
    const wasConnected = this.stateValue === UdpLinkState.Up || this.stateValue === UdpLinkState.WaitLogin;
    this.stateValue = UdpLinkState.Stopped;
    this.generation++;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.endSession(new BillerUnavailableError("biller link stopped"), false);
    if (session && wasConnected) {
      // Goodbye first, then `00 07` (close): both leave at once, in that order.
      session.acks.send(encodeServerDisconnect());
      session.client.flush();
    }
    await session?.client.close();
  }

  login(req: BillerLoginRequest): Promise<BillerLoginResult> {
    const session = this.session;
    if (!this.up || !session) return this.unavailable("biller link down");
    if (!this.load.admits(this.pending.size, this.now())) {
      this.metrics.logins.inc({ outcome: BillerLoginOutcome.refused });
      return Promise.resolve({ ok: false, pid: req.pid, code: ResponseCode.ServerBusy });
    }
    // A second login of one pid replaces the first: the biller's answer can only go to one.
    this.pending.get(req.pid)?.reject(new BillerUnavailableError("login superseded"));
    this.forgetLogin(req.pid);
    const packet = encodeUserLogin({
      makeNew: req.createNew,
      ip: req.ip,
      name: req.name,
      password: req.password,
      connectionId: req.pid,
      machineId: req.machineId,
      timezoneBias: req.timezoneBias,
      clientVersion: req.clientVersion,
      ...(req.contId ? { extra: req.contId } : {}),
    });
    if (!this.send(packet)) return this.unavailable("biller link congested");
    return new Promise<BillerLoginResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(req.pid);
        this.metrics.logins.inc({ outcome: BillerLoginOutcome.unavailable });
        reject(new BillerUnavailableError(`no login answer in ${this.config.loginTimeoutMs} ms`));
      }, this.config.loginTimeoutMs);
      this.pending.set(req.pid, { resolve, reject, timer });
    });
  }

  registration(pid: number, data: Uint8Array): void {
    if (data.length > MAX_DEMOGRAPHICS) {
      this.drop(B2SDropReason.tooLong, "registration data over 765 bytes");
      return;
    }
    this.sendIfUp(() => encodeUserDemographics(pid, data));
  }

  banner(pid: number, banner: Uint8Array): void {
    if (!this.up) return;
    const now = this.now();
    const last = this.bannerSentAt.get(pid);
    if (last !== undefined && now - last < BANNER_INTERVAL_MS) {
      this.drop("banner_rate", "banner within 0.2 s of the last");
      return;
    }
    if (this.bannerSentAt.size >= MAX_BANNER_ENTRIES) {
      for (const [p, at] of this.bannerSentAt) if (now - at >= BANNER_INTERVAL_MS) this.bannerSentAt.delete(p);
    }
    this.bannerSentAt.set(pid, now);
    this.sendIfUp(() => encodeUserBanner(pid, banner));
  }

  enterArena(_pid: number): void {
    // The UDP protocol has no arena entry message.
  }

  leave(pid: number, score?: BillerScore): Promise<void> {
    this.bannerSentAt.delete(pid);
    if (this.pending.has(pid)) {
      this.pending.get(pid)?.reject(new BillerUnavailableError("player left before the answer"));
      this.forgetLogin(pid);
      this.load.onInterrupted(1, this.now());
    }
    const session = this.session;
    if (!this.up || !session) return Promise.reject(new BillerUnavailableError("biller link down"));
    const acked = session.acks.sendAndWait(encodeUserLogoff(pid, score));
    if (!acked) {
      this.drop(B2SDropReason.backpressure, "logoff refused by the transport");
      return Promise.reject(new BillerUnavailableError("biller link congested"));
    }
    session.client.flush();
    return acked;
  }

  channel(pid: number, channel: string, _sound: number, text: string): void {
    this.sendIfUp(() => encodeUserChannelChat(pid, channel, text));
  }

  remote(_pid: number, sender: string, destination: string, sound: number, text: string): void {
    this.sendIfUp(() => privateChat(sound, remoteMessageText(destination, sender, text)));
  }

  squad(_pid: number, sender: string, squad: string, sound: number, text: string): void {
    this.sendIfUp(() => privateChat(sound, remoteMessageText(`#${squad}`, sender, text)));
  }

  command(pid: number, name: string, args: string, staff: boolean): void {
    this.sendIfUp(() => encodeUserCommand(pid, commandText(name, args, staff, this.config)));
  }

  // --- connection lifecycle ---

  private async connect(): Promise<void> {
    const generation = ++this.generation;
    this.stateValue = UdpLinkState.Connecting;
    if (this.attempts++ > 0) this.metrics.reconnects.inc();
    let client: UdpClient;
    try {
      client = await UdpClient.connect({
        host: this.config.host,
        port: this.config.port,
        keyExchange: clientKeyExchange(),
        config: this.transport,
        listener: {
          onPacket: (p) => this.onPacket(generation, p),
          onEvent: (e) => this.onEvent(generation, e),
        },
      });
    } catch (err) {
      if (generation !== this.generation) return;
      this.log.info({ err: (err as Error).message }, "biller connect failed");
      this.scheduleRetry();
      return;
    }
    if (generation !== this.generation || client.connection.state === ConnectionState.Closed) {
      await client.close();
      if (generation === this.generation) this.scheduleRetry();
      return;
    }
    const session: Session = {
      client,
      acks: new AckWaiters(client.connection),
      transportDrops: new TransportDropCounter(this.metrics.dropped),
    };
    this.session = session;
    this.dropsTimer = setInterval(
      () => session.transportDrops.sync(client.connection.stats.drops),
      TRANSPORT_DROPS_POLL_MS,
    );
    this.dropsTimer.unref();
    this.stateValue = UdpLinkState.WaitLogin;
    this.log.info({ host: this.config.host, port: this.config.port }, "connected to biller, logging in");
    this.send(
      encodeServerConnect({
        serverId: this.config.serverId,
        groupId: this.config.groupId,
        scoreId: this.config.scoreId,
        serverName: this.config.serverName,
        port: this.config.gamePort,
        password: this.config.password,
      }),
    );
    // This protocol has no answer to the server connect: a biller that does not drop us has taken it.
    this.graceTimer = setTimeout(() => this.goUp(), this.loginGraceMs);
  }

  private goUp(): void {
    if (this.stateValue !== UdpLinkState.WaitLogin) return;
    if (this.graceTimer) clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
    this.stateValue = UdpLinkState.Up;
    this.retryDelay = this.firstRetryMs;
    this.identityBytes = undefined;
    this.send(encodeServerCapabilities(ServerCapability.MulticastChat | ServerCapability.Demographics));
    this.pingTimer = setInterval(() => this.sendIfUp(encodePing), this.pingIntervalMs);
    this.metrics.connected.set(1);
    this.log.info("logged in to biller");
    this.guard("onUp", () => this.events.onUp());
  }

  private onEvent(generation: number, event: CoreEvent): void {
    if (generation !== this.generation || event.type !== "disconnected") return;
    // Before `connect` resumed there is no session yet: it sees the closed connection itself.
    if (!this.session) return;
    const wasConnected = this.stateValue === UdpLinkState.Up || this.stateValue === UdpLinkState.WaitLogin;
    const wasUp = this.stateValue === UdpLinkState.Up;
    const client = this.session.client;
    this.endSession(new BillerUnavailableError(`biller link lost: ${event.reason}`), true);
    // The event may come from inside the client's own poll: close it after this turn.
    setImmediate(() => void client.close());
    this.log.warn({ reason: event.reason }, wasUp ? "biller connection lost" : "biller dropped the zone");
    if (wasConnected) this.guard("onDown", () => this.events.onDown(wasUp ? event.reason : `refused: ${event.reason}`));
    this.scheduleRetry();
  }

  /** Forgets the session: timers, waiting logins and leaves fail with `err`. */
  private endSession(err: BillerUnavailableError, interrupted: boolean): void {
    if (this.graceTimer) clearTimeout(this.graceTimer);
    if (this.pingTimer) clearInterval(this.pingTimer);
    if (this.dropsTimer) clearInterval(this.dropsTimer);
    this.dropsTimer = undefined;
    this.session?.transportDrops.sync(this.session.client.connection.stats.drops);
    this.graceTimer = undefined;
    this.pingTimer = undefined;
    const waiting = this.pending.size;
    for (const [pid, login] of this.pending) {
      login.reject(err);
      this.forgetLogin(pid);
      this.metrics.logins.inc({ outcome: BillerLoginOutcome.unavailable });
    }
    if (interrupted && waiting > 0) this.load.onInterrupted(waiting, this.now());
    this.session?.acks.failAll(err);
    this.session = undefined;
    this.metrics.connected.set(0);
  }

  private scheduleRetry(): void {
    if (this.stateValue === UdpLinkState.Stopped) return;
    this.stateValue = UdpLinkState.Retry;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(delay * 2, this.config.retryIntervalMs);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.connect();
    }, delay);
  }

  // --- incoming ---

  private onPacket(generation: number, bytes: Uint8Array): void {
    if (generation !== this.generation || !this.session) return;
    // Whatever the transport discarded before this packet is counted before it is handled.
    this.session.transportDrops.sync(this.session.client.connection.stats.drops);
    if (this.stateValue === UdpLinkState.WaitLogin) this.goUp();
    try {
      const decoded = decodeB2S(bytes);
      if (!decoded.ok) this.drop(decoded.reason, decoded.detail);
      else this.handle(decoded.value);
    } catch (err) {
      // Decoders are total; this only guards the transport's receive loop against our own bugs.
      this.drop("internal", (err as Error).message);
    }
  }

  private handle(p: B2SPacket): void {
    if (p.type === B2SType.UserLogin) this.onLoginResult(p);
    else if (p.type === B2SType.BillingIdentity) this.identityBytes = p.data;
    else {
      const outcome = noticesOf(p);
      if (!outcome.ok) this.drop(outcome.reason, outcome.detail);
      else for (const notice of outcome.notices) this.notify(notice);
    }
  }

  private onLoginResult(p: B2SUserLogin): void {
    const login = this.pending.get(p.connectionId);
    if (!login) {
      this.drop(B2SDropReason.unexpected, "login result for no pending login");
      return;
    }
    this.forgetLogin(p.connectionId);
    if (!isAcceptedResult(p.result)) {
      this.metrics.logins.inc({ outcome: BillerLoginOutcome.refused });
      login.resolve({ ok: false, pid: p.connectionId, code: responseCodeOf(p.result) });
      return;
    }
    this.metrics.logins.inc({ outcome: BillerLoginOutcome.ok });
    login.resolve({
      ok: true,
      pid: p.connectionId,
      name: p.name,
      squad: p.squad,
      userId: p.userId,
      ...(p.banner ? { banner: p.banner } : {}),
      usageSeconds: p.secondsPlayed,
      firstUsed: formatFirstLogin(p.firstLogin),
      wantRegistration: wantsRegistration(p.result),
      ...(p.score ? { score: p.score } : {}),
      code: responseCodeOf(p.result),
    });
  }

  // --- helpers ---

  private forgetLogin(pid: number): void {
    const login = this.pending.get(pid);
    if (login) clearTimeout(login.timer);
    this.pending.delete(pid);
  }

  private unavailable(why: string): Promise<never> {
    this.metrics.logins.inc({ outcome: BillerLoginOutcome.unavailable });
    return Promise.reject(new BillerUnavailableError(why));
  }

  private sendIfUp(build: () => Uint8Array): void {
    if (this.up) this.send(build());
  }

  /** Queues a packet reliably and sends it now; false (counted) when the transport refused it. */
  private send(packet: Uint8Array): boolean {
    const session = this.session;
    if (!session) return false;
    if (!session.acks.send(packet)) {
      this.drop(B2SDropReason.backpressure, "send refused by the transport");
      return false;
    }
    session.client.flush();
    return true;
  }

  private notify(notice: BillerNotice): void {
    this.guard("onNotice", () => this.events.onNotice(notice));
  }

  /** The zone's handlers must not break the transport's receive loop. */
  private guard(what: string, call: () => void): void {
    try {
      call();
    } catch (err) {
      this.log.error({ err: (err as Error).message, handler: what }, "biller link event handler threw");
    }
  }

  private drop(reason: string, detail: string): void {
    this.metrics.dropped.inc({ reason });
    this.log.debug({ reason, detail }, "biller packet dropped");
  }
}

/** A remote or squad message: not about one connection, group 1, sub type 2, as ASSS sends it. */
const privateChat = (sound: number, text: string): Uint8Array =>
  encodeUserPrivateChat({ connectionId: NO_CONNECTION, groupId: 1, subType: 2, sound, text });
