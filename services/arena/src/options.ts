import { hostname } from "node:os";

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
} as const;
