/**
 * The TCP line protocol link to a biller (biller.md §1–§2). One socket; a CONNECT line, then
 * CONNECTOK makes the link up. It reconnects by itself after a failure (first retry within
 * 1 s, doubling up to `retryIntervalMs`), except after CONNECTBAD, which ASSS never retries.
 *
 * The biller is a peer, not a friend: its lines are bounded (see LineFramer), parsed without
 * exceptions, handled as they arrive (nothing queues), and anything wrong is counted in
 * `zb_biller_dropped_total{reason}` and dropped. State a biller can grow is bounded: pending
 * logins (64), pids allowed to send registration data (one per login).
 */
import { Socket } from "node:net";
import type { Logger } from "pino";
import { Counter, type Registry } from "prom-client";
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
import { type BillerMetrics, billerMetrics } from "../biller-metrics.js";
import { acceptedLogin, noticeOf, refusedLogin } from "./biller-answers.js";
import {
  BANNER_LENGTH,
  type BillerLine,
  formatBanner,
  formatChannelChat,
  formatCommand,
  formatConnect,
  formatEnterArena,
  formatLeave,
  formatLogin,
  formatPing,
  formatRegData,
  formatRemote,
  formatSquad,
  parseBillerLine,
} from "./line-codec.js";
import { LineFramer } from "./line-framer.js";

/** The software name and version sent in CONNECT. */
export const ZONEBUS_SOFTWARE = "zonebus 0.1.0";
/** ASSS pings every 180 s (biller.md §1). */
export const DEFAULT_PING_INTERVAL_MS = 180_000;
/** How long a TCP connect plus the CONNECT/CONNECTOK handshake may take. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
/** Logins awaiting the biller's answer at once; more are unavailable (the zone's fallback decides). */
export const MAX_PENDING_LOGINS = 64;
/** Players the biller asked registration data of, not yet sent (bounded whatever it sends). */
export const MAX_REGISTRATION_WANTED = 4096;
/** ASSS forwards registration data only below this size (biller.md §2.1 REGDATA). */
export const MAX_REGISTRATION_BYTES = 800;
/** Past this much unsent output, fire-and-forget messages are dropped. */
export const MAX_BUFFERED_OUTPUT = 1024 * 1024;
/** The first reconnect waits about this long (jittered, always under 1 s). */
const FIRST_RETRY_MS = 500;

export interface TcpBillerLinkOptions {
  readonly config: BillerLinkConfig;
  readonly logger: Logger;
  readonly metrics?: Registry;
  readonly events: BillerLinkEvents;
  readonly connectTimeoutMs?: number;
  readonly pingIntervalMs?: number;
  /** Monotonic milliseconds; used for the durations in logs. */
  readonly now?: () => number;
  /** Software name and version for CONNECT; default {@link ZONEBUS_SOFTWARE}. */
  readonly software?: string;
}

type LinkState = "idle" | "connecting" | "handshake" | "up" | "refused" | "stopped";

interface PendingLogin {
  readonly resolve: (r: BillerLoginResult) => void;
  readonly reject: (e: Error) => void;
  readonly timer: NodeJS.Timeout;
  wantRegistration: boolean;
}

type ChatText = Extract<BillerLine, { type: "CHATTXT" }>;

export class TcpBillerLink implements BillerLink {
  private readonly config: BillerLinkConfig;
  private readonly log: Logger;
  private readonly events: BillerLinkEvents;
  private readonly metrics: BillerMetrics;
  private readonly pingsReceived: Counter<string>;
  private readonly connectTimeoutMs: number;
  private readonly pingIntervalMs: number;
  private readonly now: () => number;
  private readonly software: string;
  private readonly framer: LineFramer;

  private state: LinkState = "idle";
  private socket: Socket | undefined;
  private connectTimer: NodeJS.Timeout | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private pingTimer: NodeJS.Timeout | undefined;
  private attempts = 0;
  private failures = 0;
  private upSince = 0;
  private readonly pending = new Map<number, PendingLogin>();
  private readonly registrationWanted = new Set<number>();
  private readonly pendingLeaves = new Set<(e: Error) => void>();
  /** The last CHATTXT: the text of the next CHAT lines (biller.md §2.2). */
  private chatText: ChatText | undefined;

