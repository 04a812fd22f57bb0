export { type Authenticator, hashPassword, LocalAuthenticator, LoginCode } from "./auth.js";
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
export { type MasterConfig, type MasterDeps, MasterService } from "./master-service.js";
export { leadershipOptions, masterOptions } from "./options.js";
export { loadPasswordFile, PasswordFileError } from "./password-file.js";
export { ROSTER_GRACE_MS } from "./roster-check.js";
export { followZoneRedirects, localAuthenticatorFrom, type ReloadingZone } from "./zone-setup.js";
