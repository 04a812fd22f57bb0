/** Stable codes of every store error. */
export const KvErrorCode = {
  Exists: "KV_EXISTS",
  Revision: "KV_REVISION",
  BadKey: "KV_BAD_KEY",
  Closed: "KV_CLOSED",
  BucketConfig: "KV_BUCKET_CONFIG",
  Corrupt: "KV_CORRUPT",
  TooLarge: "KV_TOO_LARGE",
  Server: "KV_SERVER",
  Locked: "KV_LOCKED",
} as const;
export type KvErrorCode = (typeof KvErrorCode)[keyof typeof KvErrorCode];

/** Base class of every store error; `code` is stable across releases. */
export class KvError extends Error {
  constructor(
    message: string,
    readonly code: KvErrorCode,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** create() found a live entry. */
export class KvExistsError extends KvError {
  constructor(bucket: string, key: string, options?: { cause?: unknown }) {
    super(`${bucket}/${key} already exists`, KvErrorCode.Exists, options);
  }
}

/** A compare-and-set (update, conditional delete) saw another revision. */
export class KvRevisionError extends KvError {
  constructor(bucket: string, key: string, expected: number, options?: { cause?: unknown }) {
    super(`${bucket}/${key} is not at revision ${expected}`, KvErrorCode.Revision, options);
  }
}

/** A key or pattern outside the JetStream KV alphabet. */
export class KvKeyError extends KvError {
  constructor(key: string) {
    const shown = key.length > 80 ? `${key.slice(0, 80)}…` : key;
    super(
      `bad key "${shown}": keys use [-/_=.a-zA-Z0-9], have no empty token between dots and are at most 1024 long`,
      KvErrorCode.BadKey,
    );
  }
}

/** The store was closed, or failed a write and stopped taking new ones (the cause says why). */
export class KvClosedError extends KvError {
  constructor(options?: { cause?: unknown }) {
    super(
      options?.cause === undefined
        ? "the store is closed"
        : `the store stopped after a failed write: ${String(options.cause)}`,
      KvErrorCode.Closed,
      options,
    );
  }
}

/** A bucket reopened with another TTL, a bad TTL, or a bad bucket name. */
export class KvBucketConfigError extends KvError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, KvErrorCode.BucketConfig, options);
  }
}

/** A store file that cannot be read, or is damaged before its end; the message names the file and offset. */
export class KvCorruptError extends KvError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, KvErrorCode.Corrupt, options);
  }
}

/** A value over the store's size limit (the NATS server's max_payload, or FileStore's maxValueBytes). */
export class KvValueTooLargeError extends KvError {
  constructor(bucket: string, key: string, bytes: number, limit: number) {
    super(`${bucket}/${key}: value of ${bytes} bytes is over the limit of ${limit}`, KvErrorCode.TooLarge);
  }
}

/** The NATS server lacks JetStream or is older than 2.9. */
export class KvServerError extends KvError {
  constructor(message: string) {
    super(message, KvErrorCode.Server);
  }
}

/** Another live FileStore holds the directory. */
export class KvLockedError extends KvError {
  constructor(lockPath: string, pid: number | undefined) {
    super(
      `${lockPath} is held by ${pid === undefined ? "another store" : `process ${pid}`}; ` +
        "one store per directory (remove the lock file only if no store is running there)",
      KvErrorCode.Locked,
    );
  }
}
