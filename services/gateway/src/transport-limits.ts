/**
 * The gateway's side of the transport limits: the UdpServer settings built from its flags,
 * metrics read from the server's counters, and rate-limited log lines for what the limits
 * refused or closed.
 */
import {
  DEFAULT_FLOOD_CLOSE_SECONDS,
  DEFAULT_LOGIN_DEADLINE_MS,
  DEFAULT_MAX_PENDING_PER_ADDRESS,
  DEFAULT_SERVER_DATAGRAM_BURST,
  DEFAULT_SERVER_DATAGRAM_RATE,
  DEFAULT_SERVER_MAX_UPLOAD,
  DEFAULT_SHARED_REASSEMBLY_BYTES,
  DisconnectReason,
  DropReason,
  type ServerLimitEvent,
  type TransportConfigInput,
  type UdpServer,
  type UdpServerOptions,
} from "@zonebus/protocol";
import { RateLimitedLog } from "@zonebus/service-kit";
import type { Logger } from "pino";
import { Counter, Gauge, type Registry } from "prom-client";

/** Flags of the transport limits (see options.ts for their meaning and defaults). */
export interface TransportLimitsConfig {
  readonly maxUploadBytes: number;
  readonly reassemblyBudgetBytes: number;
  readonly loginDeadlineMs: number;
  readonly maxPendingPerAddress: number;
  readonly datagramRate: number;
  readonly datagramBurst: number;
  readonly floodCloseSeconds: number;
}

/** One line per kind of event at most this often (the rest are counted in `suppressed`). */
const LOG_INTERVAL_MS = 10_000;

/** Disconnect reasons a limit caused: each is logged (at a rate limit) as a client kept in bounds. */
const LIMIT_DISCONNECTS: ReadonlySet<string> = new Set([
  DisconnectReason.OverBudget,
  DisconnectReason.Flood,
  DisconnectReason.LoginDeadline,
  DisconnectReason.Evicted,
]);

/** The flags given, with the protocol's server defaults for the rest. */
export function resolveTransportLimits(c: Partial<TransportLimitsConfig>): TransportLimitsConfig {
  return {
    maxUploadBytes: c.maxUploadBytes ?? DEFAULT_SERVER_MAX_UPLOAD,
    reassemblyBudgetBytes: c.reassemblyBudgetBytes ?? DEFAULT_SHARED_REASSEMBLY_BYTES,
    loginDeadlineMs: c.loginDeadlineMs ?? DEFAULT_LOGIN_DEADLINE_MS,
    maxPendingPerAddress: c.maxPendingPerAddress ?? DEFAULT_MAX_PENDING_PER_ADDRESS,
    datagramRate: c.datagramRate ?? DEFAULT_SERVER_DATAGRAM_RATE,
    datagramBurst: c.datagramBurst ?? DEFAULT_SERVER_DATAGRAM_BURST,
    floodCloseSeconds: c.floodCloseSeconds ?? DEFAULT_FLOOD_CLOSE_SECONDS,
  };
}

/** Transport settings for every client connection, from the flags. */
export function transportLimitSettings(c: TransportLimitsConfig): TransportConfigInput {
  return {
    maxIncomingStream: c.maxUploadBytes,
    maxDatagramsPerSecond: c.datagramRate,
    datagramBurst: c.datagramBurst,
    floodCloseSeconds: c.floodCloseSeconds,
  };
}

export class TransportLimits {
  private readonly log: RateLimitedLog;
  private readonly disconnects: Counter<"reason">;

  constructor(
    private readonly config: TransportLimitsConfig,
    logger: Logger,
    metrics: Registry,
    server: () => UdpServer | undefined,
  ) {
    this.log = new RateLimitedLog(logger, LOG_INTERVAL_MS, { maxKeys: 16 });
    new Counter({
      name: "zb_gateway_connection_limits_total",
      help: "Client connections refused (table full of players), evicted (not logged in: table full or too many from one address) or closed for not logging in in time",
      labelNames: ["limit"],
      registers: [metrics],
      collect() {
        const stats = server()?.stats;
        if (!stats) return;
        this.reset();
        this.inc({ limit: "refused_full" }, stats.refusedFull);
        this.inc({ limit: "evicted_full" }, stats.evictedFull);
        this.inc({ limit: "evicted_per_address" }, stats.evictedPerAddress);
        this.inc({ limit: "login_deadline" }, stats.loginDeadline);
      },
    });
    new Counter({
      name: "zb_gateway_transport_drops_total",
      help: "Datagrams and core packets the client transport discarded, by reason (rate_limited, over_budget, stream_rejected, big_packet_overflow, …)",
      labelNames: ["reason"],
      registers: [metrics],
      collect() {
        const s = server();
        if (!s) return;
        this.reset();
        const drops = s.transportDrops();
        for (const reason of Object.values(DropReason)) if (drops[reason] > 0) this.inc({ reason }, drops[reason]);
      },
    });
    new Gauge({
      name: "zb_gateway_reassembly_bytes",
      help: "Bytes held by client connections' reassembly buffers (00 08/09 and 00 0A), against --reassembly-budget",
      registers: [metrics],
      collect() {
        this.set(server()?.reassemblyBudget.used ?? 0);
      },
    });
    this.disconnects = new Counter({
      name: "zb_gateway_disconnects_total",
      help: "Client connections closed, by transport reason",
      labelNames: ["reason"],
      registers: [metrics],
    });
  }

  /** UdpServer settings for these limits. */
  serverOptions(): Pick<
    UdpServerOptions,
    "sharedReassemblyBytes" | "loginDeadlineMs" | "maxPendingPerAddress" | "onLimit"
  > {
    return {
      sharedReassemblyBytes: this.config.reassemblyBudgetBytes,
      loginDeadlineMs: this.config.loginDeadlineMs,
      maxPendingPerAddress: this.config.maxPendingPerAddress,
      onLimit: (e) => this.onLimit(e),
    };
  }

  /** Counts a closed connection, and logs it if a limit closed it. */
  onDisconnect(reason: DisconnectReason, address: string, port: number): void {
    this.disconnects.inc({ reason });
    if (LIMIT_DISCONNECTS.has(reason))
      this.log.warn(
        `closed:${reason}`,
        { reason, client: `${address}:${port}` },
        "client connection closed by a limit",
      );
  }

  private onLimit(e: ServerLimitEvent): void {
    // Evictions and expiries are logged by onDisconnect when the connection reports its close.
    if (e.limit !== "refused_full") return;
    this.log.warn(
      e.limit,
      { client: `${e.address}:${e.port}` },
      "connection refused: every slot holds a logged-in player",
    );
  }
}
