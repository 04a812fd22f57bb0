/** Base class of every store error; `code` is stable across releases. */
export class KvError extends Error {
  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** create() found a live entry. */
export class KvExistsError extends KvError {
  constructor(bucket: string, key: string, options?: { cause?: unknown }) {
    super(`${bucket}/${key} already exists`, "KV_EXISTS", options);
  }
}

/** A compare-and-set saw another revision. */
export class KvRevisionError extends KvError {
  constructor(bucket: string, key: string, expected: number, options?: { cause?: unknown }) {
    super(`${bucket}/${key} is not at revision ${expected}`, "KV_REVISION", options);
  }
}

/** A key outside the JetStream KV alphabet. */
export class KvKeyError extends KvError {
  constructor(key: string) {
    super(`bad key "${key}": keys use [-/_=.a-zA-Z0-9] and neither start nor end with "."`, "KV_BAD_KEY");
  }
}

export class KvClosedError extends KvError {
  constructor() {
    super("the store is closed", "KV_CLOSED");
  }
}

/** A bucket reopened with other settings, or a bad bucket name. */
export class KvBucketConfigError extends KvError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "KV_BUCKET_CONFIG", options);
  }
}

/** A store file that cannot be read. */
export class KvCorruptError extends KvError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "KV_CORRUPT", options);
  }
}
