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
    description: "NATS servers, comma-separated",
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
  readonly opsHost: string;
  readonly opsPort: number;
  readonly logLevel: string;
  readonly logPretty: string;
}
