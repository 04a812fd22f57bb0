export {
  BillerConfigError,
  type BillerFlag,
  type BillerLinkConfig,
  type BillerProtocol,
  type BillerSetup,
  billerModuleOf,
  billerSetupOf,
  DEFAULT_BILLER_PORT,
  parseBillerFlag,
} from "./biller-config.js";
export { enqueueLeave, LeaveQueue, type LeaveQueueHooks, leaveKey, MAX_QUEUED_LEAVES } from "./leave-queue.js";
export { billerOptions } from "./options.js";
