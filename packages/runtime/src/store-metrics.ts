import type { JetStreamStoreOptions } from "@zonebus/store";
import { Counter, type Registry } from "prom-client";

type RetryListener = NonNullable<JetStreamStoreOptions["onRetry"]>;

/**
 * A JetStreamStore `onRetry` listener counting store calls retried for want of an answer, by
 * operation. A few during a NATS node loss are the store riding it out; a steady rate means a
 * cluster that cannot elect stream leaders or a server too slow for the call timeout.
 */
export function countStoreRetries(registry: Registry): RetryListener {
  const retries = new Counter({
    name: "zb_store_retries_total",
    help: "Store calls sent again after no answer (timeout, no responders, 503), by operation (get, put, keys, create, update, delete, open)",
    labelNames: ["op"],
    registers: [registry],
  });
  return ({ op }) => retries.inc({ op });
}
