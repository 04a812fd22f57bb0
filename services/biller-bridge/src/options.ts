/** Settings of the biller, shared by the bridge, the master and the all-in-one launcher. */
export const billerOptions = {
  biller: {
    flag: "biller",
    env: "BILLER",
    type: "string",
    pattern: /^(none|(tcp|udp):\/\/[^\s]{1,260})$/,
    description:
      "the zone's biller: tcp://HOST:PORT (ASSS billing), udp://HOST:PORT (ASSS billing_ssc) or none; default: what conf/modules.conf loads, with [Billing] of global.conf",
  },
  billerFallback: {
    flag: "biller-fallback",
    env: "BILLER_FALLBACK",
    type: "enum",
    values: ["asss", "refuse", "cached"],
    default: "asss",
    description:
      "new logins while the biller is away: asss (the password file decides, unlisted names let in unauthenticated, '^' before them with udp), refuse (only names the password file proves), cached (also names that logged in through the biller before, with the same password)",
  },
} as const;

/** The bridge's own: its lease. */
export const bridgeOptions = {
  bridgeId: {
    flag: "bridge-id",
    env: "BRIDGE_ID",
    type: "string",
    pattern: /^[A-Za-z0-9_.-]{1,64}$/,
    description: "name of this bridge instance in the lease and logs (default: the host name); a nonce is added",
  },
  gamePort: {
    flag: "game-port",
    env: "GAME_PORT",
    type: "port",
    default: 5000,
    description: "the zone's game port, told to a UDP biller in the server-connect packet",
  },
} as const;
