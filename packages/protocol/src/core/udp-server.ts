/**
 * The server end over `node:dgram`: one `Connection` per client address, created only for a
 * valid `00 01` the key exchange accepts (core.md §3, §10), driven by a poll timer. All protocol
 * decisions are the connection's; this file only moves bytes and keeps the address table.
 */
import { createSocket, type Socket } from "node:dgram";
import { performance } from "node:perf_hooks";
import { type ByteBudget, ByteBudgetImpl } from "./byte-budget.js";
import { resolveTransportConfig, type TransportConfig, type TransportConfigInput } from "./config.js";
import { Connection } from "./connection.js";
import { type ConnectionListener, ConnectionState, type CoreEvent, DisconnectReason } from "./events.js";
import { answerConnectionInit, type KeyExchangeResponder } from "./handshake.js";
import { encodeControl } from "./packets/control.js";
import { CoreType } from "./packets/core-type.js";
import { PendingLogins } from "./pending-logins.js";
import {
  DEFAULT_LOGIN_DEADLINE_MS,
  DEFAULT_MAX_PENDING_PER_ADDRESS,
  DEFAULT_SHARED_REASSEMBLY_BYTES,
  SERVER_TRANSPORT_DEFAULTS,
} from "./server-limits.js";
import { addTraffic, DropReason, newConnectionStats, newTransportTraffic, type TransportTraffic } from "./stats.js";

/** Connections one server keeps at most, unless configured (ours; ASSS is bounded by its player slots). */
export const DEFAULT_MAX_CONNECTIONS = 1024;

/** Send pass interval: ASSS runs `send_outgoing` every 10 ms (core.md §4). */
export const DEFAULT_POLL_INTERVAL_MS = 10;

export interface UdpServerOptions {
  /** Address to bind (default all IPv4 interfaces). */
  readonly host?: string;
  /** Port to bind; 0 picks a free one (read it back from `port`). */
  readonly port: number;
  readonly responder: KeyExchangeResponder;
  /** Called once per accepted connection; returns who receives its packets and events. */
  readonly onConnection: (session: UdpSession) => ConnectionListener;
  /** Transport settings of every connection, over `SERVER_TRANSPORT_DEFAULTS`. */
  readonly config?: TransportConfigInput;
  readonly maxConnections?: number;
  /** Reassembly bytes all connections may hold together; default `DEFAULT_SHARED_REASSEMBLY_BYTES`. */
  readonly sharedReassemblyBytes?: number;
  /** A connection not marked `loggedIn` this long after its `00 01` is closed; 0 = never. Default `DEFAULT_LOGIN_DEADLINE_MS`. */
  readonly loginDeadlineMs?: number;
  /**
   * Connections not logged in that one address may hold; its oldest is evicted for a newer one.
   * 0 = no cap. Default `DEFAULT_MAX_PENDING_PER_ADDRESS`.
   */
  readonly maxPendingPerAddress?: number;
  /** Told of every connection refused, evicted or expired, for logging. */
  readonly onLimit?: (event: ServerLimitEvent) => void;
  readonly pollIntervalMs?: number;
  /**
   * How long `flushSoon` waits before sending, from the first call of a round: 0 (the default)
   * sends once the current turn of the event loop ends; a few ms packs what several turns queue
   * into one datagram, for fewer send calls at the cost of that much latency.
   */
  readonly flushDelayMs?: number;
  /** Monotonic ms; default `performance.now`. */
  readonly clock?: () => number;
  /** Server tick count for `00 06` replies; default now / 10. */
  readonly ticks?: (now: number) => number;
}

export interface UdpSession {
  readonly address: string;
  readonly port: number;
  readonly connection: Connection;
}

/** Why the server refused, evicted or expired a connection. */
export const ServerLimit = {
  /** A `00 01` refused: the table was full of logged-in connections. */
  RefusedFull: "refused_full",
  /** The oldest connection not logged in, closed because the table was full. */
  EvictedFull: "evicted_full",
  /** The oldest connection not logged in of an address at its `maxPendingPerAddress`. */
  EvictedPerAddress: "evicted_per_address",
  /** Not logged in within `loginDeadlineMs`. */
  LoginDeadline: "login_deadline",
} as const;
export type ServerLimit = (typeof ServerLimit)[keyof typeof ServerLimit];

export interface ServerLimitEvent {
  readonly limit: ServerLimit;
  /** The client address that was refused or closed. */
  readonly address: string;
  readonly port: number;
}

export interface UdpServerStats {
  accepted: number;
  /** A `00 01` refused because `maxConnections` were open and all logged in (answered with `00 07`). */
  refusedFull: number;
  /** Connections not logged in closed to make room in a full table. */
  evictedFull: number;
  /** Connections not logged in closed because their address reached `maxPendingPerAddress`. */
  evictedPerAddress: number;
  /** Connections closed for not logging in within `loginDeadlineMs`. */
  loginDeadline: number;
  /** Datagrams from unknown addresses that were not an acceptable `00 01` (silently dropped). */
  droppedUnknown: number;
  sendErrors: number;
}

/** The sessions map's key of a client address. */
const sessionKey = (address: string, port: number): string => `${address}:${port}`;

