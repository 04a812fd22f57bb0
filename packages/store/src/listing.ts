import { TimeoutError } from "@nats-io/transport-node";

/** An async iterator that can be ended from outside, as nats.js's QueuedIterator can. */
export interface StoppableIterable<T> extends AsyncIterable<T> {
  stop(err?: Error): void;
}

/**
 * Collects an iterator's items, failing with a TimeoutError (which the store retries) when no
 * item and no end arrive for `idleMs`. nats-server 2.9 can leave a key listing waiting forever
 * while entries of the bucket expire or are replaced under it (nats-io/nats-server#3481); a
 * listing that hung would wedge every caller queued behind it, such as an arena's placement.
 */
export async function collectWithIdleTimeout<T>(iter: StoppableIterable<T>, idleMs: number): Promise<T[]> {
  const out: T[] = [];
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => iter.stop(new TimeoutError()), idleMs);
  };
  arm();
  try {
    for await (const item of iter) {
      out.push(item);
      arm();
    }
  } finally {
    clearTimeout(timer);
  }
  return out;
}
