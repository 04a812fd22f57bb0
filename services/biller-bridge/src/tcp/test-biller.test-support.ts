/**
 * A stand-in biller for tests: a real TCP server on 127.0.0.1 (free port) that records the
 * zone's lines and sends whatever a test wants, well-formed or hostile.
 */
import { createServer, type Server, type Socket } from "node:net";

export class TestBiller {
  readonly lines: string[] = [];
  /** Connection times (performance.now()), one per accepted connection. */
  readonly connectedAt: number[] = [];
  private server: Server | undefined;
  private client: Socket | undefined;
  private partial = "";
  private waiters: Array<() => void> = [];
  /** Answer CONNECT with CONNECTOK by itself. */
  autoAccept = true;

  async listen(): Promise<number> {
    const server = createServer((socket) => this.accept(socket));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const addr = server.address();
    if (addr === null || typeof addr === "string") throw new Error("no port");
    return addr.port;
  }

  private accept(socket: Socket): void {
    this.client?.destroy();
    this.client = socket;
    this.partial = "";
    this.connectedAt.push(performance.now());
    socket.on("error", () => {});
    socket.on("data", (chunk: Buffer) => {
      const text = this.partial + chunk.toString("latin1");
      const parts = text.split("\n");
      this.partial = parts.pop() ?? "";
      for (const line of parts) {
        this.lines.push(line);
        if (this.autoAccept && line.startsWith("CONNECT:")) socket.write("CONNECTOK:testbiller:test\n");
      }
      this.wake();
    });
    this.wake();
  }

  /** Waits (up to 5 s) until `check` holds, re-checked whenever something arrives. */
  async until<T>(check: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const v = check();
      if (v !== undefined && v !== false) return v;
      if (performance.now() > deadline) throw new Error("timed out waiting");
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 20);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** The first received line starting with `prefix`. */
  line(prefix: string): Promise<string> {
    return this.until(() => this.lines.find((l) => l.startsWith(prefix)));
  }

  send(text: string | Uint8Array): Promise<void> {
    const c = this.client;
    if (c === undefined) throw new Error("no zone connected");
    return new Promise((resolve) => c.write(text, () => resolve()));
  }

  /** Stops reading from the zone (its output backs up). */
  pause(): void {
    this.client?.pause();
  }

  dropClient(): void {
    this.client?.destroy();
    this.client = undefined;
  }

  async close(): Promise<void> {
    this.client?.destroy();
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }
}
