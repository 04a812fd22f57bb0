import type { Socket } from "node:dgram";
import { RateLimitedLog } from "@zonebus/service-kit";
import type { Logger } from "pino";
import { Counter, type Registry } from "prom-client";
import { AddressBuckets } from "./address-buckets.js";
import {
  answerPing,
  DEFAULT_PING_BURST,
  DEFAULT_PING_RATE,
  MAX_PING_ADDRESSES,
  PING_DATA_REFRESH_MS,
  PING_LIMIT_LOG_MS,
  type Population,
  SimplePingMode,
} from "./ping.js";
import { bindUdp, closeUdp } from "./udp.js";

const PING_MODES = {
  total: SimplePingMode.Total,
  playing: SimplePingMode.Playing,
  alternate: SimplePingMode.Alternate,
} as const;

export interface PingPortConfig {
  /** Which population a 4-byte ping reports (`Net:SimplePingPopulationMode`). */
  readonly mode: keyof typeof PING_MODES;
  /** Replies per second and burst per source address (default DEFAULT_PING_RATE/BURST). */
  readonly rate?: number | undefined;
  readonly burst?: number | undefined;
}

/**
 * The ping port (game port + 1, core.md §13): answers each 4- or 8-byte request from a cached
 * population (refreshed every PING_DATA_REFRESH_MS, as ASSS), at most `rate` per second per source
 * address, so the port cannot be used to multiply an attacker's traffic towards a spoofed address.
 */
export class PingPort {
  private socket: Socket | undefined;
  private flip = false;
  private data: { at: number; pop: Population } | undefined;
  private readonly limit: AddressBuckets;
  private readonly limitLog: RateLimitedLog;
  private readonly datagrams: Counter<"port" | "result">;

  constructor(
    private readonly config: PingPortConfig,
    private readonly population: () => Population,
    logger: Logger,
    metrics: Registry,
  ) {
    this.limit = new AddressBuckets({
      perSecond: config.rate ?? DEFAULT_PING_RATE,
      burst: config.burst ?? DEFAULT_PING_BURST,
      maxAddresses: MAX_PING_ADDRESSES,
    });
    this.limitLog = new RateLimitedLog(logger, PING_LIMIT_LOG_MS, { maxKeys: 256 });
    this.datagrams = new Counter({
      name: "zb_gateway_ping_datagrams_total",
      help: "Ping port datagrams, by outcome",
      labelNames: ["port", "result"],
      registers: [metrics],
    });
  }

  async open(host: string, port: number): Promise<void> {
    this.socket = await bindUdp(host, port, "ping port");
    this.socket.on("message", (msg, rinfo) => this.onRequest(msg, rinfo.address, rinfo.port));
  }

  async close(): Promise<void> {
    await closeUdp(this.socket);
    this.socket = undefined;
  }

  private onRequest(msg: Buffer, address: string, port: number): void {
    if (msg.byteLength !== 4 && msg.byteLength !== 8) {
      this.datagrams.inc({ port: "ping", result: "malformed" });
      return;
    }
    if (!this.limit.take(address)) {
      this.datagrams.inc({ port: "ping", result: "rate_limited" });
      this.limitLog.warn(address, { address }, "pings from this address over the rate limit: dropped");
      return;
    }
    const now = performance.now();
    if (!this.data || now - this.data.at >= PING_DATA_REFRESH_MS) this.data = { at: now, pop: this.population() };
    this.flip = !this.flip;
    const reply = answerPing(msg, this.data.pop, PING_MODES[this.config.mode], this.flip);
    if (!reply) {
      this.datagrams.inc({ port: "ping", result: "malformed" });
      return;
    }
    this.datagrams.inc({ port: "ping", result: "answered" });
    this.socket?.send(reply, port, address);
  }
}
