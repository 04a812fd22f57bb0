import type { KvBucket } from "@zonebus/store";
import { BUCKET_TTL_MS, renewIntervalMs } from "@zonebus/subjects";
import type { Logger } from "pino";
import { MAX_GATEWAYS } from "./gateways.js";

export interface GatewayWatchOptions {
  /** How often the heartbeats are checked (default a third of the bucket TTL). */
  readonly intervalMs?: number;
  /** Called once for a gateway that heartbeated before and whose entry is gone. */
  readonly onGone: (gatewayId: string) => Promise<void>;
  /**
   * Asked before `onGone`: whether the gateway still answers on the bus. Its heartbeat can lapse
   * while the store cannot take writes (a NATS stream electing a leader) though it serves its
   * players; such a gateway is judged again at the next check instead of losing its players.
   */
  readonly answers?: (gatewayId: string) => Promise<boolean>;
}

/**
 * Notices gateways that die without draining: a gateway seen heartbeating whose entry left the
 * `gateways` bucket (expired, or deleted at a clean stop) is reported once, so the master can log
 * out the players it left in the directory. Gateways never seen (before this master started, or
 * running without a store) are not judged.
 */
export class GatewayWatch {
  private readonly seen = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  /** The check under way, if any: checks never overlap, and `stop` waits for it. */
  private pass: Promise<void> | undefined;

  constructor(
    private readonly bucket: KvBucket,
    private readonly log: Logger,
    private readonly opts: GatewayWatchOptions,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.sweep(), this.opts.intervalMs ?? renewIntervalMs(BUCKET_TTL_MS.gateways));
  }

  /** Ends the checks; resolves once a check under way (and the logouts it started) is over. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.pass;
  }

  /** One check (or the one under way); exposed for tests. */
  sweep(): Promise<void> {
    this.pass ??= this.check().finally(() => {
      this.pass = undefined;
    });
    return this.pass;
  }

  private async check(): Promise<void> {
    try {
      const live = new Set((await this.bucket.keys()).slice(0, MAX_GATEWAYS));
      for (const id of [...this.seen]) {
        if (live.has(id)) continue;
        if (await this.opts.answers?.(id)) {
          this.log.warn({ gateway: id }, "gateway heartbeat gone but the gateway answers: keeping its players");
          continue;
        }
        this.seen.delete(id);
        this.log.warn({ gateway: id }, "gateway heartbeat gone: logging out its players");
        await this.opts.onGone(id);
      }
      for (const id of live) this.seen.add(id);
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, "gateway heartbeat check failed");
    }
  }
}