  constructor(opts: TcpBillerLinkOptions) {
    this.config = opts.config;
    this.log = opts.logger;
    this.events = opts.events;
    this.metrics = billerMetrics(opts.metrics);
    this.pingsReceived = pingsCounter(opts.metrics);
    this.connectTimeoutMs = opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    this.pingIntervalMs = opts.pingIntervalMs ?? DEFAULT_PING_INTERVAL_MS;
    this.now = opts.now ?? (() => performance.now());
    this.software = opts.software ?? ZONEBUS_SOFTWARE;
    this.framer = new LineFramer({
      onLine: (line) => this.onLine(line),
      onTooLong: () => this.drop("too_long"),
    });
    this.metrics.connected.set(0);
  }

  get up(): boolean {
    return this.state === "up";
  }

  start(): void {
    if (this.state !== "idle") return;
    this.connect();
  }

  async stop(): Promise<void> {
    if (this.state === "stopped") return;
    const wasUp = this.state === "up";
    this.state = "stopped";
    clearTimeout(this.retryTimer);
    const socket = this.socket;
    this.teardown("link stopped");
    if (wasUp) this.emitDown("stopped");
    if (socket === undefined || socket.destroyed) return;
    // Output backed up behind a biller that does not read would only delay the goodbye.
    if (socket.writableLength > MAX_BUFFERED_OUTPUT) socket.destroy();
    await new Promise<void>((resolve) => {
      if (socket.destroyed && socket.closed) return resolve();
      const force = setTimeout(() => socket.destroy(), 2000);
      socket.once("close", () => {
        clearTimeout(force);
        resolve();
      });
      socket.end();
    });
  }

