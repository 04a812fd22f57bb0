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
export { bridgeOptions } from "./options.js";
