/**
 * What an operator watches on a gateway: its players, how logins end and how long they take,
 * and the UDP traffic. Traffic is read from the transport's own counters when scraped
 * (UdpServer.traffic), so the hot path counts nothing twice.
 */
import type { UdpServer } from "@zonebus/protocol";
import { Counter, Gauge, Histogram, type Registry } from "prom-client";

/** How a login packet ended at the gateway. */
export const LoginOutcome = {
  /** The master accepted it (0x0A code 0). */
  Ok: "ok",
  /** The master refused it (0x0A with its code: bad password, banned, zone full, …). */
  Refused: "refused",
  /** The master did not answer within --request-timeout (the client is told "server busy"). */
  NoAnswer: "no_answer",
  /** The per-address login rate limit stopped it before the master. */
  RateLimited: "rate_limited",
  /** The gateway was draining (the client is told "server busy"). */
  Draining: "draining",
  /** The client left before the master's answer came. */
  Abandoned: "abandoned",
} as const;
export type LoginOutcome = (typeof LoginOutcome)[keyof typeof LoginOutcome];

/**
 * Login latency buckets (seconds): a master on the same network answers in milliseconds, a
 * biller round trip takes tens to hundreds, and --request-timeout ends the rest.
 */
const LOGIN_SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The gateway's state the metrics read when scraped. */
export interface GatewayMetricsSource {
  /** The UDP server while the gateway listens. */
  server(): UdpServer | undefined;
  /** Players logged in through this gateway (holding a pid). */
  players(): number;
}

export class GatewayMetrics {
  private readonly logins: Counter<"outcome">;
  private readonly loginSeconds: Histogram;

  constructor(registry: Registry, source: GatewayMetricsSource) {
    const registers = [registry];
    new Gauge({
      name: "zb_gateway_players",
      help: "Players logged in through this gateway",
      registers,
      collect() {
        this.set(source.players());
      },
    });
    this.logins = new Counter({
      name: "zb_gateway_logins_total",
      help: "Login packets by outcome: ok, refused (by the master), no_answer, rate_limited, draining, abandoned",
      labelNames: ["outcome"],
      registers,
    });
    // Every outcome from zero, so a rate over a fresh process is 0 rather than absent.
    for (const outcome of Object.values(LoginOutcome)) this.logins.inc({ outcome }, 0);
    this.loginSeconds = new Histogram({
      name: "zb_gateway_login_seconds",
      help: "From a login packet to the 0x0A login response, for logins the master was asked about (ok, refused, no_answer)",
      buckets: LOGIN_SECONDS_BUCKETS,
      registers,
    });
    const traffic = () => source.server()?.traffic();
    type Traffic = NonNullable<ReturnType<typeof traffic>>;
    /** A counter by direction, read from the transport's own totals at scrape time. */
    const byDirection = (name: string, help: string, pick: (t: Traffic) => [number, number]) =>
      new Counter({
        name,
        help,
        labelNames: ["direction"],
        registers,
        collect() {
          const t = traffic();
          if (!t) return;
          const [inbound, outbound] = pick(t);
          this.reset();
          this.inc({ direction: "in" }, inbound);
          this.inc({ direction: "out" }, outbound);
        },
      });
    byDirection(
      "zb_gateway_datagrams_total",
      "UDP datagrams on the game port, by direction (in, out), handshakes included",
      (t) => [t.datagramsIn, t.datagramsOut],
    );
    byDirection(
      "zb_gateway_bytes_total",
      "UDP payload bytes on the game port, by direction (in, out), handshakes included",
      (t) => [t.bytesIn, t.bytesOut],
    );
    new Counter({
      name: "zb_gateway_retransmits_total",
      help: "Reliable packets the gateway sent again to clients for want of an acknowledgement",
      registers,
      collect() {
        const t = traffic();
        if (!t) return;
        this.reset();
        this.inc(t.retransmits);
      },
    });
  }

  /** Counts a login's outcome; `seconds` (login packet to 0x0A) for those the master was asked about. */
  login(outcome: LoginOutcome, seconds?: number): void {
    this.logins.inc({ outcome });
    if (seconds !== undefined) this.loginSeconds.observe(seconds);
  }
}
