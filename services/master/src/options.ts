/** Options of the master service (scope: the zone). */
export const masterOptions = {
  maxPlayers: {
    flag: "max-players",
    env: "MAX_PLAYERS",
    type: "int",
    min: 1,
    max: 1024,
    default: 255,
    description: "most players logged in at once",
  },
  defaultArena: {
    flag: "default-arena",
    env: "DEFAULT_ARENA",
    type: "string",
    pattern: /^[a-z0-9#][a-z0-9]{0,14}$/,
    default: "0",
    description: "arena for 'any public arena' requests",
  },
  attachTimeoutMs: {
    flag: "attach-timeout",
    env: "ATTACH_TIMEOUT",
    type: "duration",
    default: 2_000,
    description: "how long to wait for a replica to take an arena",
  },
  allowUnknown: {
    flag: "allow-unknown",
    env: "ALLOW_UNKNOWN",
    type: "boolean",
    default: true,
    description: "let names without a password entry log in",
  },
  passwordFile: {
    flag: "passwd",
    env: "PASSWORD_FILE",
    type: "path",
    description: "local password file: lines 'name = scrypt$<salt>$<hash>'; listed names must give their password",
  },
  // Redirects (S2C 0x3B), the recently-used-password cache and gateway homes.
  redirectTicketMs: {
    flag: "redirect-ticket",
    env: "REDIRECT_TICKET",
    type: "duration",
    default: 30_000,
    description:
      "how long after a redirect the client's zeroed-password re-login is let in (single use, same IP; at most 300s)",
  },
  arenaHome: {
    flag: "arena-home",
    env: "ARENA_HOME",
    type: "string",
    pattern: /^(#?[a-z0-9*]{1,15}=[A-Za-z0-9_-]{1,64})(,#?[a-z0-9*]{1,15}=[A-Za-z0-9_-]{1,64})*$/,
    description:
      "pin arenas to a gateway group: 'pattern=group,...' (* matches any run); entering one through another group's gateway redirects there; unset = no homes",
  },
  moderators: {
    flag: "moderators",
    env: "MODERATORS",
    type: "string",
    description: "player names (comma-separated) allowed moderator commands such as ?redirect",
  },
} as const;

/** Options of the distributed master's active/standby lease (not used by the all-in-one zone). */
export const leadershipOptions = {
  masterId: {
    flag: "master-id",
    env: "MASTER_ID",
    type: "string",
    pattern: /^[A-Za-z0-9_.-]{1,64}$/,
    description: "name of this master instance in the lease and logs (default: the host name); a nonce is added",
  },
  leaseTtlMs: {
    flag: "lease-ttl",
    env: "MASTER_LEASE_TTL",
    type: "duration",
    default: 3_000,
    description:
      "master lease time: a standby takes over this long after the active master stops renewing (every master of a zone the same; at least 300ms)",
  },
} as const;
