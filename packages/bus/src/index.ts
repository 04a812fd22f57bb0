export {
  type Bus,
  type BusHeaders,
  type BusMessage,
  BusStatus,
  type BusSubscription,
  DEFAULT_MAX_PAYLOAD,
  DEFAULT_REQUEST_TIMEOUT_MS,
  type HandlerErrorHook,
  isBusUp,
  messageSize,
  type PublishErrorListener,
  type PublishOptions,
  type RequestOptions,
  type SubscribeOptions,
} from "./bus.js";
export { DEFAULT_MAX_QUEUED } from "./delivery-queue.js";
export {
  BusClosedError,
  BusError,
  BusErrorCode,
  BusNoRespondersError,
  BusPayloadError,
  BusPublishError,
  BusSubjectError,
  BusTimeoutError,
} from "./errors.js";
export { LocalBus, type LocalBusOptions, type LocalBusStats } from "./local-bus.js";
export {
  type ConnectNatsBusOptions,
  connectNatsBus,
  DEFAULT_CLOSE_TIMEOUT_MS,
  NatsBus,
  type NatsBusOptions,
} from "./nats-bus.js";
export {
  hasWildcard,
  MAX_SUBJECT_LENGTH,
  subjectMatches,
  subjectProblem,
  validateQueueName,
  validateSubject,
} from "./subject-syntax.js";
export {
  anyArenaSubject,
  arenaOfSubject,
  arenaSubject,
  arenaToken,
  gatewaySubject,
  playerSubject,
  playerToken,
  SUBJECT_ROOT,
  subjectToken,
  tokenToName,
  zonePrefix,
  zoneSubject,
} from "./subjects.js";
export { MATCH_CACHE_LIMIT } from "./subscription-index.js";
