import type { Bus, BusSubscription } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import {
  type ConnectionListener,
  type CoreEvent,
  resolveTransportConfig,
  selectScheme,
  type TransportConfig,
  UdpServer,
  type UdpSession,
  UnreliablePriority,
} from "@zonebus/protocol";
import { serverTicks } from "@zonebus/runtime";
import { ConfigError, KitErrorCode, rateLimitedLog } from "@zonebus/service-kit";
import type { Store } from "@zonebus/store";
import { BUCKET_TTL_MS, type ZoneSubjects } from "@zonebus/subjects";
import type { Logger } from "pino";
import { Counter, Gauge, type Registry } from "prom-client";
import { ArenaBatcher } from "./arena-batcher.js";
import { DeliveryRouter } from "./delivery-router.js";
import { drainSessions } from "./drain.js";
import { GatewayMetrics } from "./gateway-metrics.js";
import { GatewayHeartbeat } from "./heartbeat.js";
import { KeepAlive } from "./keepalive.js";
import { DEFAULT_LOGIN_BURST, DEFAULT_LOGIN_RATE, LoginLimiter } from "./login-limit.js";
import { OwnerProbe } from "./owner-probe.js";
import type { Population } from "./ping.js";
import { PingPort } from "./ping-port.js";
import { type ClientLink, PlayerSession, SessionState } from "./player-session.js";
import { publicAddress } from "./public-address.js";
import {
  resolveTransportLimits,
  TransportLimits,
  type TransportLimitsConfig,
  transportLimitSettings,
} from "./transport-limits.js";
import { udpBindError } from "./udp.js";
import { clientWire } from "./wire.js";

/** Longest `--send-delay`: ASSS sends every 10 ms; a few times that is already felt in play. */
export const MAX_SEND_DELAY_MS = 50;

/** Transport limits (options.ts: --max-upload, --login-deadline, --datagram-rate …) default to the protocol's server defaults. */
export interface GatewayConfig extends Partial<TransportLimitsConfig> {
  readonly gatewayId: string;
  readonly host: string;
  readonly port: number;
  readonly pingMode: "total" | "playing" | "alternate";
  readonly allowUnencryptedContinuum: boolean;
  readonly maxConnections: number;
  readonly requestTimeoutMs: number;
  readonly clientTimeoutMs: number;
  /** Gateway group for arena homes. */
  readonly gatewayGroup: string;
  /** `ip:port` clients are redirected to for this gateway; default the listen address. */
  readonly publicAddress?: string | undefined;
  /** Longest a stop waits for redirected clients to leave. */
  readonly drainGraceMs: number;
  /** S2C 0x27 to players in arenas this often; 0 = never. */
  readonly keepaliveMs: number;
  /** How long data for a client waits to be packed with more (UdpServer flushDelayMs); 0 = end of the turn. */
  readonly sendDelayMs: number;
  /** Each client's send limit: start and ceiling (bytes/s), and growth per window (percent; 0 = ASSS's). */
  readonly bandwidthInitial: number;
  readonly bandwidthMax: number;
  readonly bandwidthGrowth: number;
  /** Ping replies per second and burst per source address (default DEFAULT_PING_RATE/BURST). */
  readonly pingRate?: number;
  readonly pingBurst?: number;
  /** Logins per second and burst per source address (default DEFAULT_LOGIN_RATE/BURST). */
  readonly loginRate?: number;
  readonly loginBurst?: number;
}

/** Least time between two log lines about publishes the bus refused. */
export const REFUSED_PUBLISH_LOG_MS = 10_000;

export interface GatewayDeps {
  readonly bus: Bus;
  /** For the heartbeat in the `gateways` bucket; without it the gateway is invisible to redirects. */
  readonly store?: Store;
  readonly subjects: ZoneSubjects;
  readonly logger: Logger;
  readonly metrics: Registry;
  readonly config: GatewayConfig;
  /** Ends the process as SIGTERM does (drain, then stop); an operator's drain command calls it. */
  readonly requestStop?: () => void;
}

/**
 * The UDP front end: owns client connections (key exchange, encryption, reliable transport),
 * turns their packets into bus traffic through a PlayerSession each, and puts deliveries from
 * the services back on the wire. Also answers the ping port (game port + 1).
 */
/** Longest a kicked player's connection stays open for the notice telling it why. */
const KICK_NOTICE_WAIT_MS = 1_000;

