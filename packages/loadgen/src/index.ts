/**
 * The load generator: bots over real UDP against any SubSpace server with VIE encryption, with
 * per-second and per-run numbers (logins, traffic, position latency sender→receiver, disconnects,
 * the generator's own CPU).
 */

export { chartSvg, niceStep, type Panel, type Series } from "./chart.js";
export { Counters } from "./counters.js";
export { LoadgenError, LoadgenErrorCode } from "./errors.js";
export { EMPTY_SUMMARY, LatencyHistogram, type LatencySummary } from "./histogram.js";
export { LoadBot, LoadBotState, sourceAddress } from "./load-bot.js";
export { LoadGenerator, type LoadHooks } from "./load-generator.js";
export {
  fromConfig,
  type LoadConfig,
  type LoadOptions,
  loadOptions,
  loadOptionTable,
  MAX_BOTS_PER_ARENA,
  MAX_SOURCE_ADDRESSES,
  parseServer,
  SPREAD_SOURCE_ADDRESSES,
} from "./options.js";
export { type ProcUsage, parseStatCpuSeconds, parseStatusKb, procUsage, USER_HZ } from "./proc-usage.js";
export {
  type Align,
  compact,
  formatSecond,
  formatSummary,
  type LoadSummary,
  markdownTable,
  ms,
  type SecondReport,
  secondReport,
  summarize,
} from "./report.js";
export { DEFAULT_KEEP_MS, DEFAULT_MAX_ENTRIES, type MatchResult, SendLog } from "./send-log.js";
