import { DEFAULT_ARENA_CREATION_WINDOW_MS, DEFAULT_ARENA_CREATIONS, DEFAULT_MAX_ARENAS } from "./arena-limits.js";
import { DEFAULT_HASH_CONCURRENCY, DEFAULT_HASH_QUEUE } from "./hash-pool.js";

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
    description:
      "DEPRECATED: list staff in the zone's conf/staff.conf instead. Names (comma-separated) given ?drain and ?redirect once they logged in with their --passwd password",
  },
  // Arenas (see arena-limits.ts).
  maxArenas: {
    flag: "max-arenas",
    env: "MAX_ARENAS",
    type: "int",
    min: 1,
    max: 10_000,
    default: DEFAULT_MAX_ARENAS,
    description: "most arenas the zone holds at once; entering a new arena past it is refused (ASSS has no cap)",
  },
  arenaCreations: {
    flag: "arena-creations",
    env: "ARENA_CREATIONS",
    type: "int",
    min: 1,
    max: 10_000,
    default: DEFAULT_ARENA_CREATIONS,
    description: "new arenas one player name may create per --arena-creation-window",
  },
  arenaCreationWindowMs: {
    flag: "arena-creation-window",
    env: "ARENA_CREATION_WINDOW",
    type: "duration",
    default: DEFAULT_ARENA_CREATION_WINDOW_MS,
    description: "the window of --arena-creations",
  },
  // Logins (see hash-pool.ts, login-backoff.ts).
  hashConcurrency: {
    flag: "login-hash-concurrency",
    env: "LOGIN_HASH_CONCURRENCY",
    type: "int",
    min: 1,
    max: 64,
    default: DEFAULT_HASH_CONCURRENCY,
    description: "password hashes (scrypt, ~40 ms each) run at once, off the event loop",
  },
  hashQueue: {
    flag: "login-hash-queue",
    env: "LOGIN_HASH_QUEUE",
    type: "int",
    min: 0,
    max: 100_000,
    default: DEFAULT_HASH_QUEUE,
    description: "logins waiting for a password hash; past it a login is answered 'server busy'",
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
