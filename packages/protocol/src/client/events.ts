/**
 * Typed S2C packet events and `waitFor`: handlers per type byte, called synchronously in the
 * order packets arrive, after the bot has applied the packet to its own state.
 */
import type { S2CPacket, S2CType } from "../game/index.js";
import { BotError, BotErrorCode } from "./errors.js";

/** The decoded S2C packet of one type byte. */
export type S2CPacketOf<T extends S2CType> = Extract<S2CPacket, { type: T }>;

/** How a packet arrived. */
export interface ReceiveInfo {
  /** Local monotonic ms when the bot received it (the bot's clock, as given to `connect`). */
  readonly receivedAt: number;
  /** The bot's estimate of the server's tick count at that moment (31 bits). */
  readonly serverTicks: number;
  /** It came inside `00 03` (or a reliable `00 08`/`00 0A` transfer). */
  readonly reliable: boolean;
}

export type S2CHandler<T extends S2CType> = (packet: S2CPacketOf<T>, info: ReceiveInfo) => void;
type AnyHandler = (packet: S2CPacket, info: ReceiveInfo) => void;

/** Pending `waitFor` calls one bot allows; a test that leaks more has a bug (ours). */
export const DEFAULT_MAX_WAITERS = 256;

export class PacketEvents {
  private readonly byType: (Set<AnyHandler> | undefined)[] = new Array(256).fill(undefined);
  private readonly any = new Set<AnyHandler>();
  private readonly waiters = new Set<{ fail(error: Error): void }>();
  /** Handler exceptions caught so that one broken handler cannot stop the bot's own processing. */
  handlerErrors = 0;
  /** The last error a handler threw, for the test or operator to inspect. */
  lastHandlerError: unknown;

  constructor(private readonly maxWaiters = DEFAULT_MAX_WAITERS) {}

  /** Calls `handler` for every packet of `type`; returns a function that removes it. */
  on<T extends S2CType>(type: T, handler: S2CHandler<T>): () => void {
    const set = this.byType[type] ?? new Set<AnyHandler>();
    this.byType[type] = set;
    // Dispatch is by type byte, so this handler only ever sees packets of its own type.
    const h = handler as AnyHandler;
    set.add(h);
    return () => {
      set.delete(h);
    };
  }

  /** Calls `handler` for every decoded packet. */
  onAny(handler: AnyHandler): () => void {
    this.any.add(handler);
    return () => {
      this.any.delete(handler);
    };
  }

  emit(packet: S2CPacket, info: ReceiveInfo): void {
    const set = this.byType[packet.type];
    if (set) for (const h of set) this.call(h, packet, info);
    for (const h of this.any) this.call(h, packet, info);
  }

  /**
   * Resolves with the next packet of `type` that `predicate` accepts, or rejects with BotError
   * Timeout after `timeoutMs` (or Closed when `failAll` runs first).
   */
  waitFor<T extends S2CType>(
    type: T,
    predicate: (packet: S2CPacketOf<T>, info: ReceiveInfo) => boolean,
    timeoutMs: number,
  ): Promise<S2CPacketOf<T>> {
    if (this.waiters.size >= this.maxWaiters) {
      return Promise.reject(new BotError(`more than ${this.maxWaiters} pending waits`, BotErrorCode.TooManyWaiters));
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        fail: (error: Error) => {
          finish();
          reject(error);
        },
      };
      const off = this.on(type, (packet, info) => {
        if (!predicate(packet, info)) return;
        finish();
        resolve(packet);
      });
      const timer = setTimeout(
        () =>
          waiter.fail(new BotError(`no packet 0x${type.toString(16)} within ${timeoutMs} ms`, BotErrorCode.Timeout)),
        timeoutMs,
      );
      const finish = () => {
        clearTimeout(timer);
        off();
        this.waiters.delete(waiter);
      };
      this.waiters.add(waiter);
    });
  }

  /** Rejects every pending wait with `error` (the bot closed). */
  failAll(error: Error): void {
    for (const w of [...this.waiters]) w.fail(error);
  }

  get pendingWaits(): number {
    return this.waiters.size;
  }

  private call(h: AnyHandler, packet: S2CPacket, info: ReceiveInfo): void {
    try {
      h(packet, info);
    } catch (err) {
      this.handlerErrors++;
      this.lastHandlerError = err;
    }
  }
}
