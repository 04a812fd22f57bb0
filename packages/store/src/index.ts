export {
  KvBucketConfigError,
  KvClosedError,
  KvCorruptError,
  KvError,
  KvExistsError,
  KvKeyError,
  KvRevisionError,
} from "./errors.js";
export { FileStore, type FileStoreOptions } from "./file-store.js";
export { JetStreamStore } from "./jetstream-store.js";
export {
  type BucketOptions,
  type KvBucket,
  type KvEntry,
  type KvWatch,
  type KvWatchEvent,
  type Store,
  validateKey,
} from "./store.js";
