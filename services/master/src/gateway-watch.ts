import type { KvBucket } from "@zonebus/store";
import { BUCKET_TTL_MS } from "@zonebus/subjects";
import type { Logger } from "pino";
import { MAX_GATEWAYS } from "./gateways.js";

export interface GatewayWatchOptions {
  /** How often the heartbeats are checked (default a third of the bucket TTL). */
  readonly intervalMs?: number;
  /** Called once for a gateway that heartbeated before and whose entry is gone. */
  readonly onGone: (gatewayId: string) => Promise<void>;
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
  private sweeping = false;

  constructor(
    private readonly bucket: KvBucket,
    private readonly log: Logger,
    private readonly opts: GatewayWatchOptions,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.sweep(), this.opts.intervalMs ?? BUCKET_TTL_MS.gateways / 3);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One check; exposed for tests. */
  async sweep(): Promise<void> {
    if (this.sweeping) return;
    this.sweeping = true;
    try {
      const live = new Set((await this.bucket.keys()).slice(0, MAX_GATEWAYS));
      for (const id of [...this.seen]) {
        if (live.has(id)) continue;
        this.seen.delete(id);
        this.log.warn({ gateway: id }, "gateway heartbeat gone: logging out its players");
        await this.opts.onGone(id);
      }
      for (const id of live) this.seen.add(id);
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, "gateway heartbeat check failed");
    } finally {
      this.sweeping = false;
    }
  }
}
