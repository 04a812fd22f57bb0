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

  /** A gateway's status; undefined when it has none or an entry that does not decode. */
  async get(id: string): Promise<zonebus.GatewayStatus | undefined> {
    const entry = await this.bucket.get(id).catch(() => undefined);
    if (!entry) return undefined;
    try {
      return zonebus.GatewayStatus.decode(entry.value);
    } catch {
      return undefined;
    }
  }

  /** Gateways heartbeating and not draining, fewest connections first. */
  async live(): Promise<zonebus.GatewayStatus[]> {
    const keys = (await this.bucket.keys()).slice(0, MAX_GATEWAYS);
    const out = (await Promise.all(keys.map((key) => this.get(key)))).filter(
      (s): s is zonebus.GatewayStatus => s !== undefined && !s.draining && s.publicIp !== "" && s.publicPort !== 0,
    );
    return out.sort((a, b) => a.connections - b.connections || a.id.localeCompare(b.id));
  }

  /**
   * The least-loaded live gateway other than `except`, of the first of `groups` that has one
   * (an undefined group: any), from one read of the heartbeats.
   */
  async pick(opts: {
    groups: readonly (string | undefined)[];
    except?: string;
  }): Promise<zonebus.GatewayStatus | undefined> {
    const live = (await this.live()).filter((g) => g.id !== opts.except);
    for (const group of opts.groups) {
      const found = live.find((g) => group === undefined || g.group === group);
      if (found) return found;
    }
    return undefined;
  }
}
