/**
 * An in-memory link between a client and a server `Connection`, driven by a fake clock, for
 * tests and benchmarks of everything above the socket. The server end is created the way a
 * UDP server creates it: when a valid `00 01` arrives.
 */
import type { TransportConfigInput } from "./config.js";
import { Connection } from "./connection.js";
import type { ConnectionListener, CoreEvent } from "./events.js";
import { answerConnectionInit, type ClientKeyExchanger, type KeyExchangeResponder } from "./handshake.js";

/** A listener that records what it is given. */
export class PacketRecorder implements ConnectionListener {
  readonly packets: Uint8Array[] = [];
  readonly reliableFlags: boolean[] = [];
  readonly events: CoreEvent[] = [];

  onPacket(packet: Uint8Array, reliable: boolean): void {
    this.packets.push(packet);
    this.reliableFlags.push(reliable);
  }

  onEvent(event: CoreEvent): void {
    this.events.push(event);
  }

  eventsOf<T extends CoreEvent["type"]>(type: T): Extract<CoreEvent, { type: T }>[] {
    return this.events.filter((e): e is Extract<CoreEvent, { type: T }> => e.type === type);
  }
}

export const LinkDirection = { ClientToServer: "c2s", ServerToClient: "s2c" } as const;
export type LinkDirection = (typeof LinkDirection)[keyof typeof LinkDirection];

export interface LoopbackOptions {
  readonly responder: KeyExchangeResponder;
  readonly keyExchange: ClientKeyExchanger;
  readonly clientConfig?: TransportConfigInput;
  readonly serverConfig?: TransportConfigInput;
  /** The server's tick source for `00 06` replies (default now / 10). */
  readonly serverTicks?: (now: number) => number;
  /** Start time in ms (default 0). */
  readonly now?: number;
  /** Decides each datagram's fate: return false to lose it. Runs before delivery. */
  readonly deliver?: (datagram: Uint8Array, direction: LinkDirection) => boolean;
}

export class Loopback {
  readonly client: Connection;
  server: Connection | undefined;
  readonly atClient = new PacketRecorder();
  readonly atServer = new PacketRecorder();
  /** Every datagram put on the link, before any loss. */
  readonly wire: { direction: LinkDirection; bytes: Uint8Array }[] = [];
  now: number;
  recordWire = false;

  constructor(private readonly options: LoopbackOptions) {
    this.now = options.now ?? 0;
    this.client = Connection.client({
      now: this.now,
      listener: this.atClient,
      keyExchange: options.keyExchange,
      config: options.clientConfig,
    });
  }

  /** The server end; throws if the handshake has not reached the server yet (test misuse). */
  get serverEnd(): Connection {
    if (!this.server) throw new Error("no server connection yet");
    return this.server;
  }

  /** Advances the clock by `ms`, then polls the client and the server and carries their datagrams across. */
  step(ms = 10): void {
    this.now += ms;
    for (const d of this.client.poll(this.now)) this.toServer(d);
    for (const d of this.server?.poll(this.now) ?? []) this.toClient(d);
  }

  /** Steps for `ms` of fake time. */
  run(ms: number, stepMs = 10): void {
    for (let t = 0; t < ms; t += stepMs) this.step(stepMs);
  }

  /** Steps until `done()` holds or `limitMs` of fake time passed; returns whether it held. */
  runUntil(done: () => boolean, limitMs = 60_000, stepMs = 10): boolean {
    for (let t = 0; t < limitMs; t += stepMs) {
      if (done()) return true;
      this.step(stepMs);
    }
    return done();
  }

  private toServer(d: Uint8Array): void {
    if (!this.carry(d, LinkDirection.ClientToServer)) return;
    if (this.server) {
      this.server.receive(d, this.now);
      return;
    }
    const accepted = answerConnectionInit(d, this.options.responder);
    if (!accepted.ok) return;
    this.server = Connection.server({
      now: this.now,
      listener: this.atServer,
      cipher: accepted.value.cipher,
      keyResponse: accepted.value.response,
      config: this.options.serverConfig,
      ticks: this.options.serverTicks,
    });
    this.toClient(new Uint8Array(accepted.value.response));
  }

  private toClient(d: Uint8Array): void {
    if (this.carry(d, LinkDirection.ServerToClient)) this.client.receive(d, this.now);
  }

  private carry(d: Uint8Array, direction: LinkDirection): boolean {
    if (this.recordWire) this.wire.push({ direction, bytes: new Uint8Array(d) });
    return this.options.deliver?.(d, direction) ?? true;
  }
}
