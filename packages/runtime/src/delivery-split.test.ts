import { zonebus } from "@zonebus/proto";
import { describe, expect, it } from "vitest";
import { DELIVERY_HEADROOM_BYTES, deliveryBound, encodeDeliveries, filePieceBytes } from "./delivery-split.js";

const bytes = (n: number, seed = 1) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 0xff);
const decode = (messages: Uint8Array[]) => messages.flatMap((m) => zonebus.DeliveryBatch.decode(m).deliveries);

describe("encodeDeliveries", () => {
  it("keeps a small turn in one message", () => {
    const out = encodeDeliveries(
      [
        { pids: [1, 2], packet: bytes(20), reliable: true, priority: 1 },
        { pids: [3], packet: bytes(22), reliable: false, priority: 0 },
      ],
      1024 * 1024,
    );
    expect(out).toHaveLength(1);
    expect(decode(out).map((d) => d.pids)).toEqual([[1, 2], [3]]);
  });

  it("splits a burst so no message exceeds max_payload, in order", () => {
    const max = 16 * 1024;
    const list = Array.from({ length: 2_000 }, (_, i) => ({ pids: [i], packet: bytes(100, i), reliable: true }));
    const out = encodeDeliveries(list, max);
    expect(out.length).toBeGreaterThan(10);
    for (const m of out) expect(m.length).toBeLessThanOrEqual(max - DELIVERY_HEADROOM_BYTES);
    expect(decode(out).map((d) => d.pids?.[0])).toEqual(list.map((d) => d.pids[0]));
  });

  it("cuts a file into pieces of one transfer that add up to the file", () => {
    const max = 16 * 1024;
    const file = bytes(10_000, 7);
    const out = encodeDeliveries(
      [{ pids: [5], packet: file, reliable: true, priority: 1, stream: true }],
      max,
      () => 0.25,
    );
    const parts = decode(out);
    expect(parts.length).toBe(Math.ceil(file.length / filePieceBytes(max)));
    expect(parts[0]).toMatchObject({ pids: [5], stream: true, offset: 0, total: file.length, transfer: 2 ** 30 });
    for (const p of parts.slice(1)) expect(p.pids).toEqual([]);
    expect(new Set(parts.map((p) => p.transfer)).size).toBe(1);
    expect(Buffer.concat(parts.map((p) => p.packet ?? new Uint8Array(0)))).toEqual(Buffer.from(file));
  });

  it("pieces a reliable packet too big for one message, and spreads a huge recipient list", () => {
    const max = 4 * 1024;
    const big = bytes(9_000);
    const pids = Array.from({ length: 1_000 }, (_, i) => i);
    const out = encodeDeliveries(
      [
        { pids: [1], packet: big, reliable: true },
        { pids, packet: bytes(30), reliable: true },
      ],
      max,
    );
    for (const m of out) expect(m.length).toBeLessThanOrEqual(max - DELIVERY_HEADROOM_BYTES);
    const parts = decode(out);
    const pieces = parts.filter((p) => p.total === big.length);
    expect(Buffer.concat(pieces.map((p) => p.packet ?? new Uint8Array(0)))).toEqual(Buffer.from(big));
    expect(parts.filter((p) => !p.total).flatMap((p) => p.pids)).toEqual(pids);
  });

  it("bounds each delivery's encoded size from above", () => {
    const d = { pids: [0xffffffff, 0xffffffff], packet: bytes(300), reliable: true, priority: 2, stream: true };
    const real = zonebus.DeliveryBatch.encode({
      deliveries: [{ ...d, transfer: 0xffffffff, offset: 1e9, total: 1e9 }],
    });
    expect(real.finish().length).toBeLessThanOrEqual(deliveryBound(2, 300));
  });
});
