import { hostname } from "node:os";
import { BUCKET_TTL_MS } from "@zonebus/subjects";
import {
  DEFAULT_EMPTY_ARENA_GRACE_MS,
  DEFAULT_HANDOVER_TIMEOUT_MS,
  DEFAULT_STORE_OUTAGE_GRACE_MS,
} from "./replica-service.js";

/** Options of an arena replica. */
export const arenaOptions = {
  replicaId: {
    flag: "replica-id",
    env: "REPLICA_ID",
    type: "string",
    pattern: /^[A-Za-z0-9_-]{1,64}$/,
    default: `arena-${hostname().replace(/[^A-Za-z0-9_-]/g, "-")}-${process.pid}`,
    description: "this replica's id, unique in the zone",
  },
  labels: {
    flag: "labels",
    env: "REPLICA_LABELS",
    type: "string",
    pattern: /^([A-Za-z0-9_-]{1,32}(,[A-Za-z0-9_-]{1,32})*)?$/,
    default: "",
    description: "placement labels, comma-separated: arenas the master pins to a label (--arena-pin) come only here",
  },
  leaseMs: {
    flag: "arena-lease",
    env: "ARENA_LEASE",
    type: "duration",
    default: BUCKET_TTL_MS.arenaOwners,
    description:
      "arena lease time, renewed every third of it; an arena whose lease is not renewed within it stops being served here. Same value on every process of the zone",
  },
  storeOutageGraceMs: {
    flag: "store-outage-grace",
    env: "STORE_OUTAGE_GRACE",
    type: "duration",
    default: DEFAULT_STORE_OUTAGE_GRACE_MS,
    description:
      "how long arenas play on while the bus is up but the store does not answer (a NATS stream electing a leader); a lease that lapsed meanwhile is taken back if nobody else took it",
  },
  handoverTimeoutMs: {
    flag: "handover-timeout",
    env: "HANDOVER_TIMEOUT",
    type: "duration",
    default: DEFAULT_HANDOVER_TIMEOUT_MS,
    description: "how long a draining replica waits for the master to place each arena elsewhere",
  },
  emptyArenaGraceMs: {
    flag: "empty-arena-grace",
    env: "EMPTY_ARENA_GRACE",
    type: "duration",
    default: DEFAULT_EMPTY_ARENA_GRACE_MS,
    description:
      "how long an arena with nobody in it is kept before it closes, releasing its lease and its snapshot (checked every third of the lease)",
  },
} as const;
