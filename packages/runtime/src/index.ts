export {
  DELIVERY_HEADROOM_BYTES,
  DeliveryPriority,
  deliveryBound,
  encodeDeliveries,
  filePieceBytes,
  MAX_FILE_PIECE_BYTES,
  MIN_FILE_PIECE_BYTES,
} from "./delivery-split.js";
export {
  DOWNLOAD_LOG_INTERVAL_MS,
  type DownloadLimits,
  type DownloadMetrics,
  DownloadResult,
  DownloadThrottle,
} from "./download-throttle.js";
export {
  type ConnectionConfig,
  connectDistributed,
  type Infrastructure,
  RECONNECT_GRACE_MS,
} from "./infrastructure.js";
export {
  type LeaderRole,
  type LeadershipDeps,
  LeadershipError,
  LeadershipErrorCode,
  LeaseLeadership,
  LeaseState,
  MASTER_LEASE_KEY,
  MasterLeadership,
  MIN_LEASE_TTL_MS,
} from "./leadership.js";
export { type MainContext, runMain } from "./main.js";
export { type NatsSecurity, type NatsSecurityConfig, natsSecurityFrom, redactNatsUrl } from "./nats-security.js";
export { type CommonConfig, commonOptions } from "./options.js";
export { serverTicks, ticksAfter } from "./ticks.js";
export { LiveZone, openZone, zoneOption } from "./zone-content.js";
export {
  isUnpublished,
  MAX_PUBLISHED_FILE,
  MAX_PUBLISHED_FILES,
  publishZoneFiles,
  readPublishedZone,
  UNPUBLISHED_NAME,
} from "./zone-files.js";
