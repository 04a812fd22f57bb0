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
  natsUser: {
    flag: "nats-user",
    env: "NATS_USER",
    type: "string",
    description: "NATS user name; its password comes from --nats-password-file (or --nats-password)",
  },
  natsPasswordFile: {
    flag: "nats-password-file",
    env: "NATS_PASSWORD_FILE",
    type: "path",
    description: "file holding the NATS user's password (one line)",
  },
  natsPassword: {
    flag: "nats-password",
    env: "NATS_PASSWORD",
    type: "string",
    description:
      "the NATS user's password; prefer --nats-password-file or the variable (a flag shows in the process list)",
  },
  natsTokenFile: {
    flag: "nats-token-file",
    env: "NATS_TOKEN_FILE",
    type: "path",
    description: "file holding a NATS authentication token (one line)",
  },
  natsToken: {
    flag: "nats-token",
    env: "NATS_TOKEN",
    type: "string",
    description: "NATS authentication token; prefer --nats-token-file or the variable",
  },
  natsNkeyFile: {
    flag: "nats-nkey-file",
    env: "NATS_NKEY_FILE",
    type: "path",
    description: "file holding a NATS user nkey seed (SU...), to authenticate by nkey",
  },
  natsCredsFile: {
    flag: "nats-creds-file",
    env: "NATS_CREDS_FILE",
    type: "path",
    description: "NATS creds file (user JWT and nkey seed), to authenticate by JWT",
  },
  natsTls: {
    flag: "nats-tls",
    env: "NATS_TLS",
    type: "boolean",
    default: false,
    description: "require TLS to NATS (implied by any --nats-tls-* option and by tls:// URLs)",
  },
  natsTlsCa: {
    flag: "nats-tls-ca",
    env: "NATS_TLS_CA",
    type: "path",
    description: "PEM file of the CA that signed the NATS server's certificate (default: the system's CAs)",
  },
  natsTlsCert: {
    flag: "nats-tls-cert",
    env: "NATS_TLS_CERT",
    type: "path",
    description: "PEM client certificate for servers that verify clients (needs --nats-tls-key)",
  },
  natsTlsKey: {
    flag: "nats-tls-key",
    env: "NATS_TLS_KEY",
    type: "path",
    description: "PEM private key of --nats-tls-cert",
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
  readonly natsUser: string | undefined;
  readonly natsPasswordFile: string | undefined;
  readonly natsPassword: string | undefined;
  readonly natsTokenFile: string | undefined;
  readonly natsToken: string | undefined;
  readonly natsNkeyFile: string | undefined;
  readonly natsCredsFile: string | undefined;
  readonly natsTls: boolean;
  readonly natsTlsCa: string | undefined;
  readonly natsTlsCert: string | undefined;
  readonly natsTlsKey: string | undefined;
  readonly kvReplicas: number;
  readonly opsHost: string;
  readonly opsPort: number;
  readonly logLevel: string;
  readonly logPretty: string;
}
