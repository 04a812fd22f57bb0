import { setTimeout as sleep } from "node:timers/promises";
import { type Bus, BusNoRespondersError } from "@zonebus/bus";
import { RateLimitedLog } from "@zonebus/service-kit";
import type { Logger } from "pino";

export interface MasterChatOptions {
  /** Messages waiting at most; a player typing commands while no master serves cannot grow it further. */
  readonly maxQueued?: number;
  /** How long a message is retried while no master listens (a master failover takes about a lease). */
  readonly retryForMs?: number;
  readonly retryDelayMs?: number;
  /** How long the master has to acknowledge one message. */
  readonly requestTimeoutMs?: number;
}

const DEFAULTS = { maxQueued: 256, retryForMs: 10_000, retryDelayMs: 250, requestTimeoutMs: 2_000 };

/**
 * Carries an arena's zone chat (commands, remote private messages) to the master, in order, as
 * requests the master acknowledges on receipt. While no master listens (between a master's
 * death and its standby taking over) a message is retried for `retryForMs`: nothing reached a
 * master, so nothing is sent twice. A message that timed out may have reached one and is not
 * sent again. What cannot be carried is dropped, counted and logged.
 */
export class MasterChat {
  private readonly queue: { readonly data: Uint8Array; readonly since: number }[] = [];
  private readonly opts: Required<MasterChatOptions>;
  private readonly dropLog: RateLimitedLog;
  private pumping = false;
  private closed = false;
  /** Messages dropped, by reason. */
  readonly dropped = { full: 0, noMaster: 0, unanswered: 0 };

  constructor(
    private readonly bus: Bus,
    private readonly subject: string,
    log: Logger,
    opts: MasterChatOptions = {},
  ) {
    this.opts = { ...DEFAULTS, ...opts };
    this.dropLog = new RateLimitedLog(log, 5_000);
  }

  get queued(): number {
    return this.queue.length;
  }

  send(data: Uint8Array): void {
    if (this.closed) return;
    if (this.queue.length >= this.opts.maxQueued) {
      this.drop("full", "zone chat dropped: too many messages wait for a master");
      return;
    }
    this.queue.push({ data, since: performance.now() });
    if (!this.pumping) void this.pump();
  }

  /** Later sends are ignored; what waits is still carried (an arena handed over closes it). */
  close(): void {
    this.closed = true;
  }

  private async pump(): Promise<void> {
    this.pumping = true;
    try {
      while (this.queue.length > 0) {
        const head = this.queue[0]!;
        try {
          await this.bus.request(this.subject, head.data, { timeoutMs: this.opts.requestTimeoutMs });
        } catch (err) {
          if (err instanceof BusNoRespondersError) {
            if (performance.now() - head.since < this.opts.retryForMs) {
              await sleep(this.opts.retryDelayMs);
              continue;
            }
            this.drop("noMaster", "zone chat dropped: no master listened in time");
          } else this.drop("unanswered", `zone chat not acknowledged: ${(err as Error).message}`);
        }
        this.queue.shift();
      }
    } finally {
      this.pumping = false;
    }
  }

  private drop(reason: keyof MasterChat["dropped"], message: string): void {
    this.dropped[reason]++;
    this.dropLog.log("warn", reason, { dropped: this.dropped[reason] }, message);
  }
}
