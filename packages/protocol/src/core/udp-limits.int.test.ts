import { createSocket, type Socket } from "node:dgram";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { VIE_SCHEME } from "../crypto/index.js";
import type { CoreEvent } from "./events.js";
import { type ServerLimitEvent, UdpServer, type UdpServerOptions } from "./udp-server.js";

/** A hand-made client: sends a VIE `00 01` with key 0 (no encryption) from `address` and records replies. */
class RawClient {
  readonly replies: string[] = [];
  private constructor(readonly socket: Socket) {
    socket.on("message", (m) => this.replies.push(m.toString("hex")));
  }

  static async open(address: string, serverPort: number): Promise<RawClient> {
    const socket = createSocket("udp4");
    await new Promise<void>((r) => socket.bind(0, address, () => r()));
    await new Promise<void>((r) => socket.connect(serverPort, "127.0.0.1", () => r()));
    const c = new RawClient(socket);
    socket.send(Buffer.from("0001000000000100", "hex"));
    return c;
  }

  get accepted(): boolean {
    return this.replies.includes("000200000000");
  }

  get disconnected(): boolean {
    return this.replies.includes("0007");
  }
}

describe("a UdpServer's connection limits", () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  /** A server whose connections log in when `logIn` says so; records every limit event and close. */
  async function server(options: Partial<UdpServerOptions>, logIn: (n: number) => boolean = () => false) {
    const limits: ServerLimitEvent[] = [];
    const closes: string[] = [];
    let n = 0;
    const s: UdpServer = await UdpServer.listen({
      host: "127.0.0.1",
      port: 0,
      responder: VIE_SCHEME,
      onLimit: (e) => limits.push(e),
      onConnection: (session) => {
        if (logIn(n++)) s.loggedIn(session);
        return {
          onPacket() {},
          onEvent: (e: CoreEvent) => e.type === "disconnected" && closes.push(e.reason),
        };
      },
      ...options,
    });
    cleanups.push(() => s.close());
    return { s, limits, closes };
  }

  async function clients(address: string, port: number, n: number): Promise<RawClient[]> {
    const out: RawClient[] = [];
    for (let i = 0; i < n; i++) {
      const c = await RawClient.open(address, port);
      cleanups.push(() => c.socket.close());
      out.push(c);
      // One at a time, so their ages are in this order.
      await expect.poll(() => c.accepted || c.disconnected).toBe(true);
    }
    return out;
  }

  it("evicts the oldest connection not logged in when the table is full, so a new client gets in", async () => {
    const { s, limits, closes } = await server({ maxConnections: 4, maxPendingPerAddress: 0 });
    const idle = await clients("127.0.0.1", s.port, 4);
    const [fresh] = await clients("127.0.0.2", s.port, 1);
    expect(fresh!.accepted).toBe(true);
    await expect.poll(() => idle[0]!.disconnected).toBe(true);
    expect(idle.slice(1).some((c) => c.disconnected)).toBe(false);
    expect([s.stats.evictedFull, s.connectionCount]).toEqual([1, 4]);
    expect(limits).toMatchObject([{ limit: "evicted_full", address: "127.0.0.1" }]);
    expect(closes).toEqual(["evicted"]);
  });

  it("never evicts a logged-in player: a full table of them refuses the newcomer with 00 07", async () => {
    const { s } = await server({ maxConnections: 2 }, () => true);
    const players = await clients("127.0.0.1", s.port, 2);
    const [late] = await clients("127.0.0.2", s.port, 1);
    expect([late!.accepted, late!.disconnected]).toEqual([false, true]);
    expect(players.every((p) => p.accepted && !p.disconnected)).toBe(true);
    expect([s.stats.refusedFull, s.stats.evictedFull]).toEqual([1, 0]);
  });

  it("caps connections not logged in per address, evicting that address's oldest only", async () => {
    const { s } = await server({ maxPendingPerAddress: 3 });
    const other = await clients("127.0.0.1", s.port, 1);
    const crowd = await clients("127.0.0.2", s.port, 5);
    await expect.poll(() => crowd.filter((c) => c.disconnected).length).toBe(2);
    expect([crowd[0]!.disconnected, crowd[1]!.disconnected]).toEqual([true, true]);
    expect(crowd.slice(2).every((c) => c.accepted && !c.disconnected)).toBe(true);
    expect(other[0]!.disconnected).toBe(false);
    expect([s.stats.evictedPerAddress, s.pendingCount]).toEqual([2, 4]);
  });

  it("closes connections that do not log in before the deadline, and only those", async () => {
    const { s, closes } = await server({ loginDeadlineMs: 300 }, (n) => n === 0);
    const [player, idler] = await clients("127.0.0.1", s.port, 2);
    await expect.poll(() => idler!.disconnected, { timeout: 3_000 }).toBe(true);
    await sleep(400);
    expect(player!.disconnected).toBe(false);
    expect([s.stats.loginDeadline, s.connectionCount]).toEqual([1, 1]);
    expect(closes).toEqual(["login_deadline"]);
  });
});
