import { zonebus } from "@zonebus/proto";
import { encodeDeliveries } from "@zonebus/runtime";
import { describe, expect, it } from "vitest";
import { DEFAULT_PIECE_LIMITS, PieceAssembler, PieceDrop, type PieceLimits } from "./piece-assembler.js";

const file = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7 + 0x2a) & 0xff);
/** A file as the arena sends it: pieces of one transfer on a 4 KiB max_payload bus. */
const piecesOf = (packet: Uint8Array, pids = [1]) =>
  encodeDeliveries([{ pids, packet, reliable: true, priority: 1, stream: true }], 4096).flatMap(
    (m) => zonebus.DeliveryBatch.decode(m).deliveries,
  );

const setup = (limits: Partial<PieceLimits> = {}) => {
  const drops: string[] = [];
  const a = new PieceAssembler({ ...DEFAULT_PIECE_LIMITS, ...limits }, (r) => drops.push(r));
  return { a, drops };
};

describe("PieceAssembler", () => {
  it("gives back the whole file with the first piece's recipients and flags", () => {
    const { a, drops } = setup();
    const f = file(3_000);
    const parts = piecesOf(f, [4, 9]);
    expect(parts.length).toBeGreaterThan(3);
    const out = parts.map((p) => a.add(p, 0));
    expect(out.slice(0, -1).every((o) => o === undefined)).toBe(true);
    expect(out.at(-1)).toMatchObject({ pids: [4, 9], stream: true, reliable: true, priority: 1 });
    expect(Buffer.from(out.at(-1)!.packet)).toEqual(Buffer.from(f));
    expect([a.bytes, a.pending, drops.length]).toEqual([0, 0, 0]);
  });

  it("drops a transfer whose pieces come out of order, and the pieces after it", () => {
    const { a, drops } = setup();
    const [first, second, third, ...rest] = piecesOf(file(3_000));
    a.add(first!, 0);
    expect(a.add(third!, 0)).toBeUndefined();
    expect(a.add(second!, 0)).toBeUndefined();
    for (const p of rest) expect(a.add(p, 0)).toBeUndefined();
    expect(drops).toEqual([PieceDrop.Gap, ...Array(rest.length + 1).fill(PieceDrop.Orphan)]);
    expect(a.bytes).toBe(0);
  });

  it("ignores a repeated piece and still completes", () => {
    const { a, drops } = setup();
    const f = file(2_000);
    const parts = piecesOf(f);
    const out = [parts[0]!, parts[1]!, parts[1]!, ...parts.slice(2)].map((p) => a.add(p, 0));
    expect(Buffer.from(out.at(-1)!.packet)).toEqual(Buffer.from(f));
    expect(drops).toEqual([PieceDrop.Duplicate]);
  });

  it("refuses pieces past the announced total or with a changed total", () => {
    const { a, drops } = setup();
    const [first, second] = piecesOf(file(2_000));
    a.add(first!, 0);
    expect(a.add({ ...second!, total: 5_000 }, 0)).toBeUndefined();
    a.add(first!, 0);
    expect(a.add({ ...second!, packet: file(3_000) }, 0)).toBeUndefined();
    expect(a.add({ transfer: 1, offset: 0, total: 10, pids: [1], packet: file(11) }, 0)).toBeUndefined();
    expect(drops).toEqual([PieceDrop.Overrun, PieceDrop.Overrun, PieceDrop.Overrun]);
    expect(a.bytes).toBe(0);
  });

  it("charges a transfer's whole size when it starts and refuses one past a player's or the gateway's budget", () => {
    const { a, drops } = setup({ perPlayerBytes: 5_000, totalBytes: 7_000 });
    a.add({ transfer: 1, offset: 0, total: 4_000, pids: [1], packet: file(10) }, 0);
    a.add({ transfer: 2, offset: 0, total: 2_000, pids: [1], packet: file(10) }, 0);
    a.add({ transfer: 3, offset: 0, total: 4_000, pids: [2], packet: file(10) }, 0);
    a.add({ transfer: 4, offset: 0, total: 0xffffffff, pids: [3], packet: file(10) }, 0);
    expect(drops).toEqual([PieceDrop.OverBudget, PieceDrop.OverBudget, PieceDrop.OverBudget]);
    expect([a.bytes, a.pending]).toEqual([4_000, 1]);
  });

  it("forgets a transfer whose last piece never comes, after the timeout or when its player leaves", () => {
    const { a, drops } = setup({ timeoutMs: 1_000 });
    const [first] = piecesOf(file(3_000), [1]);
    a.add(first!, 0);
    a.add({ ...first!, transfer: (first!.transfer ?? 0) + 1, pids: [2] }, 0);
    expect(a.pending).toBe(2);
    a.forget(2);
    expect(a.pending).toBe(1);
    a.sweep(1_000);
    expect([a.pending, a.bytes]).toEqual([0, 0]);
    expect(drops).toEqual([PieceDrop.Stale]);
  });
});
