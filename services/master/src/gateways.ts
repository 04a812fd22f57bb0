import { zonebus } from "@zonebus/proto";
import type { KvBucket } from "@zonebus/store";

/** Most gateway entries read per lookup; a zone has a handful, so more is a broken store. */
export const MAX_GATEWAYS = 256;

/**
 * The live gateways of the zone, read from their heartbeats in the store (bucket `gateways`,
 * bucket-wide TTL: a gateway that stops heartbeating drops out by itself).
 */
export class GatewayRegistry {
  constructor(private readonly bucket: KvBucket) {}

  async get(id: string): Promise<zonebus.GatewayStatus | undefined> {
    const entry = await this.bucket.get(id).catch(() => undefined);
    return entry ? zonebus.GatewayStatus.decode(entry.value) : undefined;
  }

  /** Gateways heartbeating and not draining, fewest connections first. */
  async live(): Promise<zonebus.GatewayStatus[]> {
    const out: zonebus.GatewayStatus[] = [];
    for (const key of (await this.bucket.keys()).slice(0, MAX_GATEWAYS)) {
      const status = await this.get(key);
      if (status && !status.draining && status.publicIp && status.publicPort) out.push(status);
    }
    return out.sort((a, b) => a.connections - b.connections || a.id.localeCompare(b.id));
  }

  /** The least-loaded live gateway of `group` (any group when undefined) other than `except`. */
  async pick(opts: { group?: string; except?: string }): Promise<zonebus.GatewayStatus | undefined> {
    return (await this.live()).find(
      (g) => g.id !== opts.except && (opts.group === undefined || g.group === opts.group),
    );
  }
}
