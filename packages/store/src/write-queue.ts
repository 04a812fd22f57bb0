import { KvClosedError } from "./errors.js";

/** Where batches go: the log file, or in tests a log that fails on demand. */
export interface AppendLog {
  append(batch: Buffer): Promise<void>;
}

interface Waiter {
  resolve(): void;
  reject(err: Error): void;
}

/**
 * Group commit for the embedded store: records queued while a batch is being written and
 * synced go out together in the next batch, so a burst of writes costs one fdatasync, and the
 * event loop never waits on the disk. Batches are written strictly in queue order. After a
 * failed write or compaction the queue refuses everything: memory and file may then disagree,
 * and only a reopen (which replays the file) makes them agree again.
 */
export class WriteQueue {
  private pending: Buffer[] = [];
  private waiters: Waiter[] = [];
  private running: Promise<void> | undefined;
  private failure: unknown;

  /** @param afterBatch runs between batches (compaction); nothing is appended while it runs. */
  constructor(
    private readonly log: AppendLog,
    private readonly afterBatch: () => Promise<void>,
  ) {}

  /** The error that stopped the queue, if one did. */
  get failed(): unknown {
    return this.failure;
  }

  /** Queues one encoded record; resolves once its batch is in the file (and synced). */
  enqueue(record: Buffer): Promise<void> {
    if (this.failure !== undefined) return Promise.reject(new KvClosedError({ cause: this.failure }));
    this.pending.push(record);
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
    this.running ??= this.run();
    return done;
  }

  /** Resolves when everything queued so far is written (or has failed). */
  async drain(): Promise<void> {
    while (this.running) await this.running;
  }

  private async run(): Promise<void> {
    // Writes made in the rest of this turn of the event loop join the first batch.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.pending.length > 0) {
      const batch = this.pending;
      const waiters = this.waiters;
      this.pending = [];
      this.waiters = [];
      try {
        await this.log.append(batch.length === 1 ? batch[0]! : Buffer.concat(batch));
      } catch (err) {
        this.fail(err, waiters);
        return;
      }
      for (const w of waiters) w.resolve();
      try {
        await this.afterBatch();
      } catch (err) {
        this.fail(err, []);
        return;
      }
    }
    this.running = undefined;
  }

  private fail(err: unknown, waiters: Waiter[]): void {
    this.failure = err;
    const closed = new KvClosedError({ cause: err });
    for (const w of [...waiters, ...this.waiters]) w.reject(closed);
    this.pending = [];
    this.waiters = [];
    this.running = undefined;
  }
}
