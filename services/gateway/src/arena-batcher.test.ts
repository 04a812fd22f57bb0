import { setTimeout as sleep } from "node:timers/promises";
import { LocalBus } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import { C2SType } from "@zonebus/protocol";
import { zoneSubjects } from "@zonebus/subjects";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ArenaBatcher, HoldDrop, MAX_HELD_ARENAS, MAX_HELD_INPUTS, MAX_HOLD_MS } from "./arena-batcher.js";

const subjects = zoneSubjects("hold");
const position = (pid: number, x: number) => ({ packet: { pid, data: new Uint8Array([C2SType.Position, x]) } });
const chat = (pid: number, n: number) => ({ packet: { pid, data: new Uint8Array([C2SType.Chat, n]) } });
const owner = (arena: string, id: string) => zonebus.ArenaOwner.encode({ arena, owner: id }).finish();

describe("gateway arena batcher: input of an arena without owner", () => {
  let bus: LocalBus;
  let now: number;
  let received: zonebus.IArenaInput[];
  let drops: Map<string, number>;
  let batcher: ArenaBatcher;

  beforeEach(() => {
    bus = new LocalBus();
    now = 0;
    received = [];
    drops = new Map();
    bus.subscribe(subjects.arenaIn("duel"), (m) => received.push(...zonebus.ArenaInputBatch.decode(m.data).inputs));
    batcher = new ArenaBatcher(bus, subjects, {
      now: () => now,
      onDrop: (reason, n) => drops.set(reason, (drops.get(reason) ?? 0) + n),
    });
    batcher.start();
  });
  afterEach(async () => {
    batcher.stop();
    await bus.close();
  });

  it("holds it while a handover runs and sends it to the new owner in order, newest position per player", async () => {
    batcher.onOwner(owner("duel", ""));
    batcher.add("duel", chat(1, 1));
    batcher.add("duel", position(1, 10));
    batcher.add("duel", position(2, 20));
    batcher.add("duel", position(1, 11));
    batcher.add("duel", chat(2, 2));
    await sleep(5);
    expect(received).toEqual([]);
    batcher.onOwner(owner("duel", "arena-b"));
    await sleep(5);
    expect(received.map((i) => [i.packet?.pid, i.packet?.data?.[1]])).toEqual([
      [1, 1],
      [1, 11],
      [2, 20],
      [2, 2],
    ]);
    batcher.add("duel", chat(1, 3));
    await sleep(5);
    expect(received).toHaveLength(5);
  });

  it("holds it while the owner does not answer probes, and sends it on once a probe is answered", async () => {
    batcher.ownerMissing("duel");
    batcher.add("duel", chat(1, 1));
    batcher.add("duel", position(1, 10));
    await sleep(5);
    expect(received).toEqual([]);
    batcher.ownerAnswered("duel");
    await sleep(5);
    expect(received.map((i) => i.packet?.data?.[1])).toEqual([1, 10]);
  });

  it("holds a first entry until a probe is answered, then sends it", async () => {
    batcher.holdUntilAnswered("duel");
    batcher.add("duel", chat(1, 7));
    await sleep(5);
    expect(received).toEqual([]);
    batcher.ownerAnswered("duel");
    await sleep(5);
    expect(received.map((i) => i.packet?.data?.[1])).toEqual([7]);
    expect(batcher.heldArenas).toEqual([]);
  });

  it("lets an unconfirmed first entry go after its wait, but keeps a hold that became a real one", async () => {
    batcher.holdUntilAnswered("duel");
    batcher.add("duel", chat(1, 1));
    batcher.releaseUnconfirmed("duel");
    await sleep(5);
    expect(received.map((i) => i.packet?.data?.[1])).toEqual([1]);
    batcher.holdUntilAnswered("duel");
    batcher.ownerMissing("duel");
    batcher.add("duel", chat(1, 2));
    batcher.releaseUnconfirmed("duel");
    await sleep(5);
    expect(received).toHaveLength(1);
    expect(batcher.heldArenas).toEqual(["duel"]);
  });

  it("ends a hold the owner announced only on an announcement, whatever probes say", async () => {
    // A probe's hold that an announcement confirms, and one the announcement started.
    batcher.ownerMissing("duel");
    batcher.onOwner(owner("duel", ""));
    batcher.add("duel", chat(1, 1));
    // The old owner still answers during its grace: its answer must not send input its way.
    batcher.ownerAnswered("duel");
    await sleep(5);
    expect(received).toEqual([]);
    batcher.onOwner(owner("duel", "arena-b"));
    await sleep(5);
    expect(received.map((i) => i.packet?.data?.[1])).toEqual([1]);
  });

  it("holds at most MAX_HELD_INPUTS for at most MAX_HOLD_MS, counting what it drops", async () => {
    batcher.onOwner(owner("duel", ""));
    for (let i = 0; i < MAX_HELD_INPUTS + 10; i++) batcher.add("duel", chat(1, i & 0xff));
    expect(drops.get(HoldDrop.Full)).toBe(10);
    now = MAX_HOLD_MS + 1;
    batcher.add("duel", chat(1, 0xee));
    expect(drops.get(HoldDrop.Expired)).toBe(MAX_HELD_INPUTS);
    await sleep(5);
    // The hold is over: input flows again (to whoever subscribes).
    expect(received.map((i) => i.packet?.data?.[1])).toEqual([0xee]);
    expect(batcher.heldArenas).toEqual([]);
  });

  it("drops rather than sends what it held when the owner announces itself after MAX_HOLD_MS", async () => {
    batcher.onOwner(owner("duel", ""));
    batcher.add("duel", chat(1, 1));
    batcher.add("duel", position(1, 10));
    now = MAX_HOLD_MS + 1;
    batcher.onOwner(owner("duel", "arena-b"));
    expect(drops.get(HoldDrop.Expired)).toBe(2);
    expect(batcher.heldArenas).toEqual([]);
    batcher.add("duel", chat(1, 2));
    await sleep(5);
    expect(received.map((i) => i.packet?.data?.[1])).toEqual([2]);
  });

  it("holds no more than MAX_HELD_ARENAS arenas at once", () => {
    for (let i = 0; i <= MAX_HELD_ARENAS; i++) batcher.onOwner(owner(`a${i}`, ""));
    expect(batcher.heldArenas).toHaveLength(MAX_HELD_ARENAS);
    expect(drops.get(HoldDrop.TooManyArenas)).toBe(1);
    batcher.onOwner(new Uint8Array([0xff, 0xff]));
    expect(batcher.heldArenas).toHaveLength(MAX_HELD_ARENAS);
  });
});
