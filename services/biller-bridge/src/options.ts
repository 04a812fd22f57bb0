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
