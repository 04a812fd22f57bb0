import { hostname } from "node:os";
import {
  DEFAULT_FLOOD_CLOSE_SECONDS,
  DEFAULT_LOGIN_DEADLINE_MS,
  DEFAULT_MAX_PENDING_PER_ADDRESS,
  DEFAULT_SERVER_DATAGRAM_BURST,
  DEFAULT_SERVER_DATAGRAM_RATE,
  DEFAULT_SERVER_MAX_UPLOAD,
  DEFAULT_SHARED_REASSEMBLY_BYTES,
} from "@zonebus/protocol";
import { DEFAULT_LOGIN_BURST, DEFAULT_LOGIN_RATE } from "./login-limit.js";
import { DEFAULT_PING_BURST, DEFAULT_PING_RATE } from "./ping.js";

/** Options of a gateway. */
export const gatewayOptions = {
  gatewayId: {
    flag: "gateway-id",
    env: "GATEWAY_ID",
    type: "string",
    pattern: /^[A-Za-z0-9_-]{1,64}$/,
    default: `gw-${hostname().replace(/[^A-Za-z0-9_-]/g, "-")}-${process.pid}`,
    description: "this gateway's id, unique in the zone",
  },
  host: {
    flag: "host",
    env: "GAME_HOST",
    type: "string",
    default: "0.0.0.0",
    description: "address to listen on for game clients",
  },
  port: {
    flag: "port",
    env: "GAME_PORT",
    type: "port",
    default: 5000,
    description: "UDP game port; the ping port is this + 1",
  },
  pingMode: {
    flag: "ping-population",
    env: "PING_POPULATION",
    type: "enum",
    values: ["total", "playing", "alternate"],
    default: "total",
    description: "population a 4-byte ping reports (Net:SimplePingPopulationMode)",
  },
  pingRate: {
    flag: "ping-rate",
    env: "PING_RATE",
    type: "int",
    min: 1,
    default: DEFAULT_PING_RATE,
    description:
      "ping replies per second per source address (more are dropped, counted as rate_limited); ASSS has no limit",
  },
  pingBurst: {
    flag: "ping-burst",
    env: "PING_BURST",
    type: "int",
    min: 1,
    default: DEFAULT_PING_BURST,
    description: "ping replies one source address may get at once after a quiet spell",
  },
  loginRate: {
    flag: "login-rate",
    env: "LOGIN_RATE",
    type: "int",
    min: 1,
    default: DEFAULT_LOGIN_RATE,
    description:
      "logins per second per source address passed to the master; more get 'server busy' (at most once a second) and are counted as login_rate_limited",
  },
  loginBurst: {
    flag: "login-burst",
    env: "LOGIN_BURST",
    type: "int",
    min: 1,
    default: DEFAULT_LOGIN_BURST,
    description: "logins one source address may start at once after a quiet spell (a LAN party behind one NAT)",
  },
  allowUnencryptedContinuum: {
    flag: "allow-unencrypted-continuum",
    env: "ALLOW_UNENCRYPTED_CONTINUUM",
    type: "boolean",
    default: true,
    description: "serve Continuum clients with the null scheme (no Continuum encryption module)",
  },
  maxConnections: {
    flag: "max-connections",
    env: "MAX_CONNECTIONS",
    type: "int",
    min: 1,
    max: 65_535,
    default: 1024,
    description: "client connections this gateway accepts at once",
  },
  requestTimeoutMs: {
    flag: "request-timeout",
    env: "REQUEST_TIMEOUT",
    type: "duration",
    default: 5_000,
    description: "how long to wait for the master's login and enter answers",
  },
  clientTimeoutMs: {
    flag: "client-timeout",
    env: "CLIENT_TIMEOUT",
    type: "duration",
    default: 30_000,
    description: "drop a client silent this long (ASSS: 30 s)",
  },
  // Redirects and drain.
  gatewayGroup: {
    flag: "gateway-group",
    env: "GATEWAY_GROUP",
    type: "string",
    pattern: /^[A-Za-z0-9_-]{1,64}$/,
    default: "default",
    description: "group this gateway belongs to; the master's --arena-home pins arenas to a group",
  },
  publicAddress: {
    flag: "public-address",
    env: "PUBLIC_ADDRESS",
    type: "string",
    pattern: /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}:\d{1,5}$/,
    description:
      "IPv4 ip:port clients are redirected to for this gateway (default: the listen host and port; a wildcard host becomes the machine's first IPv4)",
  },
  keepaliveMs: {
    flag: "keepalive",
    env: "KEEPALIVE",
    type: "duration",
    default: 5_000,
    description: "send S2C 0x27 to every player in an arena this often, as ASSS does (0 = never)",
  },
  sendDelayMs: {
    flag: "send-delay",
    env: "SEND_DELAY",
    type: "duration",
    default: 0,
    description:
      "how long game data for a client waits to be packed with more before it is sent; 0 = at the end of the event-loop turn (lowest latency), a few ms = fewer datagrams and less CPU per player",
  },
  bandwidthInitial: {
    flag: "bandwidth-initial",
    env: "BANDWIDTH_INITIAL",
    type: "int",
    min: 2_500,
    default: 5_000,
    description: "each client's starting send limit in bytes/s (ASSS Net:LimitInitial)",
  },
  bandwidthMax: {
    flag: "bandwidth-max",
    env: "BANDWIDTH_MAX",
    type: "int",
    min: 2_500,
    default: 102_400,
    description: "the most a client's send limit grows to, bytes/s (ASSS Net:LimitMaximum)",
  },
  bandwidthGrowth: {
    flag: "bandwidth-growth",
    env: "BANDWIDTH_GROWTH",
    type: "int",
    min: 0,
    max: 100,
    default: 25,
    description:
      "percent a client's send limit grows per 250 ms while it keeps up and data waits; 0 = ASSS's bw_default exactly",
  },
  // Transport limits: what one client (or all of them) can make the gateway hold or process.
  maxUploadBytes: {
    flag: "max-upload",
    env: "MAX_UPLOAD",
    type: "int",
    min: 512,
    max: 16 * 1024 * 1024,
    default: DEFAULT_SERVER_MAX_UPLOAD,
    description:
      "largest 00 0A stream a client may upload, bytes; a bigger one is refused at its first chunk (ASSS keeps no upload in memory; 65536 = CFG_MAX_BIG_PACKET)",
  },
  reassemblyBudgetBytes: {
    flag: "reassembly-budget",
    env: "REASSEMBLY_BUDGET",
    type: "int",
    min: 65_536,
    default: DEFAULT_SHARED_REASSEMBLY_BYTES,
    description:
      "bytes all clients' partial 00 08/09 and 00 0A transfers may hold together; a client whose data does not fit is disconnected (each client also has max-upload + 65536 of its own)",
  },
  loginDeadlineMs: {
    flag: "login-deadline",
    env: "LOGIN_DEADLINE",
    type: "duration",
    default: DEFAULT_LOGIN_DEADLINE_MS,
    description: "close a client connection that has not logged in this long after connecting (0 = never)",
  },
  maxPendingPerAddress: {
    flag: "max-pending-per-address",
    env: "MAX_PENDING_PER_ADDRESS",
    type: "int",
    min: 0,
    default: DEFAULT_MAX_PENDING_PER_ADDRESS,
    description:
      "connections not yet logged in one IP address may hold; a newer one evicts its oldest (0 = no cap). A full table evicts the oldest connection not logged in anywhere",
  },
  datagramRate: {
    flag: "datagram-rate",
    env: "DATAGRAM_RATE",
    type: "int",
    min: 0,
    default: DEFAULT_SERVER_DATAGRAM_RATE,
    description:
      "datagrams per second a client may send on average (a real client sends well under 100); more are dropped unread (0 = no limit)",
  },
  datagramBurst: {
    flag: "datagram-burst",
    env: "DATAGRAM_BURST",
    type: "int",
    min: 1,
    default: DEFAULT_SERVER_DATAGRAM_BURST,
    description: "datagrams a client may send at once above --datagram-rate",
  },
  floodCloseSeconds: {
    flag: "flood-close",
    env: "FLOOD_CLOSE",
    type: "int",
    min: 0,
    max: 3_600,
    default: DEFAULT_FLOOD_CLOSE_SECONDS,
    description:
      "disconnect a client that sends over twice --datagram-rate for this many seconds in a row (0 = only drop)",
  },
  drainGraceMs: {
    flag: "drain-grace",
    env: "DRAIN_GRACE",
    type: "duration",
    default: 10_000,
    description:
      "on SIGTERM, how long to wait for clients redirected to other gateways to leave before disconnecting the rest",
  },
} as const;
