/**
 * A client connection that lets the fuzzer write raw datagrams from its own address: a
 * connected UDP socket, a client `Connection` that did a real key exchange with key 0 (VIE
 * without encryption, so mutated bytes reach the server's decoders as sent), and a `BotLink` over
 * it so that a `BotClient` can log in and enter an arena first.
 */
import { createSocket, type Socket } from "node:dgram";
import {
  type BotLink,
  type BotLinkOpener,
  ConnectFailedError,
  Connection,
  type ConnectionListener,
  ConnectionState,
  clientKeyExchange,
  connectionLink,
} from "@zonebus/protocol";

export class FuzzLink {
  private timer: NodeJS.Timeout | undefined;
  private closing = false;

  private constructor(
    private readonly socket: Socket,
    readonly connection: Connection,
  ) {}

  /** Key exchange with key 0; rejects when the server does not answer. */
  static async open(
    host: string,
    port: number,
    listener: ConnectionListener,
    localAddress?: string,
  ): Promise<FuzzLink> {
    const socket = createSocket("udp4");
    const call = (run: (done: () => void) => void) =>
      new Promise<void>((resolve, reject) => {
        socket.once("error", reject);
        run(() => {
          socket.off("error", reject);
          resolve();
        });
      });
    try {
      if (localAddress !== undefined) await call((done) => socket.bind({ address: localAddress, port: 0 }, done));
      await call((done) => socket.connect(port, host, done));
    } catch (err) {
      socket.close();
      throw err;
    }
    socket.on("error", () => undefined);
    let settle: ((ok: boolean) => void) | undefined;
    const connection = Connection.client({
      now: performance.now(),
      keyExchange: clientKeyExchange({ clientKey: 0 }),
      listener: {
        onPacket: (p, reliable) => listener.onPacket(p, reliable),
        onEvent: (e) => {
          if (e.type === "connected") settle?.(true);
          else if (e.type === "disconnected") settle?.(false);
          listener.onEvent?.(e);
        },
      },
    });
    const link = new FuzzLink(socket, connection);
    socket.on("message", (msg) => connection.receive(msg, performance.now()));
    link.timer = setInterval(() => link.flush(), 10);
    const ok = await new Promise<boolean>((resolve) => {
      settle = resolve;
      link.flush();
    });
    settle = undefined;
    if (!ok) {
      await link.close();
      throw new ConnectFailedError("fuzz link: no answer to 00 01");
    }
    return link;
  }

  /** An opener for `BotClient.open` that hands the link to `got` as well. */
  static opener(host: string, port: number, localAddress: string, got: (link: FuzzLink) => void): BotLinkOpener {
    return async (listener): Promise<BotLink> => {
      const link = await FuzzLink.open(host, port, listener, localAddress);
      got(link);
      return connectionLink(
        link.connection,
        () => link.close(),
        () => link.flush(),
      );
    };
  }

  get open(): boolean {
    return !this.closing && this.connection.state !== ConnectionState.Closed;
  }

  /** Writes bytes straight to the socket, past the client's own framing. */
  sendRaw(datagram: Uint8Array): void {
    if (this.closing) return;
    try {
      this.socket.send(datagram);
    } catch {
      // A socket closed under us: the datagram is lost like any other.
    }
  }

  flush(): void {
    if (this.closing) return;
    for (const d of this.connection.poll(performance.now())) this.sendRaw(d);
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.flush();
    this.connection.close();
    this.flush();
    this.closing = true;
    if (this.timer) clearInterval(this.timer);
    await new Promise<void>((resolve) => this.socket.close(() => resolve()));
  }
}
