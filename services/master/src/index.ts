export {
  ArenaRefusal,
  DEFAULT_ARENA_CREATION_WINDOW_MS,
  DEFAULT_ARENA_CREATIONS,
  DEFAULT_MAX_ARENAS,
} from "./arena-limits.js";
export { type Authenticator, type AuthResult, hashPassword, LocalAuthenticator, LoginCode } from "./auth.js";
export { DEFAULT_HASH_CONCURRENCY, DEFAULT_HASH_QUEUE, HashPool, HashPoolBusyError } from "./hash-pool.js";
export {
  type LeaderRole,
  type LeadershipDeps,
  LeadershipError,
  LeadershipErrorCode,
  LeaseState,
  MASTER_LEASE_KEY,
  MasterLeadership,
  MIN_LEASE_TTL_MS,
} from "./leadership.js";
export { BACKOFF_BASE_MS, BACKOFF_MAX_MS, FREE_FAILURES, MAX_BACKOFF_KEYS } from "./login-backoff.js";
export { type MasterConfig, type MasterDeps, MasterService } from "./master-service.js";
export { leadershipOptions, masterOptions } from "./options.js";
export { loadPasswordFile, PasswordFileError } from "./password-file.js";
export { ROSTER_GRACE_MS } from "./roster-check.js";
export {
  followZoneRedirects,
  followZoneStaff,
  localAuthenticatorFrom,
  masterForZone,
  type ReloadingZone,
} from "./zone-setup.js";
