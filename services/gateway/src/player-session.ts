import type { Bus } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import { C2SCodecs, C2SType } from "@zonebus/protocol";
import type { ZoneSubjects } from "@zonebus/subjects";
import type { Logger } from "pino";
import type { ArenaBatcher } from "./arena-batcher.js";
import { LoginOutcome } from "./gateway-metrics.js";
import { LOGIN_RATE_LIMITED, LoginAdmission } from "./login-limit.js";
import { type ClientWire, loginFailure } from "./wire.js";

const { ArenaLogin: c2sArenaLogin, ContinuumLogin: c2sContinuumLogin, Login: c2sLogin } = C2SCodecs;

/** What a session needs from its connection. */
export interface ClientLink {
  readonly address: string;
  readonly port: number;
  sendReliable(packet: Uint8Array): void;
  sendUnreliable(packet: Uint8Array, droppable: boolean): void;
  /** Queues a `00 0A` stream; false when the connection refused it (closed, or too many streams queued). */
  sendStream(packet: Uint8Array): boolean;
  close(): void;
  /** Reliable packets queued or unacknowledged on the connection. */
  readonly reliableBacklog: number;
  /** Reliable packets the connection holds before it closes (`Net:MaxOutlistSize`). */
  readonly reliableCapacity: number;
}

export const SessionState = {
  Connected: "connected",
  Authenticating: "authenticating",
  LoggedIn: "logged_in",
  Entering: "entering",
  Playing: "playing",
  Closed: "closed",
} as const;
export type SessionState = (typeof SessionState)[keyof typeof SessionState];

export interface SessionDeps {
  readonly gatewayId: string;
  readonly connId: number;
  readonly link: ClientLink;
  readonly bus: Bus;
  readonly subjects: ZoneSubjects;
  readonly batcher: ArenaBatcher;
  /** Called before the first input of an entry is batched: the gateway may hold it until the arena's owner is reachable. */
  readonly beforeEnter?: (arena: string) => void;
  readonly wire: ClientWire;
  readonly logger: Logger;
  readonly requestTimeoutMs: number;
  /** Called once the master gave this session a pid (for routing deliveries). */
  onLoggedIn(session: PlayerSession): void;
  /** Counts packets dropped before reaching the bus, by reason. */
  onDrop(reason: string): void;
  /** True while the gateway drains: new logins are refused (server busy). */
  isDraining?(): boolean;
  /** The per-address login rate limit: whether this login may go to the master (default: always). */
  admitLogin?(): LoginAdmission;
  /** Told how each login packet in a valid state ended; `seconds` from the packet to the 0x0A, when the master was asked. */
  onLogin?(outcome: LoginOutcome, seconds?: number): void;
}

/** ASSS forwards a registration form only when shorter than this. */
const MAX_REGISTRATION = 800;
/** C2S 0x19: the type byte and a 96-byte banner. */
const BANNER_PACKET = 97;
/** At most one banner per this long per player (ASSS forwards one per 0.2 s to a biller). */
const BANNER_INTERVAL_MS = 5_000;

/** Packet types that need no arena. */
const ZONE_TYPES = new Set<number>([C2SType.Login, C2SType.ContinuumLogin, C2SType.ArenaLogin, C2SType.LeaveArena]);

/**
 * One client's life at the gateway: login through the master, arena entry, and routing of
 * every game packet to the arena it is in. Packets arriving in the wrong state are dropped and
 * counted, as ASSS ignores game packets from players not yet playing.
 */
export class PlayerSession {
  state: SessionState = SessionState.Connected;
  pid = -1;
  name = "";
  arena = "";
  private kickedByZone = false;
  private registrationSent = false;
  private lastBannerAt = Number.NEGATIVE_INFINITY;
  private readonly log: Logger;

  constructor(private readonly deps: SessionDeps) {
    this.log = deps.logger;
  }

  get link(): ClientLink {
    return this.deps.link;
  }