  login(req: BillerLoginRequest): Promise<BillerLoginResult> {
    if (this.state !== "up") return this.unavailable("biller link down");
    if (this.pending.size >= MAX_PENDING_LOGINS && !this.pending.has(req.pid)) {
      this.metrics.dropped.inc({ reason: "too_many_logins" });
      return this.unavailable("too many logins pending at the biller");
    }
    if (this.congested()) {
      this.metrics.dropped.inc({ reason: "backpressure" });
      return this.unavailable("biller link congested");
    }
    // The zone reused a pid whose login is still pending: the older attempt is unavailable.
    const superseded = this.settleLogin(req.pid);
    if (superseded !== undefined) {
      this.metrics.logins.inc({ outcome: "unavailable" });
      superseded.reject(new BillerUnavailableError("login superseded"));
    }
    return new Promise<BillerLoginResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.settleLogin(req.pid) === undefined) return;
        this.metrics.logins.inc({ outcome: "unavailable" });
        this.log.warn({ pid: req.pid }, "biller did not answer a login in time");
        reject(new BillerUnavailableError("biller did not answer in time"));
      }, this.config.loginTimeoutMs);
      this.pending.set(req.pid, { resolve, reject, timer, wantRegistration: false });
      this.registrationWanted.delete(req.pid);
      this.write(
        formatLogin({
          pid: req.pid,
          createNew: req.createNew,
          name: req.name,
          password: req.password,
          ip: req.ip,
          machineId: req.machineId,
          contId: req.contId,
        }),
      );
    });
  }

  registration(pid: number, data: Uint8Array): void {
    if (this.state !== "up") return;
    if (!this.registrationWanted.delete(pid)) {
      this.metrics.dropped.inc({ reason: "registration_unrequested" });
      return;
    }
    if (data.byteLength >= MAX_REGISTRATION_BYTES) {
      this.metrics.dropped.inc({ reason: "registration_too_big" });
      return;
    }
    this.send(formatRegData(pid, data));
  }

  banner(pid: number, banner: Uint8Array): void {
    if (this.state !== "up") return;
    if (banner.byteLength !== BANNER_LENGTH) {
      this.metrics.dropped.inc({ reason: "bad_banner" });
      return;
    }
    this.send(formatBanner(pid, banner));
  }

  enterArena(pid: number): void {
    if (this.state !== "up") return;
    this.send(formatEnterArena(pid));
  }

  /** The score is not part of the TCP protocol. */
  leave(pid: number, _score?: BillerScore): Promise<void> {
    this.registrationWanted.delete(pid);
    if (this.state !== "up" || this.socket === undefined)
      return Promise.reject(new BillerUnavailableError("biller link down"));
    if (this.congested()) {
      this.metrics.dropped.inc({ reason: "backpressure" });
      return Promise.reject(new BillerUnavailableError("biller link congested"));
    }
    const socket = this.socket;
    return new Promise<void>((resolve, reject) => {
      const fail = (e: Error) => {
        this.pendingLeaves.delete(fail);
        reject(e);
      };
      this.pendingLeaves.add(fail);
      socket.write(`${formatLeave(pid)}\n`, "latin1", (err) => {
        if (!this.pendingLeaves.delete(fail)) return;
        if (err) reject(new BillerUnavailableError("PLEAVE not written", { cause: err }));
        else resolve();
      });
    });
  }

  channel(pid: number, channel: string, sound: number, text: string): void {
    if (this.state !== "up") return;
    this.send(formatChannelChat(pid, channel, sound, text));
  }

  remote(pid: number, _sender: string, destination: string, sound: number, text: string): void {
    if (this.state !== "up") return;
    this.send(formatRemote(pid, destination, sound, text));
  }

  squad(pid: number, _sender: string, squad: string, sound: number, text: string): void {
    if (this.state !== "up") return;
    this.send(formatSquad(pid, squad, sound, text));
  }

  command(pid: number, name: string, args: string, _staff: boolean): void {
    if (this.state !== "up") return;
    this.send(formatCommand(pid, name, args));
  }

  // ------------------------------------------------------------ connection

  private connect(): void {
    this.attempts++;
    if (this.attempts > 1) this.metrics.reconnects.inc();
    this.state = "connecting";
    this.framer.reset();
    this.chatText = undefined;
    const socket = new Socket();
    this.socket = socket;
    socket.setNoDelay(true);
    this.connectTimer = setTimeout(() => {
      this.log.warn({ host: this.config.host, port: this.config.port }, "biller connect timed out");
      socket.destroy();
    }, this.connectTimeoutMs);
    socket.on("connect", () => {
      if (this.socket !== socket) return;
      this.state = "handshake";
      this.write(
        formatConnect({
          software: this.software,
          zoneName: this.config.serverName,
          network: this.config.serverNetwork,
          password: this.config.password,
        }),
      );
    });
    socket.on("data", (chunk: Buffer) => {
      if (this.socket === socket) this.framer.push(chunk);
    });
    socket.on("error", (err) => {
      this.log.debug({ err: err.message }, "biller socket error");
    });
    socket.on("close", () => {
      if (this.socket === socket) this.onClose();
    });
    socket.connect(this.config.port, this.config.host);
  }

  private onClose(): void {
    const wasUp = this.state === "up";
    this.teardown("connection to the biller lost");
    if (wasUp) {
      this.log.warn({ upMs: Math.round(this.now() - this.upSince) }, "connection to the biller lost");
      this.emitDown("connection lost");
    }
    if (this.state === "refused" || this.state === "stopped") return;
    this.state = "idle";
    this.scheduleRetry();
  }

  /** Frees everything the connection held; pending work fails as unavailable. */
  private teardown(why: string): void {
    clearTimeout(this.connectTimer);
    clearInterval(this.pingTimer);
    this.pingTimer = undefined;
    this.metrics.connected.set(0);
    const socket = this.socket;
    this.socket = undefined;
    if (socket !== undefined && this.state !== "stopped") socket.destroy();
    for (const pid of [...this.pending.keys()]) {
      this.metrics.logins.inc({ outcome: "unavailable" });
      this.settleLogin(pid)?.reject(new BillerUnavailableError(why));
    }
    for (const fail of [...this.pendingLeaves]) fail(new BillerUnavailableError(why));
    // ASSS: after a drop every player is unknown to the biller.
    this.registrationWanted.clear();
    this.chatText = undefined;
  }

  private scheduleRetry(): void {
    const base = Math.min(this.config.retryIntervalMs, FIRST_RETRY_MS * 2 ** Math.min(this.failures, 20));
    this.failures++;
    // ±20 % so zones restarted together do not reconnect in step.
    const delay = Math.min(this.config.retryIntervalMs, base * (0.8 + 0.4 * Math.random()));
    this.log.debug({ delayMs: Math.round(delay) }, "biller reconnect scheduled");
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.state === "idle") this.connect();
    }, delay);
  }

  // ------------------------------------------------------------ inbound

  private onLine(text: string): void {
    const parsed = parseBillerLine(text);
    if (!parsed.ok) {
      this.drop(parsed.reason);
      return;
    }
    const line = parsed.line;
    if (this.state === "handshake") {
      this.onHandshakeLine(line);
      return;
    }
    if (this.state !== "up") return;
    switch (line.type) {
      case "PING":
        this.pingsReceived.inc();
        return;
      case "WANTREG":
        this.onWantRegistration(line.pid);
        return;
      case "POK":
        this.answerLogin(line.pid, (p) => acceptedLogin(line, p.wantRegistration), "ok");
        return;
      case "PBAD":
        this.answerLogin(line.pid, () => refusedLogin(line), "refused");
        return;
      case "CHATTXT":
        this.chatText = line;
        return;
      case "CONNECTOK":
      case "CONNECTBAD":
        this.drop("unexpected");
        return;
      default: {
        const notice = noticeOf(line, this.chatText);
        if (notice === undefined) this.drop("no_chat_text");
        else this.emitNotice(notice);
      }
    }
  }

  private onHandshakeLine(line: BillerLine): void {
    if (line.type === "CONNECTOK") {
      clearTimeout(this.connectTimer);
      this.state = "up";
      this.failures = 0;
      this.upSince = this.now();
      this.metrics.connected.set(1);
      this.log.info({ biller: line.billerName, software: line.swName }, "biller accepted the zone");
      this.pingTimer = setInterval(() => this.send(formatPing()), this.pingIntervalMs);
      this.emit(() => this.events.onUp());
    } else if (line.type === "CONNECTBAD") {
      this.log.error(
        { biller: line.billerName, software: line.swName, reason: line.reason },
        "biller refused the zone; not retrying",
      );
      this.state = "refused";
      this.teardown("biller refused the zone");
      this.emitDown(`refused: ${line.reason}`);
    } else if (line.type === "PING") {
      this.pingsReceived.inc();
    } else {
      this.drop("unexpected");
    }
  }

  private onWantRegistration(pid: number): void {
    const login = this.pending.get(pid);
    if (login === undefined || this.registrationWanted.size >= MAX_REGISTRATION_WANTED) {
      this.drop("unknown_pid");
      return;
    }
    login.wantRegistration = true;
    this.registrationWanted.add(pid);
  }

  private answerLogin(pid: number, result: (p: PendingLogin) => BillerLoginResult, outcome: "ok" | "refused"): void {
    const login = this.settleLogin(pid);
    if (login === undefined) {
      this.drop("unknown_pid");
      return;
    }
    if (outcome === "refused") this.registrationWanted.delete(pid);
    this.metrics.logins.inc({ outcome });
    login.resolve(result(login));
  }

  /** Removes a pending login and its timer; the caller settles it. */
  private settleLogin(pid: number): PendingLogin | undefined {
    const login = this.pending.get(pid);
    if (login === undefined) return undefined;
    this.pending.delete(pid);
    clearTimeout(login.timer);
    return login;
  }

  // ------------------------------------------------------------ helpers

  private unavailable(why: string): Promise<never> {
    this.metrics.logins.inc({ outcome: "unavailable" });
    return Promise.reject(new BillerUnavailableError(why));
  }

  private congested(): boolean {
    return (this.socket?.writableLength ?? 0) > MAX_BUFFERED_OUTPUT;
  }

  /** A fire-and-forget message: dropped (counted) when output is backed up. */
  private send(line: string): void {
    if (this.congested()) {
      this.metrics.dropped.inc({ reason: "backpressure" });
      return;
    }
    this.write(line);
  }

  private write(line: string): void {
    const socket = this.socket;
    if (socket === undefined || socket.destroyed) return;
    socket.write(`${line}\n`, "latin1");
  }

  private drop(reason: string): void {
    this.metrics.dropped.inc({ reason });
  }

  private emitNotice(notice: BillerNotice): void {
    this.emit(() => this.events.onNotice(notice));
  }

  private emitDown(reason: string): void {
    this.emit(() => this.events.onDown(reason));
  }

  /** A listener's exception must not unwind into the socket's data handler. */
  private emit(call: () => void): void {
    try {
      call();
    } catch (err) {
      this.log.error({ err: err instanceof Error ? err.message : String(err) }, "biller link listener threw");
    }
  }
}

function pingsCounter(registry: Registry | undefined): Counter<string> {
  const name = "zb_biller_pings_received_total";
  const existing = registry?.getSingleMetric(name);
  if (existing instanceof Counter) return existing as Counter<string>;
  return new Counter({ name, help: "Keepalive PINGs received from the biller", registers: registry ? [registry] : [] });
}
