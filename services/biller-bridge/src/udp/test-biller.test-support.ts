/**
 * A biller end for tests: a real core-protocol server (`UdpServer`, VIE) on 127.0.0.1 that
 * records the game packets the zone sends and sends B2S packets back reliably.
 */
import { UdpServer, type UdpSession, VIE_SCHEME } from "@zonebus/protocol";

export class TestBiller {
  /** Game packets received from the zone, in order, over every connection. */
  readonly received: Uint8Array[] = [];
  connections = 0;
  private current: UdpSession | undefined;
  private waiters: (() => void)[] = [];

  private constructor(private readonly server: UdpServer) {}

  static async start(port = 0): Promise<TestBiller> {
    let biller: TestBiller | undefined;
    const server = await UdpServer.listen({
      host: "127.0.0.1",
      port,
      responder: VIE_SCHEME,
      onConnection: (session) => {
        biller!.current = session;
        biller!.connections++;
        server.loggedIn(session);
        return {
          onPacket: (p) => {
            biller!.received.push(new Uint8Array(p));
            for (const w of biller!.waiters.splice(0)) w();
          },
        };
      },
    });
    biller = new TestBiller(server);
    return biller;
  }

  get port(): number {
    return this.server.port;
  }

  /** Sends a B2S packet reliably on the latest connection (big ones go as `00 08`/`00 09`). */
  send(packet: Uint8Array): void {
    const session = this.current;
    if (!session) throw new Error("no zone connected");
    const sent = session.connection.sendReliable(packet);
    if (!sent.ok) throw sent.error;
    this.server.flushSoon(session);
  }

  /** Resolves with the first received packet (from `from` on) of `type`, waiting up to `timeoutMs`. */
  async packet(type: number, from = 0, timeoutMs = 5_000): Promise<Uint8Array> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.slice(from).find((p) => p[0] === type);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no packet 0x${type.toString(16)} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Packets of `type` received so far. */
  ofType(type: number): Uint8Array[] {
    return this.received.filter((p) => p[0] === type);
  }

  close(): Promise<void> {
    return this.server.close();
  }
}

/** Polls `check` until it holds, failing after `timeoutMs` (generous: no speed is being tested). */
export async function eventually(check: () => boolean, timeoutMs = 5_000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
