import { type Bus, BusStatus } from "@zonebus/bus";
import { Counter, type Registry } from "prom-client";

/**
 * Counts a process's NATS connection losses and recoveries from the bus's status events. A
 * node loss shows as one disconnect and one reconnect; disconnects without reconnects mean a
 * process cut off from the bus. Returns what stops the counting.
 */
export function countBusReconnects(bus: Bus, registry: Registry): () => void {
  const disconnects = new Counter({
    name: "zb_nats_disconnects_total",
    help: "Times this process lost its NATS connection",
    registers: [registry],
  });
  const reconnects = new Counter({
    name: "zb_nats_reconnects_total",
    help: "Times this process got its NATS connection back (to the same node or another)",
    registers: [registry],
  });
  return bus.onStatus((s) => {
    if (s === BusStatus.Disconnected) disconnects.inc();
    else if (s === BusStatus.Reconnected) reconnects.inc();
  });
}
