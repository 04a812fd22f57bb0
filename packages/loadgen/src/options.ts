/**
 * The load generator's options: one table for the command line (`npm run load -- --help`), and
 * the validated, frozen `LoadOptions` the generator runs with.
 */

import { type BotEncryption, MAX_PASSWORD_LENGTH } from "@zonebus/protocol";
import type { ConfigOf } from "@zonebus/service-kit";
import { LoadgenError, LoadgenErrorCode } from "./errors.js";

/** Most loopback source addresses the bots spread over (127.0.0.1 … 127.0.0.254). */
export const MAX_SOURCE_ADDRESSES = 254;

/**
 * Source addresses the benchmark and the soak spread their bots over: a few players per
 * address, as a zone sees them, so the zone's per-address limits run at their defaults.
 */
export const SPREAD_SOURCE_ADDRESSES = 64;

export const loadOptionTable = {
  server: {
    flag: "server",
    env: "LOADGEN_SERVER",
    type: "string",
    required: true,
    description: "the zone's game port as host:port (any SubSpace server that speaks VIE)",
  },
  bots: { flag: "bots", type: "int", min: 1, max: 5000, default: 10, description: "bots to log in" },
  arenas: {
    flag: "arenas",
    type: "int",
    min: 1,
    max: 1000,
    default: 1,
    description: "arenas the bots are spread over, round robin (<prefix>0, <prefix>1, …)",
  },
  seconds: {
    flag: "seconds",
    type: "int",
    min: 1,
    max: 86_400,
    default: 30,
    description: "time bound of the whole run, ramp-up included; every bot disconnects then",
  },
  ramp: {
    flag: "ramp",
    type: "duration",
    default: 5_000,
    description: "bots start evenly spread over this time",
  },
  warmup: {
    flag: "warmup",
    type: "duration",
    default: 2_000,
    description: "wait after the ramp before the measured window opens; the summary covers the window",
  },
  rateHz: {
    flag: "rate",
    type: "int",
    min: 1,
    max: 100,
    default: 10,
    description: "positions per second per bot (Continuum sends about 10 while moving)",
  },
  fireInterval: {
    flag: "fire-every",
    type: "duration",
    default: 2_000,
    description: "each bot fires a bullet this often (0 = never)",
  },
  chatInterval: {
    flag: "chat-every",
    type: "duration",
    default: 30_000,
    description: "each bot says something in public chat about this often (0 = never)",
  },
  encryption: {
    flag: "encryption",
    type: "enum",
    values: ["vie", "none"],
    default: "vie",
    description: "VIE (SubSpace 1.34 key exchange) or none (key 0, as ASSS's own loadgen)",
  },
  password: {
    flag: "password",
    env: "LOADGEN_PASSWORD",
    type: "string",
    default: "",
    description: "every bot's password, for zones that check them (names unknown to the zone are created)",
  },
  arenaPrefix: {
    flag: "arena-prefix",
    type: "string",
    pattern: /^[a-z0-9]{1,10}$/,
    default: "load",
    description: "arena names are this followed by the arena number",
  },
  namePrefix: {
    flag: "name-prefix",
    type: "string",
    pattern: /^[A-Za-z][A-Za-z0-9]{0,7}$/,
    description: "bot names are this, '-', the bot number (default: lg plus a random run id)",
  },
  pollInterval: {
    flag: "poll-interval",
    type: "duration",
    default: 20,
    description: "transport poll of each bot for acks and keep-alives (positions leave at once)",
  },
  sourceAddresses: {
    flag: "source-addresses",
    type: "int",
    min: 1,
    max: MAX_SOURCE_ADDRESSES,
    default: 1,
    description:
      "bots bind to 127.0.0.1 … 127.0.0.N round robin, as players from N addresses, so per-address limits apply as in a real zone (loopback servers only; 1 lets the system choose)",
  },
  json: { flag: "json", type: "boolean", default: false, description: "print one JSON object per line" },
} as const;

export type LoadConfig = ConfigOf<typeof loadOptionTable>;

