/** What a `Connection` is built from, for each end. */
import type { ByteBudget } from "./byte-budget.js";
import type { TransportConfigInput } from "./config.js";
import type { ConnectionListener } from "./events.js";
import type { ClientKeyExchanger, DatagramCipher } from "./handshake.js";

export interface CommonConnectionOptions {
  /** Creation time, ms on the monotonic clock used for every later call. */
  readonly now: number;
  readonly listener: ConnectionListener;
  readonly config?: TransportConfigInput;
  /** Server tick count for a time; defaults to `ticksAt` (now / 10). */
  readonly ticks?: (now: number) => number;
  /**
   * A budget shared with other connections (a server's) that this connection's reassembly
   * buffers are also charged to, besides its own `maxReassemblyBytes`.
   */
  readonly sharedBudget?: ByteBudget;
}

export interface ServerConnectionOptions extends CommonConnectionOptions {
  /** The cipher the key exchange chose. */
  readonly cipher: DatagramCipher;
  /** The `00 02` already sent; resent unencrypted if the same client repeats `00 01` early. */
  readonly keyResponse: Uint8Array;
}

export interface ClientConnectionOptions extends CommonConnectionOptions {
  readonly keyExchange: ClientKeyExchanger;
}
