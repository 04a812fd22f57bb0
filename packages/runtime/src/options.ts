import { ZONE_ID_PATTERN } from "@zonebus/subjects";

/** Options every zonebus process takes. */
export const commonOptions = {
  zone: {
    flag: "zone-id",
    env: "ZONE_ID",
    type: "string",
    pattern: ZONE_ID_PATTERN,
    default: "zone",
    description: "zone id: namespaces subjects and store buckets",
  },
  natsUrl: {
    flag: "nats-url",
    env: "NATS_URL",
    type: "url",
    protocols: ["nats:", "tls:"],
    list: true,
    default: "nats://127.0.0.1:4222",
    description: "NATS servers, comma-separated (every node of a cluster: the client moves to another when one dies)",
  },
  natsReconnectWaitMs: {
    flag: "nats-reconnect-wait",
    env: "NATS_RECONNECT_WAIT",
    type: "duration",
    default: 250,
    description: "pause between reconnect attempts to one NATS server; reconnecting never gives up",
  },
  natsPingIntervalMs: {
    flag: "nats-ping-interval",
    env: "NATS_PING_INTERVAL",
    type: "duration",
    default: 5_000,
    description: "how often the client pings its NATS server; 3 unanswered pings count as a lost server",
  },
  kvReplicas: {
    flag: "kv-replicas",
    env: "KV_REPLICAS",
    type: "int",
    min: 1,
    max: 5,
    default: 1,
    description:
      "JetStream replicas of the store buckets a process creates (3 on a 3-node cluster; every process the same)",
  },
  opsHost: {
    flag: "ops-host",
    env: "OPS_HOST",
    type: "string",
    default: "127.0.0.1",
    description: "address of the /healthz /readyz /metrics endpoint",
  },
  opsPort: {
    flag: "ops-port",
    env: "OPS_PORT",
    type: "port",
    allowZero: true,
    default: 9100,
    description: "port of the ops endpoint (0 = any free port)",
  },
  logLevel: {
    flag: "log-level",
    env: "LOG_LEVEL",
    type: "enum",
    values: ["trace", "debug", "info", "warn", "error", "silent"],
    default: "info",
    description: "log level",
  },
  logPretty: {
    flag: "log-pretty",
    env: "LOG_PRETTY",
    type: "enum",
    values: ["auto", "yes", "no"],
    default: "auto",
    description: "human-readable logs (auto: when stdout is a terminal)",
  },
} as const;

export interface CommonConfig {
  readonly zone: string;
  readonly natsUrl: string;
  readonly natsReconnectWaitMs: number;
  readonly natsPingIntervalMs: number;
  readonly kvReplicas: number;
  readonly opsHost: string;
  readonly opsPort: number;
  readonly logLevel: string;
  readonly logPretty: string;
}
