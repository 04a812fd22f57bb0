export {
  type Bus,
  type BusHeaders,
  type BusMessage,
  type BusStatus,
  type BusSubscription,
  DEFAULT_REQUEST_TIMEOUT_MS,
  type PublishOptions,
  type RequestOptions,
  type SubscribeOptions,
} from "./bus.js";
export { BusClosedError, BusError, BusNoRespondersError, BusSubjectError, BusTimeoutError } from "./errors.js";
export { LocalBus, type LocalBusOptions } from "./local-bus.js";
export { connectNatsBus, NatsBus, type NatsBusOptions } from "./nats-bus.js";
export { subjectMatches, subjectToken, tokenToName, validateSubject } from "./subject.js";
