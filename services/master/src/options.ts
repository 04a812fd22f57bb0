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
} as const;
