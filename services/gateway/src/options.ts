import { hostname } from "node:os";

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
} as const;
