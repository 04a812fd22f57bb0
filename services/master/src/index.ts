export { type Authenticator, hashPassword, LocalAuthenticator, LoginCode } from "./auth.js";
export { type MasterConfig, type MasterDeps, MasterService } from "./master-service.js";
export { masterOptions } from "./options.js";
export { loadPasswordFile, PasswordFileError } from "./password-file.js";
