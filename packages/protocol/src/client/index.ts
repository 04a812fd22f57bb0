/**
 * The bot client: a scriptable SubSpace 1.34 / VIE client over real UDP for end-to-end tests and
 * load generation.
 */

export {
  type ArenaEntry,
  BotClient,
  type BotConnectOptions,
  type BotOptions,
  type BotStats,
  DEFAULT_BOT_TIMEOUT_MS,
  isLoginAccepted,
  MAP_CENTRE_PIXELS,
} from "./bot.js";
export { BotError, BotErrorCode } from "./errors.js";
export { DEFAULT_MAX_WAITERS, type ReceiveInfo, type S2CHandler, type S2CPacketOf } from "./events.js";
export { type CircleOptions, circlePath, type FlightPath, MAX_FLY_RATE_HZ, stationaryPath } from "./flight.js";
export { type PositionSample, relayAgeTicks } from "./latency.js";
export { type BotEncryption, type BotLink, type BotLinkOpener, type UdpLinkOptions, udpLinkOpener } from "./link.js";
export {
  announcedMap,
  DEFAULT_MAX_MAP_BYTES,
  type DownloadedMap,
  levelTiles,
  type MapAnnouncement,
  verifyMap,
} from "./map.js";
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