export class GatewayService {
  readonly name = "gateway";
  private server: UdpServer | undefined;
  private readonly ping: PingPort;
  private connSeq = 0;
  private readonly byPid = new Map<number, PlayerSession>();
  private readonly sessions = new Set<PlayerSession>();
  /** Each session's UDP end, to flush deliveries at once (entries go with their sessions). */
  private readonly udpOf = new WeakMap<PlayerSession, UdpSession>();
  private readonly subs: BusSubscription[] = [];
  private readonly batcher: ArenaBatcher;
  private readonly deliveries: DeliveryRouter;
  private readonly transport: TransportConfig;
  private readonly limits: TransportLimits;
  private readonly keepalive: KeepAlive;
  private readonly ownerProbe: OwnerProbe;
  private readonly log: Logger;
  private readonly drops: Counter<"reason">;
  private readonly drained: Counter<"result">;
  private heartbeat: GatewayHeartbeat | undefined;
  private draining = false;
  private readonly loginLimit: LoginLimiter;
  private readonly refusedPublishes: Counter<"reason">;
  private readonly inputSplits: Counter;
  private readonly metrics: GatewayMetrics;
  private stopRefusedWatch: (() => void) | undefined;

  constructor(private readonly deps: GatewayDeps) {
    this.log = deps.logger.child({ svc: "gateway", gateway: deps.config.gatewayId });
    const { clientTimeoutMs, bandwidthInitial, bandwidthMax, bandwidthGrowth } = deps.config;
    if (bandwidthInitial > bandwidthMax)
      throw new ConfigError(
        `--bandwidth-initial (${bandwidthInitial}) must not exceed --bandwidth-max (${bandwidthMax})`,
        KitErrorCode.ConfigBadValue,
        "bandwidthInitial",
      );
    if (deps.config.sendDelayMs > MAX_SEND_DELAY_MS)
      throw new ConfigError(
        `--send-delay (${deps.config.sendDelayMs} ms) must be at most ${MAX_SEND_DELAY_MS} ms: players would see everyone that late`,
        KitErrorCode.ConfigBadValue,
        "sendDelayMs",
      );
    const limits = resolveTransportLimits(deps.config);
    this.transport = resolveTransportConfig({
      dropTimeoutMs: clientTimeoutMs,
      bandwidth: { initial: bandwidthInitial, maximum: bandwidthMax, growPercent: bandwidthGrowth },
      ...transportLimitSettings(limits),
    });
    this.limits = new TransportLimits(limits, this.log, deps.metrics, () => this.server);
    this.keepalive = new KeepAlive(() => this.sessions, deps.config.keepaliveMs);
    this.batcher = new ArenaBatcher(deps.bus, deps.subjects, {
      onDrop: (reason, n) => this.drops.inc({ reason }, n),
      onSplit: () => this.inputSplits.inc(),
      logger: this.log,
    });
    this.deliveries = new DeliveryRouter({
      metrics: deps.metrics,
      logger: this.log,
      sessionOf: (pid) => this.byPid.get(pid),
      flushSoon: (s) => {
        const udp = this.udpOf.get(s as PlayerSession);
        if (udp) this.server?.flushSoon(udp);
      },
      now: () => performance.now(),
    });
    this.ownerProbe = new OwnerProbe(
      deps.bus,
      deps.subjects,
      () => [...this.sessions].map((s) => s.arena),
      this.batcher,
    );
    this.drops = new Counter({
      name: "zb_gateway_dropped_packets_total",
      help: "Client game packets dropped before the bus, by reason",
      labelNames: ["reason"],
      registers: [deps.metrics],
    });
    this.refusedPublishes = new Counter({
      name: "zb_gateway_bus_refused_publishes_total",
      help: "Publishes the bus refused (payload over the server's max_payload, or failed by the client), by reason",
      labelNames: ["reason"],
      registers: [deps.metrics],
    });
    this.inputSplits = new Counter({
      name: "zb_gateway_input_batch_splits_total",
      help: "Arena input batches larger than the bus's max_payload, sent as several messages in order",
      registers: [deps.metrics],
    });
    const { pingMode, pingRate, pingBurst, loginRate, loginBurst } = deps.config;
    this.ping = new PingPort(
      { mode: pingMode, rate: pingRate, burst: pingBurst },
      () => this.population(),
      this.log,
      deps.metrics,
    );
    this.loginLimit = new LoginLimiter(
      { perSecond: loginRate ?? DEFAULT_LOGIN_RATE, burst: loginBurst ?? DEFAULT_LOGIN_BURST },
      { logger: this.log },
    );
    this.drained = new Counter({
      name: "zb_gateway_drained_total",
      help: "Players of a draining gateway: redirected to another gateway, told to reconnect, or gone at grace expiry",
      labelNames: ["result"],
      registers: [deps.metrics],
    });
    this.metrics = new GatewayMetrics(deps.metrics, { server: () => this.server, players: () => this.byPid.size });
    const sessions = this.sessions;
    new Gauge({
      name: "zb_gateway_connections",
      help: "Client connections on this gateway",
      registers: [deps.metrics],
      collect() {
        this.set(sessions.size);
      },
    });
  }

