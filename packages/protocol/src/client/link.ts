/**
 * What the bot needs from a transport, and the real one: a `UdpClient` (one `Connection` over a
 * connected `node:dgram` socket). Tests can hand the bot any other `BotLink`.
 */
import {
  type Connection,
  type ConnectionListener,
  type ConnectionStats,
  type SendResult,
  type TransportConfigInput,
  UdpClient,
  UnreliablePriority,
} from "../core/index.js";
import { clientKeyExchange } from "../crypto/index.js";

/** How the bot talks to its server. */
export interface BotLink {
  /** Queues a packet for reliable, in-order delivery. */
  sendReliable(packet: Uint8Array): SendResult;
  /** Queues a packet to be sent once. */
  sendUnreliable(packet: Uint8Array, priority?: UnreliablePriority): SendResult;
  /** Estimated `server − local` clock offset in ticks (from `00 05`/`00 06`); 0 before the first sample. */
  readonly clockOffsetTicks: number;
  /** Transport counters, when the link has them. */
  readonly stats?: ConnectionStats;
  /** Sends queued packets now rather than at the next poll; links without a poll timer omit it. */
  flush?(): void;
  /** Closes the link; the server gets `00 07` if it was open. Idempotent. */
  close(): Promise<void>;
}

/** Opens a link whose received packets and events go to `listener`. */
export type BotLinkOpener = (listener: ConnectionListener) => Promise<BotLink>;

/** `"vie"`: a random negative key, VIE encryption; `"none"`: key 0, as ASSS's loadgen connects. */
export type BotEncryption = "vie" | "none";

export interface UdpLinkOptions {
  readonly host: string;
  readonly port: number;
  readonly encryption: BotEncryption;
  readonly transport?: TransportConfigInput;
  /** How often the connection is polled for datagrams to send (default the core's 10 ms, ASSS's send pass). */
  readonly pollIntervalMs?: number;
  /** Monotonic ms; the bot must use the same clock for its tick estimates. */
  readonly clock: () => number;
  /** Local address to send from (default: any). */
  readonly localAddress?: string;
}

/** A link over real UDP: `00 01` with the chosen key, resolved once the server's `00 02` arrived. */
export function udpLinkOpener(options: UdpLinkOptions): BotLinkOpener {
  return async (listener) => {
    const keyExchange = clientKeyExchange(options.encryption === "none" ? { clientKey: 0 } : {});
    const client = await UdpClient.connect({
      host: options.host,
      port: options.port,
      keyExchange,
      listener,
      config: options.transport,
      pollIntervalMs: options.pollIntervalMs,
      clock: options.clock,
      localAddress: options.localAddress,
    });
    return connectionLink(
      client.connection,
      () => client.close(),
      () => client.flush(),
    );
  };
}

/** A link over a client `Connection` whoever drives it (a UDP socket, or a test's own pump). */
export function connectionLink(connection: Connection, close: () => Promise<void>, flush?: () => void): BotLink {
  return {
    flush,
    sendReliable: (p) => connection.sendReliable(p),
    sendUnreliable: (p, priority = UnreliablePriority.Normal) => connection.sendUnreliable(p, priority),
    get clockOffsetTicks() {
      return connection.clockOffsetTicks;
    },
    stats: connection.stats,
    close,
  };
}
