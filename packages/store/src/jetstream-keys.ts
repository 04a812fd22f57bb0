import { AckPolicy, DeliverPolicy, type JetStreamManager } from "@nats-io/jetstream";
import { createInbox, type Msg, type NatsConnection, nanos, TimeoutError } from "@nats-io/transport-node";

/** The KV operation header: a key's last message with DEL or PURGE means the key is gone. */
const KV_OPERATION = "KV-Operation";

/**
 * How many messages one pull may take: the keys pending when the consumer was created, twice
 * (nats-server 2.9 can deliver a replaced key's message more than once), and room for writes
 * landing while the listing runs. A pull that fills up without the server's end-of-pull status
 * is retried, since it may have stopped short of a key.
 */
function pullSize(pending: number): number {
  return pending * 2 + 256;
}

export interface KeyListingTarget {
  readonly connection: NatsConnection;
  readonly jsm: JetStreamManager;
  /** The bucket's stream, `KV_<bucket>`. */
  readonly stream: string;
  /** The subject prefix of its keys, `$KV.<bucket>.`. */
  readonly prefix: string;
  /** How long the listing may wait for its next message before it fails with a TimeoutError. */
  readonly idleMs: number;
}

/**
 * The keys of a KV bucket matching `pattern`, as one bounded pull: an ephemeral consumer
 * delivering the last message of each subject (headers only) is asked once, with `no_wait`, and
 * the listing ends on the server's end-of-pull status (408), sent once the consumer reaches the
 * end of the stream. A key replaced while the listing runs is still listed: its old message is
 * removed only when its new one is written, further on in the stream.
 *
 * The client's own listing ends only when a delivery reports nothing pending, or on an idle
 * heartbeat. On a bucket written every few hundred milliseconds, as leases and heartbeats are,
 * each new write is pending again, and nats-server 2.9 miscounts pending when it delivers a
 * replaced key twice: the listing ran for seconds, or ended without a key.
 */
export async function listKeys(target: KeyListingTarget, pattern: string): Promise<string[]> {
  const { connection, jsm, stream, prefix, idleMs } = target;
  const info = await jsm.consumers.add(stream, {
    ack_policy: AckPolicy.None,
    deliver_policy: DeliverPolicy.LastPerSubject,
    filter_subject: `${prefix}${pattern}`,
    headers_only: true,
    mem_storage: true,
    num_replicas: 1,
    inactive_threshold: nanos(Math.max(idleMs * 5, 5_000)),
  });
  const release = () => void jsm.consumers.delete(stream, info.name).catch(() => undefined);
  // No shortcut on a pending count of 0: on a clustered stream the count in the create reply
  // is not to be trusted, and the pull of an empty consumer ends at once (404) anyway.
  const batch = pullSize(info.num_pending);
  const alive = new Map<string, boolean>();
  const inbox = createInbox();
  const sub = connection.subscribe(inbox, { max: batch + 1 });
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      sub.unsubscribe();
    }, idleMs);
  };
  arm();
  connection.publish(`$JS.API.CONSUMER.MSG.NEXT.${stream}.${info.name}`, JSON.stringify({ batch, no_wait: true }), {
    reply: inbox,
  });
  let received = 0;
  let ended = false;
  try {
    for await (const m of sub) {
      const status = statusOf(m);
      if (status !== undefined) {
        // 404 No Messages, 408 Request Timeout: the end of the stream. Anything else (a consumer
        // deleted under a leader change) cut the pull short.
        ended = status === 404 || status === 408;
        break;
      }
      arm();
      received++;
      const op = m.headers?.get(KV_OPERATION);
      if (m.subject.startsWith(prefix)) alive.set(m.subject.slice(prefix.length), op !== "DEL" && op !== "PURGE");
      if (received >= batch) break;
    }
  } finally {
    clearTimeout(timer);
    sub.unsubscribe();
    release();
  }
  // Out of time, or a pull filled by writes landing faster than it read: the store retries it.
  if (timedOut || !ended) throw new TimeoutError();
  return [...alive].flatMap(([key, live]) => (live ? [key] : []));
}

/** The code of a status message (no data, a code in its header line); undefined for a delivery. */
function statusOf(m: Msg): number | undefined {
  const code = m.data.length === 0 ? (m.headers?.code ?? 0) : 0;
  return code >= 100 ? code : undefined;
}