export class UdpServer {
  readonly stats: UdpServerStats = {
    accepted: 0,
    refusedFull: 0,
    evictedFull: 0,
    evictedPerAddress: 0,
    loginDeadline: 0,
    droppedUnknown: 0,
    sendErrors: 0,
  };
  /** Reassembly bytes held by all connections together. */
  readonly reassemblyBudget: ByteBudget;
  private readonly sessions = new Map<string, UdpSession>();
  private readonly pending = new PendingLogins<UdpSession>();
  private readonly transport: TransportConfig;
  /** Transport drops of connections already gone, so the totals survive them. */
  private readonly goneDrops = newConnectionStats().drops;
  /**
   * Traffic no open connection counts any more: that of closed connections, and the server's
   * own datagrams (each `00 01` and anything else from an unknown address, the key responses
   * and refusals it sends).
   */
  private readonly settledTraffic = newTransportTraffic();
  private readonly clock: () => number;
  private timer: NodeJS.Timeout | undefined;
  /** Sessions `flushSoon` asked for; at most one entry per open session. */
  private readonly dirty = new Set<UdpSession>();
  private flushing: { cancel(): void } | undefined;
  private closed = false;

  private constructor(
    private readonly socket: Socket,
    private readonly options: UdpServerOptions,
  ) {
    this.clock = options.clock ?? (() => performance.now());
    this.transport = resolveTransportConfig({ ...SERVER_TRANSPORT_DEFAULTS, ...options.config });
    this.reassemblyBudget = new ByteBudgetImpl(options.sharedReassemblyBytes ?? DEFAULT_SHARED_REASSEMBLY_BYTES);
  }

  /** Binds the socket and starts the poll timer. */
  static async listen(options: UdpServerOptions): Promise<UdpServer> {
    const socket = createSocket("udp4");
    await new Promise<void>((resolve, reject) => {
      socket.once("error", reject);
      socket.bind(options.port, options.host ?? "0.0.0.0", () => {
        socket.off("error", reject);
        resolve();
      });
    });
    const server = new UdpServer(socket, options);
    socket.on("message", (msg, rinfo) => server.onMessage(msg, rinfo.address, rinfo.port));
    // Socket errors on a bound UDP socket are per-send (ICMP unreachable etc.); the sends count them.
    socket.on("error", () => server.stats.sendErrors++);
    server.timer = setInterval(() => server.pollAll(), options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS);
    return server;
  }

  get port(): number {
    return this.socket.address().port;
  }

  get connectionCount(): number {
    return this.sessions.size;
  }

  /** Connections that have not logged in yet. */
  get pendingCount(): number {
    return this.pending.size;
  }

  /** Marks a connection logged in: it is no longer subject to the login deadline, the per-address cap or eviction. */
  loggedIn(session: UdpSession): void {
    this.pending.remove(session);
  }

  /** Transport drops by reason, over every connection this server has had. */
  transportDrops(): Record<DropReason, number> {
    const out = { ...this.goneDrops };
    for (const s of this.sessions.values())
      for (const reason of Object.values(DropReason)) out[reason] += s.connection.stats.drops[reason];
    return out;
  }

  /** Datagrams and bytes in and out and retransmissions, over every connection this server has had and its own handshakes. */
  traffic(): TransportTraffic {
    const out = { ...this.settledTraffic };
    for (const s of this.sessions.values()) addTraffic(out, s.connection.stats);
    return out;
  }

  /** The connection of a client address, if one is open. */
  session(address: string, port: number): UdpSession | undefined {
    return this.sessions.get(sessionKey(address, port));
  }

  /**
   * Sends what the session's connection has queued once the current turn of the event loop
   * is over (or `flushDelayMs` later), instead of at the next poll: everything queued to it
   * meanwhile still goes out together, clustered. Retransmissions, acks and the rest keep to
   * the poll timer.
   */
  flushSoon(session: UdpSession): void {
    if (this.closed) return;
    this.dirty.add(session);
    if (this.flushing) return;
    const delay = this.options.flushDelayMs ?? 0;
    if (delay > 0) {
      const timer = setTimeout(() => this.flushDirty(), delay);
      this.flushing = { cancel: () => clearTimeout(timer) };
    } else {
      const immediate = setImmediate(() => this.flushDirty());
      this.flushing = { cancel: () => clearImmediate(immediate) };
    }
  }