  /** Bound game port (useful when configured as 0). */
  get port(): number {
    return this.server?.port ?? this.deps.config.port;
  }

  async start(): Promise<void> {
    const { host, port, gatewayId } = this.deps.config;
    // The drain of a previous stop ended with it: this start serves logins again.
    this.draining = false;
    // A bad --public-address fails the start before any socket is open.
    if (this.deps.config.publicAddress) publicAddress(this.deps.config.publicAddress, host, port);
    try {
      this.server = await UdpServer.listen({
        host,
        port,
        responder: selectScheme({ allowUnencryptedContinuum: this.deps.config.allowUnencryptedContinuum }),
        onConnection: (s) => this.onConnection(s),
        maxConnections: this.deps.config.maxConnections,
        flushDelayMs: this.deps.config.sendDelayMs,
        config: this.transport,
        ticks: () => serverTicks(),
        ...this.limits.serverOptions(),
      });
    } catch (err) {
      throw udpBindError("game port", host, port, err as NodeJS.ErrnoException);
    }
    try {
      await this.ping.open(host, this.port + 1);
    } catch (err) {
      await this.server.close();
      throw err;
    }
    const { bus, subjects } = this.deps;
    const refusedLog = rateLimitedLog(this.log, "bus-refused", REFUSED_PUBLISH_LOG_MS);
    this.stopRefusedWatch = bus.onPublishError((err, subject) => {
      this.refusedPublishes.inc({ reason: err.code === "BUS_PAYLOAD_TOO_LARGE" ? "payload_too_large" : "failed" });
      refusedLog.warn({ subject, err: err.message }, "bus refused a publish");
    });
    this.batcher.start();
    this.ownerProbe.start();
    this.keepalive.start();
    this.subs.push(
      bus.subscribe(subjects.gatewayOut(gatewayId), (m) => this.deliveries.onBatch(m.data)),
      bus.subscribe(subjects.gatewayControl(gatewayId), (m) => this.onControl(m.data)),
      bus.subscribe(subjects.gatewayRoster(gatewayId), (m) =>
        m.respond(zonebus.GatewayRoster.encode({ pids: [...this.byPid.keys()] }).finish()),
      ),
    );
    const { ip, port: publicPort } = publicAddress(this.deps.config.publicAddress, host, this.port);
    if (this.deps.store) {
      const me = { id: gatewayId, group: this.deps.config.gatewayGroup, publicIp: ip, publicPort };
      try {
        const bucket = await this.deps.store.bucket(subjects.buckets.gateways, { ttlMs: BUCKET_TTL_MS.gateways });
        this.heartbeat = new GatewayHeartbeat(bucket, { ...me, connections: () => this.sessions.size }, this.log);
        await this.heartbeat.start();
      } catch (err) {
        // A failed start is not stopped by the runner: close what this start opened.
        await this.stop();
        throw err;
      }
    }
    this.log.info(
      {
        host,
        port: this.port,
        pingPort: this.port + 1,
        group: this.deps.config.gatewayGroup,
        public: `${ip}:${publicPort}`,
      },
      "listening",
    );
  }

  /**
   * Drains, then stops: announces draining (the master sends nobody here), redirects every
   * client that can follow to another live gateway, waits for them to leave (at most the drain
   * grace), disconnects the rest, and only then closes the sockets.
   */
  async stop(): Promise<void> {
    await this.drain();
    await this.heartbeat?.stop();
    this.heartbeat = undefined;
    for (const s of this.subs.splice(0)) s.unsubscribe();
    for (const s of this.sessions) {
      s.link.close();
      s.closed("gateway stopping");
    }
    this.ownerProbe.stop();
    this.batcher.stop();
    this.stopRefusedWatch?.();
    this.stopRefusedWatch = undefined;
    this.keepalive.stop();
    await this.ping.close();
    await this.server?.close();
    this.server = undefined;
  }

