export { helpText, parseConfig } from "./config.js";
export {
  type ConfigOf,
  type OptionDef,
  type OptionSpec,
  OptionType,
  type ParseResult,
  type Schema,
} from "./config-schema.js";
export { formatDuration } from "./config-values.js";
export {
  ConfigError,
  type ConfigErrorCode,
  KitError,
  KitErrorCode,
  OpsServerError,
  type OpsServerErrorCode,
} from "./errors.js";
export { formatFatal } from "./fatal.js";
export { DEFAULT_GRACE_MS, type RunOptions, runServices, type Service, type SignalSource } from "./lifecycle.js";
export { createRootLogger, type Logger, type LogLevel, type RootLoggerOptions } from "./logger.js";
export { createMetricsRegistry, type MetricsRegistryOptions } from "./metrics.js";
export {
  DEFAULT_READINESS_TIMEOUT_MS,
  OPS_MAX_CONNECTIONS,
  type OpsServer,
  type OpsServerOptions,
  type ReadinessCheck,
  startOpsServer,
} from "./ops-server.js";
export {
  DEFAULT_RATE_LIMIT_KEYS,
  type KeyedLimitedLog,
  type LimitedLevel,
  RateLimitedLog,
  type RateLimitedLogOptions,
  rateLimitedLog,
} from "./rate-limited-log.js";