  /** Closes every connection (each peer gets `00 07`), then the socket. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.flushing?.cancel();
    this.flushing = undefined;
    this.dirty.clear();
    const now = this.clock();
    const sends: Promise<void>[] = [];
    for (const s of this.sessions.values()) {
      s.connection.close();
      for (const d of s.connection.poll(now)) sends.push(this.send(d, s.address, s.port));
    }
    this.sessions.clear();
    this.pending.clear();
    await Promise.all(sends);
    await new Promise<void>((resolve) => this.socket.close(() => resolve()));
  }

  private onMessage(msg: Buffer, address: string, port: number): void {
    const key = sessionKey(address, port);
    const known = this.sessions.get(key);
    if (known) {
      known.connection.receive(msg, this.clock());
      return;
    }
    this.settledTraffic.datagramsIn++;
    this.settledTraffic.bytesIn += msg.length;
    if (msg.length < 2 || msg[0] !== 0 || msg[1] !== CoreType.ConnectionInit) {
      this.stats.droppedUnknown++;
      return;
    }
    const accepted = answerConnectionInit(msg, this.options.responder);
    if (!accepted.ok) {
      // No scheme served it: ASSS stays silent (core.md §3 rule 2).
      this.stats.droppedUnknown++;
      return;
    }
    const now = this.clock();
    if (!this.makeRoom(address, now)) {
      this.stats.refusedFull++;
      this.options.onLimit?.({ limit: ServerLimit.RefusedFull, address, port });
      void this.sendOwn(encodeControl(CoreType.Disconnect), address, port);
      return;
    }
    const route: { listener?: ConnectionListener } = {};
    const connection = Connection.server({
      now,
      cipher: accepted.value.cipher,
      keyResponse: accepted.value.response,
      config: this.transport,
      sharedBudget: this.reassemblyBudget,
      ticks: this.options.ticks,
      listener: {
        onPacket: (p, reliable) => route.listener?.onPacket(p, reliable),
        onEvent: (e: CoreEvent) => route.listener?.onEvent?.(e),
      },
    });
    const session: UdpSession = { address, port, connection };
    this.sessions.set(key, session);
    this.pending.add(session, address, now);
    this.stats.accepted++;
    route.listener = this.options.onConnection(session);
    void this.sendOwn(accepted.value.response, address, port);
  }

  /**
   * Frees a place for a new connection from `address`, evicting connections that have not
   * logged in (oldest first) so junk never keeps a real client out; false when the table is
   * full of logged-in players.
   */
  private makeRoom(address: string, now: number): boolean {
    const perAddress = this.options.maxPendingPerAddress ?? DEFAULT_MAX_PENDING_PER_ADDRESS;
    if (perAddress > 0 && this.pending.countFrom(address) >= perAddress) {
      const victim = this.pending.oldestFrom(address);
      if (victim) this.evict(victim, ServerLimit.EvictedPerAddress, now);
    }
    if (this.sessions.size < (this.options.maxConnections ?? DEFAULT_MAX_CONNECTIONS)) return true;
    const victim = this.pending.oldest();
    if (!victim) return false;
    this.evict(victim, ServerLimit.EvictedFull, now);
    return true;
  }

  private evict(s: UdpSession, limit: ServerLimit, now: number): void {
    if (limit === ServerLimit.EvictedFull) this.stats.evictedFull++;
    else if (limit === ServerLimit.EvictedPerAddress) this.stats.evictedPerAddress++;
    else this.stats.loginDeadline++;
    this.options.onLimit?.({ limit, address: s.address, port: s.port });
    s.connection.close(limit === ServerLimit.LoginDeadline ? DisconnectReason.LoginDeadline : DisconnectReason.Evicted);
    // Polled at once: its `00 07` goes out and its place is free before the newcomer takes it.
    this.pollSession(sessionKey(s.address, s.port), s, now);
  }

  private pollAll(): void {
    const now = this.clock();
    const deadline = this.options.loginDeadlineMs ?? DEFAULT_LOGIN_DEADLINE_MS;
    if (deadline > 0)
      for (const s of this.pending.expired(now, deadline)) this.evict(s, ServerLimit.LoginDeadline, now);
    for (const [key, s] of this.sessions) this.pollSession(key, s, now);
  }

  private flushDirty(): void {
    this.flushing = undefined;
    const now = this.clock();
    // Taken out first: a listener that queues and flushes again from inside a poll starts the next round.
    const due = [...this.dirty];
    this.dirty.clear();
    for (const s of due) {
      // A session closed since it was marked has already had its last poll.
      const key = sessionKey(s.address, s.port);
      if (this.sessions.get(key) === s) this.pollSession(key, s, now);
    }
  }

  private pollSession(key: string, s: UdpSession, now: number): void {
    for (const d of s.connection.poll(now)) void this.send(d, s.address, s.port);
    if (s.connection.state !== ConnectionState.Closed || this.sessions.get(key) !== s) return;
    this.sessions.delete(key);
    this.pending.remove(s);
    const drops = s.connection.stats.drops;
    for (const reason of Object.values(DropReason)) this.goneDrops[reason] += drops[reason];
    addTraffic(this.settledTraffic, s.connection.stats);
  }

  /** Sends a datagram of the server's own (no connection counts it). */
  private sendOwn(datagram: Uint8Array, address: string, port: number): Promise<void> {
    this.settledTraffic.datagramsOut++;
    this.settledTraffic.bytesOut += datagram.length;
    return this.send(datagram, address, port);
  }

  private send(datagram: Uint8Array, address: string, port: number): Promise<void> {
    return new Promise((resolve) => {
      try {
        this.socket.send(datagram, port, address, (err) => {
          if (err) this.stats.sendErrors++;
          resolve();
        });
      } catch {
        // Only a closed socket throws here; the datagram is lost like any other.
        this.stats.sendErrors++;
        resolve();
      }
    });
  }
}