  /** Redirects this gateway's clients elsewhere and waits for them to leave (idempotent). */
  async drain(): Promise<void> {
    if (this.draining || !this.server) return;
    this.draining = true;
    await this.heartbeat?.drain();
    if (this.sessions.size === 0) return;
    await drainSessions({
      gatewayId: this.deps.config.gatewayId,
      bus: this.deps.bus,
      subjects: this.deps.subjects,
      wire: clientWire,
      log: this.log,
      drained: this.drained,
      requestTimeoutMs: this.deps.config.requestTimeoutMs,
      graceMs: this.deps.config.drainGraceMs,
      noticeMs: Math.min(1_000, this.deps.config.drainGraceMs),
      sessions: () => this.sessions,
    });
  }

  /** Players on this gateway, for the ping port. */
  population(): Population {
    const arenas = new Map<string, number>();
    let total = 0;
    for (const s of this.byPid.values()) {
      total++;
      if (s.state === SessionState.Playing) arenas.set(s.arena, (arenas.get(s.arena) ?? 0) + 1);
    }
    const list = [...arenas].map(([name, n]) => ({ name, total: n, playing: n }));
    return { total, playing: list.reduce((a, b) => a + b.total, 0), arenas: list };
  }

  private onConnection(udp: UdpSession): ConnectionListener {
    const conn = udp.connection;
    const link: ClientLink = {
      address: udp.address,
      port: udp.port,
      sendReliable: (p) => void conn.sendReliable(p),
      sendUnreliable: (p, droppable) =>
        void conn.sendUnreliable(p, droppable ? UnreliablePriority.Normal : UnreliablePriority.High, { droppable }),
      sendStream: (p) => conn.sendStream(p).ok,
      close: () => conn.close(),
      get reliableBacklog() {
        return conn.reliableBacklog;
      },
      reliableCapacity: this.transport.maxOutgoingReliable,
    };
    const session = new PlayerSession({
      gatewayId: this.deps.config.gatewayId,
      connId: ++this.connSeq >>> 0,
      link,
      bus: this.deps.bus,
      subjects: this.deps.subjects,
      batcher: this.batcher,
      // The first player this gateway sends into an arena waits until its owner is reachable.
      beforeEnter: (arena) => {
        let here = 0;
        for (const other of this.sessions) if (other.arena === arena) here++;
        if (here <= 1) this.ownerProbe.confirm(arena);
      },
      wire: clientWire,
      logger: this.log.child({ conn: `${udp.address}:${udp.port}` }),
      requestTimeoutMs: this.deps.config.requestTimeoutMs,
      onLoggedIn: (s) => {
        this.byPid.set(s.pid, s);
        // Logged in: safe from the login deadline and eviction.
        this.server?.loggedIn(udp);
      },
      onDrop: (reason) => this.drops.inc({ reason }),
      isDraining: () => this.draining,
      admitLogin: () => this.loginLimit.admit(udp.address),
      onLogin: (outcome, seconds) => this.metrics.login(outcome, seconds),
    });
    this.sessions.add(session);
    this.udpOf.set(session, udp);
    return {
      onPacket: (packet) => session.onPacket(packet),
      onEvent: (e: CoreEvent) => {
        if (e.type !== "disconnected") return;
        this.limits.onDisconnect(e.reason, udp.address, udp.port);
        session.closed(e.reason);
        this.sessions.delete(session);
        if (this.byPid.get(session.pid) === session) {
          this.byPid.delete(session.pid);
          this.deliveries.forget(session.pid);
        }
      },
    };
  }

  private onControl(data: Uint8Array): void {
    let ctl: zonebus.ConnectionControl;
    try {
      ctl = zonebus.ConnectionControl.decode(data);
    } catch {
      return;
    }
    if (ctl.action === "drain") {
      this.log.info("drain requested by an operator: stopping");
      this.deps.requestStop?.();
      return;
    }
    const s = this.byPid.get(ctl.pid);
    if (!s || ctl.action !== "kickReason") return;
    this.log.info({ pid: ctl.pid, reason: ctl.kickReason }, "kicking player");
    this.byPid.delete(ctl.pid);
    s.kicked();
    if (!ctl.kickNotice) {
      s.link.close();
      return;
    }
    // Told why first: the disconnect waits for the notice's acknowledgement, a second at most.
    s.link.sendReliable(clientWire.systemMessage(ctl.kickNotice.slice(0, 250)));
    const until = performance.now() + KICK_NOTICE_WAIT_MS;
    const timer = setInterval(() => {
      if (s.link.reliableBacklog > 0 && performance.now() < until) return;
      clearInterval(timer);
      s.link.close();
    }, 20);
    timer.unref();
  }
}