  onPacket(packet: Uint8Array): void {
    const type = packet[0]!;
    if (type === C2SType.Login || type === C2SType.ContinuumLogin) void this.login(packet);
    else if (type === C2SType.ArenaLogin) void this.enter(packet);
    else if (type === C2SType.LeaveArena) this.leaveArena();
    else if (type === C2SType.NewsRequest && this.pid >= 0) {
      this.deps.bus.publish(
        this.deps.subjects.masterNews,
        zonebus.PlayerAddress.encode({ pid: this.pid, gateway: this.deps.gatewayId }).finish(),
      );
    } else if (type === C2SType.Registration || type === C2SType.SetBanner) this.playerData(packet);
    else if (this.state === SessionState.Playing && !ZONE_TYPES.has(type)) {
      this.deps.batcher.add(this.arena, { packet: { pid: this.pid, data: packet } });
    } else this.deps.onDrop("not_playing");
  }

  /**
   * A registration form (once per login, under 800 bytes, as ASSS forwards it) or a banner (97
   * bytes, at most one per BANNER_INTERVAL_MS) goes to the master, for the biller.
   */
  private playerData(packet: Uint8Array): void {
    const refusal = this.playerDataRefusal(packet);
    if (refusal) {
      this.deps.onDrop(refusal);
      return;
    }
    this.deps.bus.publish(
      this.deps.subjects.masterPlayerData,
      zonebus.PlayerData.encode({ player: { pid: this.pid, gateway: this.deps.gatewayId }, data: packet }).finish(),
    );
  }

  /** Why a registration form or banner does not go on; undefined when it does (and is counted as sent). */
  private playerDataRefusal(packet: Uint8Array): string | undefined {
    if (this.pid < 0) return "player_data_state";
    if (packet[0] === C2SType.Registration) {
      if (this.registrationSent || packet.length >= MAX_REGISTRATION) return "registration_refused";
      this.registrationSent = true;
      return undefined;
    }
    const now = performance.now();
    if (packet.length !== BANNER_PACKET || now - this.lastBannerAt < BANNER_INTERVAL_MS) return "banner_refused";
    this.lastBannerAt = now;
    return undefined;
  }

  /**
   * The master kicked the player and already logged it out (left its arena, freed its pid):
   * the coming close must not publish a leave that could hit the pid's next owner.
   */
  kicked(): void {
    this.kickedByZone = true;
  }

  /** The connection ended (disconnect, timeout, kick): the zone forgets the player. */
  closed(reason: string): void {
    if (this.state === SessionState.Closed) return;
    if (this.kickedByZone) {
      this.state = SessionState.Closed;
      return;
    }
    const hadPid = this.pid >= 0;
    if (this.state === SessionState.Playing) this.deps.batcher.add(this.arena, { leavePid: this.pid });
    this.state = SessionState.Closed;
    if (hadPid) {
      this.deps.batcher.flush();
      this.deps.bus.publish(
        this.deps.subjects.masterLeft,
        zonebus.PlayerLeft.encode({ player: { pid: this.pid, gateway: this.deps.gatewayId }, reason }).finish(),
      );
    }
  }

