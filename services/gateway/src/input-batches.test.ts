import { setTimeout as sleep } from "node:timers/promises";
import { LocalBus } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import { C2SType } from "@zonebus/protocol";
import { zoneSubjects } from "@zonebus/subjects";
import { describe, expect, it } from "vitest";
import { ArenaBatcher, InputDrop } from "./arena-batcher.js";
import { encodeInputBatches } from "./input-batches.js";

const packet = (pid: number, size: number, tag = pid) => {
  const data = new Uint8Array(size).fill(tag & 0xff);
  data[0] = C2SType.Chat;
  return { packet: { pid, data } };
};
const decode = (b: Uint8Array) => zonebus.ArenaInputBatch.decode(b).inputs;

describe("encodeInputBatches", () => {
  it("encodes what fits in one batch exactly as the protobuf batch encoder does", () => {
    const inputs = [packet(1, 30), { leavePid: 2 }, packet(300, 200), { enter: { pid: 9, name: "bot" } }];
    const { batches, tooLarge } = encodeInputBatches(inputs, 1 << 20);
    expect(tooLarge).toBe(0);
    expect(batches).toHaveLength(1);
    expect(Buffer.from(batches[0]!)).toEqual(Buffer.from(zonebus.ArenaInputBatch.encode({ inputs }).finish()));
  });

  it("splits by size at the limit, never over it, keeping order", () => {
    const inputs = Array.from({ length: 100 }, (_, i) => packet(i + 1, 20 + (i % 7) * 30, i));
    const limit = 512;
    const { batches, tooLarge } = encodeInputBatches(inputs, limit);
    expect(tooLarge).toBe(0);
    expect(batches.length).toBeGreaterThan(5);
    for (const b of batches) expect(b.byteLength).toBeLessThanOrEqual(limit);
    const pids = batches.flatMap((b) => decode(b).map((i) => i.packet?.pid));
    expect(pids).toEqual(inputs.map((i) => i.packet.pid));
  });

  it("leaves out and counts an input that alone exceeds the limit; the rest go in order", () => {
    const inputs = [packet(1, 10), packet(2, 5_000), packet(3, 10), packet(4, 600)];
    const { batches, tooLarge } = encodeInputBatches(inputs, 512);
    expect(tooLarge).toBe(2);
    expect(batches.flatMap((b) => decode(b).map((i) => i.packet?.pid))).toEqual([1, 3]);
  });

  it("puts an input that fills the limit exactly in a batch of its own", () => {
    const { batches } = encodeInputBatches([packet(1, 10)], 1 << 20);
    const framed = batches[0]!.byteLength;
    const exact = encodeInputBatches([packet(1, 10), packet(1, 10), packet(1, 10)], framed);
    expect(exact.tooLarge).toBe(0);
    expect(exact.batches.map((b) => b.byteLength)).toEqual([framed, framed, framed]);
    expect(encodeInputBatches([packet(1, 10)], framed - 1).tooLarge).toBe(1);
  });
});

describe("ArenaBatcher on a bus with a small maxPayload", () => {
  it("publishes a burst as several batches in order and drops an oversized packet, counted", async () => {
    const subjects = zoneSubjects("split");
    const bus = new LocalBus({ maxPayload: 1024 });
    const refused: string[] = [];
    bus.onPublishError((err) => refused.push(err.code));
    const sizes: number[] = [];
    const got: (number | null | undefined)[] = [];
    bus.subscribe(subjects.arenaIn("duel"), (m) => {
      sizes.push(m.data.byteLength);
      got.push(...decode(m.data).map((i) => i.packet?.pid));
    });
    const drops = new Map<string, number>();
    const batcher = new ArenaBatcher(bus, subjects, { onDrop: (r, n) => drops.set(r, (drops.get(r) ?? 0) + n) });
    batcher.start();
    for (let i = 1; i <= 200; i++) batcher.add("duel", i === 50 ? packet(i, 4_000) : packet(i, 22));
    await sleep(5);
    await bus.flush();
    batcher.stop();
    await bus.close();
    expect(got).toEqual(Array.from({ length: 200 }, (_, i) => i + 1).filter((pid) => pid !== 50));
    expect(sizes.length).toBeGreaterThan(3);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1024);
    expect(drops.get(InputDrop.TooLarge)).toBe(1);
    expect(refused).toEqual([]);
  });
});
