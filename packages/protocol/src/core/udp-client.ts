/** The client end over `node:dgram`: one `Connection` to one server, driven by a poll timer. */
import { createSocket, type Socket } from "node:dgram";
import { performance } from "node:perf_hooks";
import type { TransportConfigInput } from "./config.js";
import { Connection } from "./connection.js";
import { ConnectFailedError } from "./errors.js";
import { type ConnectionListener, ConnectionState, type CoreEvent } from "./events.js";
import type { ClientKeyExchanger } from "./handshake.js";
import { DEFAULT_POLL_INTERVAL_MS } from "./udp-server.js";

export interface UdpClientOptions {
  readonly host: string;
  readonly port: number;
  readonly keyExchange: ClientKeyExchanger;
  readonly listener: ConnectionListener;
  readonly config?: TransportConfigInput;
  readonly pollIntervalMs?: number;
  /** Monotonic ms; default `performance.now`. */
  readonly clock?: () => number;
  /** Local address to send from (default: any); e.g. another loopback address in tests. */
  readonly localAddress?: string;
}

export class UdpClient {
  sendErrors = 0;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  private constructor(
    private readonly socket: Socket,
    readonly connection: Connection,
    private readonly clock: () => number,
  ) {}

  /**
   * Sends `00 01` and resolves once the server's `00 02` set up the connection; rejects with
   * `ConnectFailedError` when it closes first (no answer within `connectTimeoutMs`, bad key),
   * and at once with the socket's error when the local address cannot be bound or the host
   * not resolved.
   */
  static async connect(options: UdpClientOptions): Promise<UdpClient> {
    const socket = createSocket("udp4");
    try {
      const address = options.localAddress;
      if (address !== undefined) await socketCall(socket, (done) => socket.bind({ address, port: 0 }, done));
      // A connected socket only hears from the server's address.
      await socketCall(socket, (done) => socket.connect(options.port, options.host, done));
    } catch (err) {
      // An open socket would keep the process alive after the failure.
      socket.close();
      throw err;
    }
    const clock = options.clock ?? (() => performance.now());
    let settle: ((event: CoreEvent) => void) | undefined;
    const connection = Connection.client({
      now: clock(),
      keyExchange: options.keyExchange,
      config: options.config,
      listener: {
        onPacket: (p, reliable) => options.listener.onPacket(p, reliable),
        onEvent: (e) => {
          settle?.(e);
          options.listener.onEvent?.(e);
        },
      },
    });
    const client = new UdpClient(socket, connection, clock);
    socket.on("message", (msg) => connection.receive(msg, clock()));
    socket.on("error", () => client.sendErrors++);
    client.timer = setInterval(() => client.pollOnce(), options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS);
    try {
      await new Promise<void>((resolve, reject) => {
        settle = (e) => {
          if (e.type === "connected") resolve();
          else if (e.type === "disconnected") reject(new ConnectFailedError(`connect failed: ${e.reason}`));
        };
        client.pollOnce();
      });
    } catch (err) {
      await client.close();
      throw err;
    } finally {
      settle = undefined;
    }
    return client;
  }

  /** Sends `00 07` (if still open) and closes the socket. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.connection.close();
    await Promise.all(this.connection.poll(this.clock()).map((d) => this.send(d)));
    await new Promise<void>((resolve) => this.socket.close(() => resolve()));
  }

  /** Sends whatever is queued now instead of at the next poll (a game client sends as it builds packets). */
  flush(): void {
    if (!this.closed) this.pollOnce();
  }

  private pollOnce(): void {
    for (const d of this.connection.poll(this.clock())) void this.send(d);
    if (this.connection.state === ConnectionState.Closed && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  private send(datagram: Uint8Array): Promise<void> {
    return new Promise((resolve) => {
      try {
        this.socket.send(datagram, (err) => {
          if (err) this.sendErrors++;
          resolve();
        });
      } catch {
        // Only a closed socket throws here; the datagram is lost like any other.
        this.sendErrors++;
        resolve();
      }
    });
  }
}

/**
 * Runs a socket call that reports through its callback, failing on an `error` event or on an
 * error handed to the callback (`connect` hands it a failed host lookup instead of emitting it).
 */
function socketCall(socket: Socket, call: (done: (err?: Error | null) => void) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once("error", reject);
    call((err) => {
      socket.off("error", reject);
      if (err) reject(err);
      else resolve();
    });
  });
}