  private async login(packet: Uint8Array): Promise<void> {
    if (this.state !== SessionState.Connected) return this.deps.onDrop("login_state");
    // 0x24 is Continuum's 165-byte form, 0x09 the 101-byte VIE form; each must have its length.
    const isContinuum = packet[0] === C2SType.ContinuumLogin;
    const res = isContinuum ? c2sContinuumLogin.decode(packet) : c2sLogin.decode(packet);
    if (!res.ok) return this.deps.onDrop("login_malformed");
    const p = res.packet;
    const startedAt = performance.now();
    const answered = (outcome: LoginOutcome) => this.deps.onLogin?.(outcome, (performance.now() - startedAt) / 1_000);
    const admission = this.deps.admitLogin?.() ?? LoginAdmission.Allow;
    if (admission !== LoginAdmission.Allow) {
      this.deps.onDrop(LOGIN_RATE_LIMITED);
      this.deps.onLogin?.(LoginOutcome.RateLimited);
      if (admission === LoginAdmission.Refuse)
        for (const out of loginFailure(this.deps.wire, isContinuum)) this.deps.link.sendReliable(out);
      return;
    }
    if (this.deps.isDraining?.()) {
      this.deps.onLogin?.(LoginOutcome.Draining);
      for (const out of loginFailure(this.deps.wire, isContinuum)) this.deps.link.sendReliable(out);
      return;
    }
    this.state = SessionState.Authenticating;
    const req = zonebus.LoginRequest.encode({
      gateway: this.deps.gatewayId,
      connId: this.deps.connId,
      clientKind: isContinuum ? zonebus.ClientKind.CLIENT_KIND_CONTINUUM : zonebus.ClientKind.CLIENT_KIND_VIE,
      name: p.name,
      password: Buffer.from(p.password, "latin1"),
      createNew: p.flags === 1,
      machineId: p.machineId,
      clientVersion: p.clientVersion,
      featureBits: p.features,
      loginId: p.loginId,
      clientIp: this.deps.link.address,
      clientPort: this.deps.link.port,
      timezoneBias: p.timezoneBias,
      contId: "continuumId" in p ? p.continuumId : new Uint8Array(0),
    }).finish();
    let reply: zonebus.LoginReply;
    try {
      const msg = await this.deps.bus.request(this.deps.subjects.masterLogin, req, {
        timeoutMs: this.deps.requestTimeoutMs,
      });
      reply = zonebus.LoginReply.decode(msg.data);
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, "login request failed");
      this.state = SessionState.Connected;
      for (const out of loginFailure(this.deps.wire, isContinuum)) this.deps.link.sendReliable(out);
      answered(LoginOutcome.NoAnswer);
      return;
    }
    if ((this.state as SessionState) === SessionState.Closed) return this.deps.onLogin?.(LoginOutcome.Abandoned);
    for (const out of this.deps.wire.loginReply(reply, isContinuum)) this.deps.link.sendReliable(out);
    if (reply.code !== 0) {
      this.state = SessionState.Connected;
      answered(LoginOutcome.Refused);
      return;
    }
    answered(LoginOutcome.Ok);
    this.pid = reply.pid;
    this.name = reply.name;
    this.state = SessionState.LoggedIn;
    this.deps.onLoggedIn(this);
  }

  private async enter(packet: Uint8Array): Promise<void> {
    if (this.state !== SessionState.LoggedIn && this.state !== SessionState.Playing)
      return this.deps.onDrop("enter_state");
    const res = c2sArenaLogin.decode(packet);
    if (!res.ok || res.packet.ship > 8) return this.deps.onDrop("enter_malformed");
    const p = res.packet;
    if (this.state === SessionState.Playing) this.leaveArena();
    this.state = SessionState.Entering;
    const req = zonebus.EnterRequest.encode({
      player: { pid: this.pid, gateway: this.deps.gatewayId },
      arenaType: p.arenaType,
      arenaName: p.arenaName,
      ship: p.ship,
      xres: Math.max(0, p.xRes),
      yres: Math.max(0, p.yRes),
      audio: p.allowAudio & 1,
      optionalGraphics: p.optionalGraphics === 1,
    }).finish();
    let reply: zonebus.EnterReply;
    try {
      const msg = await this.deps.bus.request(this.deps.subjects.masterEnter, req, {
        timeoutMs: this.deps.requestTimeoutMs,
      });
      reply = zonebus.EnterReply.decode(msg.data);
    } catch (err) {
      reply = zonebus.EnterReply.create({ ok: false, error: `the zone did not answer (${(err as Error).message})` });
    }
    if ((this.state as SessionState) === SessionState.Closed) return;
    if (!reply.ok || !reply.player) {
      this.state = SessionState.LoggedIn;
      // Redirected: the master sent the client a 0x3B; it will reconnect elsewhere.
      if (reply.redirected) return;
      this.deps.link.sendReliable(this.deps.wire.systemMessage(reply.error || "cannot enter that arena"));
      return;
    }
    this.arena = reply.arena;
    this.state = SessionState.Playing;
    this.deps.beforeEnter?.(this.arena);
    this.deps.batcher.add(this.arena, { enter: reply.player });
  }

  private leaveArena(): void {
    if (this.state !== SessionState.Playing) return;
    this.deps.batcher.add(this.arena, { leavePid: this.pid });
    this.deps.bus.publish(
      this.deps.subjects.masterArenaLeft,
      zonebus.ArenaLeft.encode({ player: { pid: this.pid, gateway: this.deps.gatewayId }, arena: this.arena }).finish(),
    );
    this.arena = "";
    this.state = SessionState.LoggedIn;
  }
}
