/**
 * The bot client: a scriptable SubSpace 1.34 / VIE client over real UDP for end-to-end tests and
 * load generation.
 */

export { BotClient, MAP_CENTRE_PIXELS } from "./bot.js";
export type { ArenaEntry } from "./entry.js";
export { BotError, BotErrorCode } from "./errors.js";
export { DEFAULT_MAX_WAITERS, type ReceiveInfo, type S2CHandler, type S2CPacketOf } from "./events.js";
export { type CircleOptions, circlePath, type FlightPath, MAX_FLY_RATE_HZ, stationaryPath } from "./flight.js";
export { endToEndTicks, type PositionSample, positionSample, relayAgeTicks } from "./latency.js";
export {
  type BotEncryption,
  type BotLink,
  type BotLinkOpener,
  connectionLink,
  type UdpLinkOptions,
  udpLinkOpener,
} from "./link.js";
export {
  announcedMap,
  DEFAULT_MAX_MAP_BYTES,
  type DownloadedMap,
  levelTiles,
  type MapAnnouncement,
  verifyMap,
} from "./map.js";
export {
  type BotConnectOptions,
  type BotOptions,
  type BotStats,
  DEFAULT_BOT_TIMEOUT_MS,
  isLoginAccepted,
} from "./options.js";
export {
  type ArenaRequest,
  arenaLoginPacket,
  DEFAULT_SCREEN,
  MAX_NAME_LENGTH,
  MAX_PASSWORD_LENGTH,
  type PositionInput,
  positionPacket,
  VIE_CLIENT_VERSION,
} from "./packets.js";
export { DEFAULT_MAX_KNOWN_PLAYERS } from "./roster.js";
