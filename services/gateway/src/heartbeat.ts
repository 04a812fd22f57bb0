import { zonebus } from "@zonebus/proto";
import type { KvBucket } from "@zonebus/store";
import { BUCKET_TTL_MS, renewIntervalMs } from "@zonebus/subjects";
import type { Logger } from "pino";

/** What a gateway announces in the `gateways` bucket. */
export interface GatewayAnnouncement {
  readonly id: string;
  readonly group: string;
  readonly publicIp: string;
  readonly publicPort: number;
  connections(): number;
}

/**
 * Puts the gateway's status into the `gateways` bucket every third of the bucket TTL, so the
 * master can find live gateways (homes, drain targets); a gateway that dies drops out when its
 * entry expires. `stop` deletes the entry at once.
 */
export class GatewayHeartbeat {
  private timer: NodeJS.Timeout | undefined;
  private draining = false;

  constructor(
    private readonly bucket: KvBucket,
    private readonly me: GatewayAnnouncement,
    private readonly log: Logger,
    private readonly intervalMs = renewIntervalMs(BUCKET_TTL_MS.gateways),
  ) {}

  async start(): Promise<void> {
    await this.beat();
    this.timer = setInterval(() => void this.beat(), this.intervalMs);
  }

  /** Announces that the gateway is draining: the master sends nobody here any more. */
  async drain(): Promise<void> {
    this.draining = true;
    await this.beat();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.bucket
      .delete(this.me.id)
      .catch((err: Error) => this.log.warn({ err: err.message }, "heartbeat delete failed"));
  }

  private async beat(): Promise<void> {
    const status = zonebus.GatewayStatus.encode({
      id: this.me.id,
      group: this.me.group,
      publicIp: this.me.publicIp,
      publicPort: this.me.publicPort,
      connections: this.me.connections(),
      draining: this.draining,
    }).finish();
    try {
      await this.bucket.put(this.me.id, status);
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, "heartbeat put failed");
    }
  }
}
