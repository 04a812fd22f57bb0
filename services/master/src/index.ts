export { type Authenticator, LocalAuthenticator, LoginCode, hashPassword } from "./auth.js";
export { type MasterConfig, type MasterDeps, MasterService } from "./master-service.js";
export { masterOptions } from "./options.js";
