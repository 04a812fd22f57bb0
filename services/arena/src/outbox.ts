import type { Bus } from "@zonebus/bus";
import type { zonebus } from "@zonebus/proto";
import { DeliveryPriority, encodeDeliveries } from "@zonebus/runtime";
import type { ZoneSubjects } from "@zonebus/subjects";

/**
 * Delivery priorities, lowest first: unreliable 0 (positions) may be dropped under bandwidth
 * pressure, reliable 0 (chat) may be shed by a gateway whose recipient cannot keep up.
 */
export const Priority = DeliveryPriority;
export type Priority = DeliveryPriority;

/**
 * Collects an arena replica's outbound packets and publishes them once per turn of the event
 * loop: one `DeliveryBatch` per gateway, listing the recipients of each packet, so a burst of
 * positions costs one bus message per gateway and the gateway fans each packet out to its
 * connections. One subject per gateway keeps every packet for a player in send order. A turn
 * larger than the bus's max_payload goes as several messages, and files as pieces that the
 * gateway puts back together (encodeDeliveries).
 */
export class Outbox {
  private readonly perGateway = new Map<string, zonebus.IDelivery[]>();
  private scheduled = false;

  constructor(
    private readonly bus: Bus,
    private readonly subjects: ZoneSubjects,
  ) {}

  send(
    gateway: string,
    pids: number[],
    packet: Uint8Array,
    reliable: boolean,
    priority: Priority = Priority.Normal,
    /** Send as a `00 0A` stream (file downloads). */
    stream = false,
  ): void {
    if (pids.length === 0) return;
    let list = this.perGateway.get(gateway);
    if (!list) {
      list = [];
      this.perGateway.set(gateway, list);
    }
    list.push({ pids, packet, reliable, priority, stream });
    this.schedule();
  }

  flush(): void {
    for (const [gateway, deliveries] of this.perGateway) {
      const subject = this.subjects.gatewayOut(gateway);
      for (const message of encodeDeliveries(deliveries, this.bus.maxPayload)) this.bus.publish(subject, message);
    }
    this.perGateway.clear();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }
}
