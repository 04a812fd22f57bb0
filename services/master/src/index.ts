export {
  type LeaderRole,
  type LeadershipDeps,
  LeadershipError,
  LeadershipErrorCode,
  LeaseState,
  MASTER_LEASE_KEY,
  MasterLeadership,
  MIN_LEASE_TTL_MS,
} from "@zonebus/runtime";
export {
  ArenaRefusal,
  DEFAULT_ARENA_CREATION_WINDOW_MS,
  DEFAULT_ARENA_CREATIONS,
  DEFAULT_MAX_ARENAS,
} from "./arena-limits.js";
export { type Authenticator, type AuthResult, hashPassword, LocalAuthenticator, LoginCode } from "./auth.js";
export { BILLER_AWAY_TEXT, BillerAuthenticator, BillerFallback } from "./biller-auth.js";
export { BILLER_BACK_TEXT, BILLER_LOST_TEXT } from "./biller-port.js";
export { DEFAULT_HASH_CONCURRENCY, DEFAULT_HASH_QUEUE, HashPool, HashPoolBusyError } from "./hash-pool.js";
export { BACKOFF_BASE_MS, BACKOFF_MAX_MS, FREE_FAILURES, MAX_BACKOFF_KEYS } from "./login-backoff.js";
export { type MasterConfig, type MasterDeps, MasterService } from "./master-service.js";
export { leadershipOptions, masterOptions } from "./options.js";
export { loadPasswordFile, PasswordFileError } from "./password-file.js";
export { ROSTER_GRACE_MS } from "./roster-check.js";
export {
  followZoneRedirects,
  followZoneStaff,
  localAuthenticatorFrom,
  type MasterBiller,
  masterBillerFor,
  masterForZone,
  type ReloadingZone,
} from "./zone-setup.js";
