import { type Bus, connectNatsBus, isBusUp } from "@zonebus/bus";
import { JetStreamStore, type Store } from "@zonebus/store";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import { countBusReconnects } from "./bus-metrics.js";
import { type NatsSecurityConfig, natsSecurityFrom, redactNatsUrl } from "./nats-security.js";
import type { CommonConfig } from "./options.js";
import { countStoreRetries } from "./store-metrics.js";

/** The bus and store a process runs on, with what closes them. */
export interface Infrastructure {
  readonly bus: Bus;
  readonly store: Store;
  /** Readiness: true while the bus is connected or has been reconnecting for less than RECONNECT_GRACE_MS. */
  connected(): boolean;
  close(): Promise<void>;
}

/** Unanswered pings after which the client drops its server and moves to another. */
const MAX_PINGS_OUT = 3;
/**
 * How long the bus may be reconnecting before readiness fails. A node loss heals in about a
 * second; failing readiness at once would make a load balancer move a gateway's clients to
 * another gateway that does not know their connections.
 */
export const RECONNECT_GRACE_MS = 10_000;

/** What connecting needs from the common options. */
export type ConnectionConfig = Pick<CommonConfig, "natsUrl"> &
  Partial<Pick<CommonConfig, "natsReconnectWaitMs" | "natsPingIntervalMs" | "kvReplicas">> &
  NatsSecurityConfig;

/**
 * Connects to NATS (bus and JetStream KV store on one connection). `natsUrl` may list every
 * node of a cluster; after the first connection the client reconnects forever, to any node, and
 * re-creates its subscriptions there, so a process rides out the loss of the node it was on.
 * Publishes made while it reconnects are buffered by the client and sent once connected.
 * Credentials and TLS come from the `--nats-*` options ({@link natsSecurityFrom}); a server
 * that refuses them fails the first connection, and so the boot, with its reason.
 * With `metrics`, NATS disconnects and reconnects and store retries are counted there.
 */
export async function connectDistributed(
  config: ConnectionConfig,
  name: string,
  logger?: Logger,
  metrics?: Registry,
): Promise<Infrastructure> {
  const security = natsSecurityFrom(config);
  const servers = redactNatsUrl(config.natsUrl);
  let bus: Awaited<ReturnType<typeof connectNatsBus>>;
  try {
    bus = await connectNatsBus({
      servers: config.natsUrl,
      name,
      connectTimeoutMs: 5_000,
      maxReconnectAttempts: -1,
      reconnectTimeWaitMs: config.natsReconnectWaitMs ?? 250,
      nats: { ...security.options, pingInterval: config.natsPingIntervalMs ?? 5_000, maxPingOut: MAX_PINGS_OUT },
    });
  } catch (err) {
    throw new Error(`cannot connect to NATS at ${servers}: ${(err as Error).message}`, { cause: err });
  }
  const log = logger?.child({ svc: "nats" });
  log?.info({ servers, auth: security.auth, tls: security.tls }, "connected to NATS");
  const countRetry = metrics && countStoreRetries(metrics);
  const store = await JetStreamStore.open(bus.connection, {
    replicas: config.kvReplicas ?? 1,
    onRetry: (retry) => {
      countRetry?.(retry);
      const { op, bucket, key, attempt, err } = retry;
      log?.warn({ op, bucket, key, attempt, err: (err as Error).message }, "store call retried after no answer");
    },
  });
  const stopCounting = metrics && countBusReconnects(bus, metrics);
  let up = true;
  let downSince = 0;
  bus.onStatus((s) => {
    const isUp = isBusUp(s);
    if (up && !isUp) downSince = performance.now();
    up = isUp;
    log?.info({ status: s, server: bus.connection.getServer() }, "NATS connection status");
  });
  return {
    bus,
    store,
    connected: () => up || performance.now() - downSince < RECONNECT_GRACE_MS,
    async close() {
      stopCounting?.();
      await store.close();
      await bus.close();
    },
  };
}
