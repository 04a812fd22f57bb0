export {
  KvBucketConfigError,
  KvClosedError,
  KvCorruptError,
  KvError,
  KvErrorCode,
  KvExistsError,
  KvKeyError,
  KvLockedError,
  KvRevisionError,
  KvServerError,
  KvValueTooLargeError,
} from "./errors.js";
export { FileStore, type FileStoreOptions, MAX_VALUE_BYTES } from "./file-store.js";
export { DEFAULT_JS_TIMEOUT_MS, JetStreamStore, type JetStreamStoreOptions, MAX_REPLICAS } from "./jetstream-store.js";
export { MAX_KEY_LENGTH, MIN_TTL_MS, validateKey, validatePattern } from "./keys.js";
export { CorruptionPolicy, type Recovery } from "./log-file.js";
export type { BucketOptions, KvBucket, KvEntry, KvWatch, KvWatchEvent, Store } from "./store.js";
export { isTransient, retryTransient, TRANSIENT_RETRY_DELAYS_MS } from "./transient.js";
