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
