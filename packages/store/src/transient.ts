import { JetStreamApiError } from "@nats-io/jetstream";
import { RequestError, TimeoutError } from "@nats-io/transport-node";

/**
 * True for a failure that says nothing about the write itself, only that no server answered in
 * time: a timeout, no responders (a stream re-electing its leader after a node loss) or
 * JetStream's 503. The client signals no responders on a JetStream publish as
 * `JetStreamNotEnabled`, so that name counts too.
 */
export function isTransient(err: unknown): boolean {
  if (err instanceof TimeoutError) return true;
  if (err instanceof RequestError) return err.isNoResponders() || err.cause instanceof TimeoutError;
  if (err instanceof JetStreamApiError) return err.status === 503;
  return err instanceof Error && (err.name === "JetStreamNotEnabled" || err.name === "TimeoutError");
}

/**
 * True for a failure that proves the write was not applied: no server took the message (no
 * responders, as while a stream elects a leader) or JetStream refused it as unavailable (503).
 * A compare-and-set can be sent again after these; after a timeout it cannot, as the first
 * attempt may have landed.
 */
export function isNotApplied(err: unknown): boolean {
  if (err instanceof RequestError) return err.isNoResponders();
  if (err instanceof JetStreamApiError) return err.status === 503;
  return err instanceof Error && err.name === "JetStreamNotEnabled";
}

/** Pauses between attempts of an idempotent operation; its length is the number of retries. */
export const TRANSIENT_RETRY_DELAYS_MS: readonly number[] = [100, 250, 500, 1_000, 2_000, 3_000, 3_000];

/**
 * Runs an operation again after a failure `retryable` accepts (by default any transient one,
 * right for idempotent calls: a get, an unconditional put), so a call in flight while a NATS
 * node dies lands once the cluster has moved on, instead of failing. Any other error, or the
 * last retryable one, is thrown to the caller.
 */
export async function retryTransient<T>(
  op: () => Promise<T>,
  delaysMs: readonly number[] = TRANSIENT_RETRY_DELAYS_MS,
  onRetry?: (err: unknown, attempt: number) => void,
  retryable: (err: unknown) => boolean = isTransient,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await op();
    } catch (err) {
      const delay = delaysMs[attempt];
      if (delay === undefined || !retryable(err)) throw err;
      onRetry?.(err, attempt + 1);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
