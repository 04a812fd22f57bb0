export {
  BillerConfigError,
  type BillerFlag,
  type BillerProtocol,
  type BillerSetup,
  billerModuleOf,
  billerSetupOf,
  DEFAULT_BILLER_PORT,
  parseBillerFlag,
} from "./biller-config.js";
export {
  type BillerLink,
  type BillerLinkConfig,
  type BillerLinkEvents,
  type BillerLoginRequest,
  type BillerLoginResult,
  type BillerNotice,
  type BillerScore,
  BillerUnavailableError,
} from "./biller-link.js";
export { BillerBridge, type BillerBridgeDeps, linkFor, loginReply, noticeMessage } from "./bridge-service.js";
export { enqueueLeave, LeaveQueue, leaveKey, MAX_QUEUED_LEAVES } from "./leave-queue.js";
export { billerOptions, bridgeOptions } from "./options.js";
