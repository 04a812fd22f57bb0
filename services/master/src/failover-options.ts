import { BUCKET_TTL_MS } from "@zonebus/subjects";

/** Options of the master's arena placement and failover (scope: the zone). */
export const failoverOptions = {
  leaseMs: {
    flag: "arena-lease",
    env: "ARENA_LEASE",
    type: "duration",
    default: BUCKET_TTL_MS.arenaOwners,
    description:
      "arena lease time: a crashed replica's arenas are placed again within this (+1/6); every master and arena replica of a zone sets the same value",
  },
  arenaPins: {
    flag: "arena-pin",
    env: "ARENA_PINS",
    type: "string",
    default: "",
    description: "pin arenas to replica labels: pattern=label,... ('*' = any run; e.g. 'duel=pvp,league*=league')",
  },
  // Rebalancing (see rebalancer.ts): the active master moves one arena at a time from the busiest
  // replica to the least busy, with the live handover.
  rebalance: {
    flag: "rebalance",
    env: "REBALANCE",
    type: "boolean",
    default: true,
    description: "move arenas from the busiest arena replica to the least busy (a new replica, or uneven load)",
  },
  rebalanceThreshold: {
    flag: "rebalance-threshold",
    env: "REBALANCE_THRESHOLD",
    type: "int",
    min: 1,
    max: 100_000,
    default: 20,
    description: "players the busiest replica may hold above the least busy before an arena moves",
  },
  rebalanceArenaThreshold: {
    flag: "rebalance-arena-threshold",
    env: "REBALANCE_ARENA_THRESHOLD",
    type: "int",
    min: 1,
    max: 10_000,
    default: 1,
    description: "arenas with players the busiest replica may hold above the least busy before an arena moves",
  },
  rebalanceCooldownMs: {
    flag: "rebalance-cooldown",
    env: "REBALANCE_COOLDOWN",
    type: "duration",
    default: 60_000,
    description: "an arena moved by rebalancing is not moved again within this",
  },
  rebalanceIntervalMs: {
    flag: "rebalance-interval",
    env: "REBALANCE_INTERVAL",
    type: "duration",
    default: 2_000,
    description: "how often the active master looks at the replicas' load (at most one move per look)",
  },
  rebalanceWarmupMs: {
    flag: "rebalance-warmup",
    env: "REBALANCE_WARMUP",
    type: "duration",
    default: 5_000,
    description: "how long a replica must have been beating before rebalancing moves an arena to it",
  },
} as const;
