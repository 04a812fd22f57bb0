import { scrypt } from "node:crypto";

/** Password hashes run at once (libuv's thread pool has 4 threads; the rest is left to file and DNS work). */
export const DEFAULT_HASH_CONCURRENCY = 2;
/**
 * Hashes waiting for a slot. At ~40 ms a hash and two at a time, a full queue is answered in
 * about a second; past it a login is told "server busy" (S2C 0x0A code 0x0E) at once.
 */
export const DEFAULT_HASH_QUEUE = 64;

/** The pool's queue is full: the caller answers "server busy". */
export class HashPoolBusyError extends Error {
  override readonly name = "HashPoolBusyError";
  readonly code = "MASTER_HASH_BUSY";
}

export interface HashPoolOptions {
  readonly concurrency?: number;
  readonly maxQueue?: number;
}

/**
 * scrypt off the event loop (node's thread pool), at most `concurrency` at once and at most
 * `maxQueue` waiting, so a flood of logins can neither stall the master nor grow its memory.
 */
export class HashPool {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly concurrency: number;
  private readonly maxQueue: number;

  constructor(opts: HashPoolOptions = {}) {
    this.concurrency = Math.max(1, opts.concurrency ?? DEFAULT_HASH_CONCURRENCY);
    this.maxQueue = Math.max(0, opts.maxQueue ?? DEFAULT_HASH_QUEUE);
  }

  /** Hashes waiting for a slot now. */
  get queued(): number {
    return this.waiting.length;
  }

  /** scrypt(password, salt, keyLength); rejects with {@link HashPoolBusyError} when the queue is full. */
  async hash(password: string, salt: Uint8Array, keyLength: number): Promise<Buffer> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxQueue) throw new HashPoolBusyError("password hash queue full");
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else this.running++;
    try {
      return await new Promise<Buffer>((resolve, reject) =>
        scrypt(password, salt, keyLength, (err, key) => (err ? reject(err) : resolve(key))),
      );
    } finally {
      // The slot passes straight to the next waiter, so `running` counts it throughout.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
