export { type ConfigOf, type OptionDef, type OptionSpec, type ParseResult, type Schema, helpText, parseConfig } from "./config.js";
export { ConfigError, type ConfigErrorCode, KitError, OpsServerError, formatFatal } from "./errors.js";
export { type RunOptions, type Service, runServices } from "./lifecycle.js";
export { type Logger, RateLimitedLog, type RootLoggerOptions, createRootLogger } from "./logger.js";
export { type OpsServer, type OpsServerOptions, type ReadinessCheck, createMetricsRegistry, startOpsServer } from "./ops-server.js";