/** What the generator runs with; every duration in ms. */
export interface LoadOptions {
  readonly host: string;
  readonly port: number;
  readonly bots: number;
  readonly arenas: number;
  readonly seconds: number;
  readonly rampMs: number;
  readonly warmupMs: number;
  readonly rateHz: number;
  readonly fireIntervalMs: number;
  readonly chatIntervalMs: number;
  readonly encryption: BotEncryption;
  readonly password: string;
  readonly arenaPrefix: string;
  readonly namePrefix: string;
  readonly pollIntervalMs: number;
  /** Bots bind to this many loopback addresses, round robin; 1 = the system's choice. */
  readonly sourceAddresses: number;
}

/** Bots per arena above which 0x28's 8-bit pid could tie two senders; one arena holds at most this many. */
export const MAX_BOTS_PER_ARENA = 255;

/** `host:port` → parts; throws LoadgenError BadOption. */
export function parseServer(text: string): { host: string; port: number } {
  const m = /^(.+):(\d{1,5})$/.exec(text.trim());
  const port = m ? Number(m[2]) : Number.NaN;
  if (!m || !(port >= 1 && port <= 65_535)) {
    throw new LoadgenError(`--server must be host:port, got ${JSON.stringify(text)}`, LoadgenErrorCode.BadOption);
  }
  return { host: m[1]!.replace(/^\[(.*)\]$/, "$1"), port };
}

/** Checks the cross-option rules and fills defaults; throws LoadgenError BadOption. */
export function loadOptions(input: Partial<LoadOptions> & { host: string; port: number }): LoadOptions {
  // The defaults are the command line's, so a programmatic run and `npm run load` agree.
  const t = loadOptionTable;
  const o: LoadOptions = Object.freeze({
    bots: t.bots.default,
    arenas: t.arenas.default,
    seconds: t.seconds.default,
    rampMs: t.ramp.default,
    warmupMs: t.warmup.default,
    rateHz: t.rateHz.default,
    fireIntervalMs: t.fireInterval.default,
    chatIntervalMs: t.chatInterval.default,
    encryption: t.encryption.default,
    password: t.password.default,
    arenaPrefix: t.arenaPrefix.default,
    namePrefix: `lg${Math.floor(Math.random() * 0xfffff).toString(36)}`,
    pollIntervalMs: t.pollInterval.default,
    sourceAddresses: t.sourceAddresses.default,
    ...input,
  });
  const bad = (why: string) => new LoadgenError(why, LoadgenErrorCode.BadOption);
  if (o.rampMs + o.warmupMs >= o.seconds * 1000) {
    throw bad(`--seconds (${o.seconds}) must be longer than ramp + warmup (${(o.rampMs + o.warmupMs) / 1000} s)`);
  }
  if (Math.ceil(o.bots / o.arenas) > MAX_BOTS_PER_ARENA) {
    throw bad(`at most ${MAX_BOTS_PER_ARENA} bots per arena (0x28 carries 8 bits of the pid); add arenas`);
  }
  if (`${o.namePrefix}-${o.bots - 1}`.length > 19)
    throw bad("bot names would pass 19 characters: shorten --name-prefix");
  if (o.sourceAddresses > 1 && !/^127\./.test(o.host))
    throw bad("--source-addresses spreads bots over 127.0.0.x: it needs a server on a loopback address");
  if (!(o.sourceAddresses >= 1 && o.sourceAddresses <= MAX_SOURCE_ADDRESSES))
    throw bad(`--source-addresses must be 1 to ${MAX_SOURCE_ADDRESSES}`);
  if (o.password.length > MAX_PASSWORD_LENGTH) throw bad(`--password is longer than ${MAX_PASSWORD_LENGTH} characters`);
  return o;
}

/** The command line's config → LoadOptions. */
export function fromConfig(config: LoadConfig): LoadOptions {
  const { host, port } = parseServer(config.server);
  return loadOptions({
    host,
    port,
    bots: config.bots,
    arenas: config.arenas,
    seconds: config.seconds,
    rampMs: config.ramp,
    warmupMs: config.warmup,
    rateHz: config.rateHz,
    fireIntervalMs: config.fireInterval,
    chatIntervalMs: config.chatInterval,
    encryption: config.encryption,
    password: config.password,
    arenaPrefix: config.arenaPrefix,
    ...(config.namePrefix === undefined ? {} : { namePrefix: config.namePrefix }),
    pollIntervalMs: config.pollInterval,
    sourceAddresses: config.sourceAddresses,
  });
}
