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
} as const;
