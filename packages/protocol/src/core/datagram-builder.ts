/**
 * Packs outgoing packets into datagrams the way ASSS does (core.md §5): packets of up to 255
 * bytes gather in a `00 0E` cluster that is closed before it would pass 512 bytes; a cluster
 * of one item goes out bare; bigger packets go out alone.
 */
import { CLUSTER_HEADER_LENGTH, MAX_CLUSTER_ITEM, MAX_SEND_DATAGRAM } from "./constants.js";
import { clusterItemCost, encodeCluster } from "./packets/cluster.js";

export class DatagramBuilder {
  private items: Uint8Array[] = [];
  private size = CLUSTER_HEADER_LENGTH;
  private readonly datagrams: Uint8Array[] = [];
  clusters = 0;

  constructor(private readonly maxDatagram = MAX_SEND_DATAGRAM) {}

  /** Adds one packet. The datagrams produced are always fresh copies, safe to encrypt in place. */
  add(packet: Uint8Array): void {
    if (packet.length > MAX_CLUSTER_ITEM) {
      this.datagrams.push(new Uint8Array(packet));
      return;
    }
    if (this.size + clusterItemCost(packet.length) > this.maxDatagram) this.flush();
    this.items.push(packet);
    this.size += clusterItemCost(packet.length);
  }

  /** Every datagram built, the open cluster included; the builder is empty afterwards. */
  finish(): Uint8Array[] {
    this.flush();
    return this.datagrams.splice(0);
  }

  private flush(): void {
    if (this.items.length === 1) this.datagrams.push(new Uint8Array(this.items[0]!));
    else if (this.items.length > 1) {
      this.datagrams.push(encodeCluster(this.items));
      this.clusters++;
    }
    this.items = [];
    this.size = CLUSTER_HEADER_LENGTH;
  }
}
