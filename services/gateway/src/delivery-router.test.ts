import { zonebus } from "@zonebus/proto";
import { DeliveryPriority, encodeDeliveries } from "@zonebus/runtime";
import pino from "pino";
import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { DeliveryRouter } from "./delivery-router.js";
import type { ClientLink } from "./player-session.js";

/** A connection end that records what it is given and reports the backlog a test sets. */
class RecordingLink implements ClientLink {
  readonly address = "127.0.0.1";
  readonly port = 1;
  readonly reliable: Uint8Array[] = [];
  readonly streams: Uint8Array[] = [];
  readonly unreliable: Array<{ packet: Uint8Array; droppable: boolean }> = [];
  reliableBacklog = 0;
  readonly reliableCapacity = 500;
  sendReliable(p: Uint8Array): void {
    this.reliable.push(p);
  }
  sendUnreliable(packet: Uint8Array, droppable: boolean): void {
    this.unreliable.push({ packet, droppable });
  }
  sendStream(p: Uint8Array): boolean {
    this.streams.push(p);
    return true;
  }
  close(): void {}
}

const setup = () => {
  const metrics = new Registry();
  const link = new RecordingLink();
  const session = { link };
  const router = new DeliveryRouter({
    metrics,
    logger: pino({ level: "silent" }),
    sessionOf: (pid) => (pid === 7 ? session : undefined),
    flushSoon: () => undefined,
    now: () => 0,
  });
  const dropped = async (reason: string) =>
    (await metrics.getSingleMetric("zb_gateway_dropped_deliveries_total")?.get())?.values.find(
      (v) => v.labels.reason === reason,
    )?.value ?? 0;
  return { router, link, dropped };
};
const chat = (priority: number) => ({ pids: [7], packet: Uint8Array.of(0x07, 1, 2), reliable: true, priority });
const batch = (deliveries: zonebus.IDelivery[]) => zonebus.DeliveryBatch.encode({ deliveries }).finish();

describe("DeliveryRouter", () => {
  it("sheds chat once the recipient's backlog is half full, keeps game state while it fits, and never overflows it", async () => {
    const { router, link, dropped } = setup();
    const all = batch([chat(DeliveryPriority.Droppable), chat(DeliveryPriority.Normal), chat(DeliveryPriority.High)]);
    link.reliableBacklog = 249;
    router.onBatch(all);
    link.reliableBacklog = 250;
    router.onBatch(all);
    link.reliableBacklog = 400;
    router.onBatch(all);
    link.reliableBacklog = 500;
    router.onBatch(all);
    expect(link.reliable).toHaveLength(3 + 2 + 2);
    expect([await dropped("shed_chat"), await dropped("reliable_full")]).toEqual([3, 2]);
  });

  it("keeps unreliable semantics: priority 0 droppable, others not", () => {
    const { router, link } = setup();
    router.onBatch(
      batch([
        { ...chat(0), reliable: false },
        { ...chat(1), reliable: false },
      ]),
    );
    expect(link.unreliable.map((u) => u.droppable)).toEqual([true, false]);
  });

  it("hands a file sent in pieces to the connection whole, once", async () => {
    const { router, link, dropped } = setup();
    const file = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 13 + 0x2a) & 0xff);
    file[0] = 0x2a;
    const messages = encodeDeliveries(
      [{ pids: [7, 8], packet: file, reliable: true, priority: 1, stream: true }],
      8192,
    );
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) router.onBatch(m);
    expect(link.streams).toHaveLength(1);
    expect(Buffer.from(link.streams[0]!)).toEqual(Buffer.from(file));
    expect(await dropped("piece_orphan")).toBe(0);
  });

  it("counts a batch it cannot decode and goes on", async () => {
    const { router, link, dropped } = setup();
    router.onBatch(Uint8Array.of(0x0a, 0xff, 0xff));
    router.onBatch(batch([chat(1)]));
    expect(await dropped("bad_batch")).toBe(1);
    expect(link.reliable).toHaveLength(1);
  });
});
