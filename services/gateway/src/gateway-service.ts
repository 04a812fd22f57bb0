import type { Socket } from "node:dgram";
import type { Bus } from "@zonebus/bus";
import type { ZoneSubjects } from "@zonebus/subjects";
import type { Logger } from "pino";
import { Counter, type Registry } from "prom-client";
import { answerPing, type Population, SimplePingMode } from "./ping.js";
import { bindUdp, closeUdp } from "./udp.js";

export interface GatewayConfig {
  readonly gatewayId: string;
  readonly host: string;
  readonly port: number;
  readonly pingMode: "total" | "playing" | "alternate";
}

export interface GatewayDeps {
  readonly bus: Bus;
  readonly subjects: ZoneSubjects;
  readonly logger: Logger;
  readonly metrics: Registry;
  readonly config: GatewayConfig;
}

const PING_MODES = {
  total: SimplePingMode.Total,
  playing: SimplePingMode.Playing,
  alternate: SimplePingMode.Alternate,
} as const;

/** The UDP front end: the game port for clients and the ping port (game port + 1). */
export class GatewayService {
  readonly name = "gateway";
  private game: Socket | undefined;
  private ping: Socket | undefined;
  private pingFlip = false;
  private readonly log: Logger;
  private readonly datagrams: Counter<"port" | "result">;

  constructor(private readonly deps: GatewayDeps) {
    this.log = deps.logger.child({ svc: "gateway", gateway: deps.config.gatewayId });
    this.datagrams = new Counter({
      name: "zb_gateway_datagrams_total",
      help: "UDP datagrams received, by port and outcome",
      labelNames: ["port", "result"],
      registers: [deps.metrics],
    });
  }

  /** Bound game port (useful when configured as 0). */
  get port(): number {
    return this.game?.address().port ?? this.deps.config.port;
  }

  async start(): Promise<void> {
    const { host, port } = this.deps.config;
    this.game = await bindUdp(host, port, "game port");
    try {
      this.ping = await bindUdp(host, this.port + 1, "ping port");
    } catch (err) {
      await closeUdp(this.game);
      throw err;
    }
    this.game.on("message", () => this.datagrams.inc({ port: "game", result: "dropped" }));
    this.ping.on("message", (msg, rinfo) => this.onPing(msg, rinfo.address, rinfo.port));
    this.log.info({ host, port: this.port, pingPort: this.port + 1 }, "listening");
  }

  async stop(): Promise<void> {
    await closeUdp(this.ping);
    await closeUdp(this.game);
    this.ping = undefined;
    this.game = undefined;
  }

  /** Players on this gateway, for the ping port. */
  population(): Population {
    return { total: 0, playing: 0, arenas: [] };
  }

  private onPing(msg: Buffer, address: string, port: number): void {
    this.pingFlip = !this.pingFlip;
    const reply = answerPing(msg, this.population(), PING_MODES[this.deps.config.pingMode], this.pingFlip);
    if (!reply) {
      this.datagrams.inc({ port: "ping", result: "malformed" });
      return;
    }
    this.datagrams.inc({ port: "ping", result: "answered" });
    this.ping?.send(reply, port, address);
  }
}
