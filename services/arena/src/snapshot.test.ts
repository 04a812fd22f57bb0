import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { LocalBus } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import { C2SCodecs, C2SType, S2CType } from "@zonebus/protocol";
import { FileStore, type KvBucket } from "@zonebus/store";
import { zoneSubjects } from "@zonebus/subjects";
import { defaultZone } from "@zonebus/zone";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Arena, arenaContentOf } from "./arena.js";
import { decodeSnapshot, planRestore, SnapshotDecodeError } from "./snapshot.js";

const subjects = zoneSubjects("snap");
const zone = defaultZone();
const info = (pid: number, name: string) => zonebus.PlayerInfo.create({ pid, name, gateway: "gw" });

describe("arena snapshots", () => {
  let dir: string;
  let store: FileStore;
  let scores: KvBucket;
  let bus: LocalBus;
  /** S2C packet types each pid was sent, in order. */
  let sent: Map<number, number[]>;

  const arena = () =>
    new Arena("duel", {
      bus,
      subjects,
      logger: pino({ level: "silent" }),
      content: arenaContentOf(() => zone),
      scores,
    });
  const packet = (a: Arena, pid: number, data: Uint8Array) => a.handleInput({ packet: { pid, data } });
  const settle = async (a: Arena, players: number) => {
    for (let i = 0; i < 100 && a.playerCount < players; i++) await sleep(5);
    await sleep(5);
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "zb-snap-"));
    store = await FileStore.open({ dir });
    scores = await store.bucket("scores");
    bus = new LocalBus();
    sent = new Map();
    bus.subscribe(subjects.gatewayOut("gw"), (m) => {
      for (const d of zonebus.DeliveryBatch.decode(m.data).deliveries)
        for (const pid of d.pids ?? []) sent.set(pid, [...(sent.get(pid) ?? []), d.packet?.[0] ?? -1]);
    });
  });
  afterEach(async () => {
    await bus.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** An arena with alpha (pid 1, warbird, killed bravo for 7) and bravo (pid 2, javelin). */
  const played = async () => {
    const a = arena();
    a.handleInput({ enter: info(1, "alpha") });
    a.handleInput({ enter: info(2, "bravo") });
    await settle(a, 2);
    packet(a, 1, C2SCodecs.ShipChange.encode({ type: C2SType.ShipChange, ship: 0 }));
    packet(a, 2, C2SCodecs.ShipChange.encode({ type: C2SType.ShipChange, ship: 1 }));
    packet(a, 2, C2SCodecs.Death.encode({ type: C2SType.Death, killerId: 1, bounty: 7 }));
    return a;
  };

  it("hands every player's ship, freq, position and score and the seeds to a new owner, which sends nothing", async () => {
    const old = await played();
    const bytes = zonebus.ArenaSnapshot.encode(old.snapshot("r1", true)).finish();
    await old.close();
    await sleep(10);
    sent.clear();
    const next = arena();
    const snapshot = decodeSnapshot(bytes);
    if (snapshot instanceof Error) throw snapshot;
    await next.restore(snapshot, [info(1, "alpha"), info(2, "bravo")]);
    await sleep(10);
    const strip = (s: zonebus.ArenaSnapshot) => {
      const wire = zonebus.ArenaSnapshot.decode(zonebus.ArenaSnapshot.encode(s).finish());
      return { ...zonebus.ArenaSnapshot.toObject(wire), takenMs: 0, owner: "" };
    };
    expect(strip(next.snapshot("r2", true))).toEqual(strip(snapshot));
    expect(next.players.get(1)).toMatchObject({ ship: 0, killPoints: 7, kills: 1 });
    expect(next.players.get(2)).toMatchObject({ ship: 1, deaths: 1 });
    expect(sent.size).toBe(0);
  });

  it("after a crash keeps stored scores, drops players gone and gives newcomers the whole entry burst", async () => {
    const old = await played();
    const checkpoint = old.snapshot("r1", false);
    // After the checkpoint alpha kills bravo again: only the score store knows.
    packet(old, 2, C2SCodecs.Death.encode({ type: C2SType.Death, killerId: 1, bounty: 5 }));
    await old.close();
    sent.clear();
    const next = arena();
    // bravo left during the outage; charlie entered after the checkpoint.
    const plan = await next.restore(checkpoint, [info(1, "alpha"), info(3, "charlie")]);
    expect(plan).toMatchObject({ gone: [2], fresh: [{ pid: 3 }] });
    await settle(next, 2);
    expect(next.players.get(1)).toMatchObject({ ship: 0, killPoints: 12, kills: 2 });
    expect(next.players.has(2)).toBe(false);
    const alpha = sent.get(1) ?? [];
    expect(alpha).toEqual(expect.arrayContaining([S2CType.PlayerLeaving, S2CType.ShipFreqChange, S2CType.ScoreUpdate]));
    expect(alpha).not.toContain(S2CType.WhoAmI);
    expect(sent.get(3)?.[0]).toBe(S2CType.WhoAmI);
    expect(sent.get(3)).toContain(S2CType.EnteringComplete);
  });

  it("after a drain tells clients only of a player who left while the arena had no owner", async () => {
    const old = await played();
    const snapshot = old.snapshot("r1", true);
    await old.close();
    await sleep(10);
    sent.clear();
    const next = arena();
    await next.restore(snapshot, [info(1, "alpha")]);
    await sleep(10);
    expect([...sent]).toEqual([[1, [S2CType.PlayerLeaving]]]);
    expect([...next.players.keys()]).toEqual([1]);
  });

  it("after a drain lets directory players the snapshot lacks come with their own enter, but finishes pending entries", () => {
    const snapshot = zonebus.ArenaSnapshot.create({
      final: true,
      players: [{ info: info(1, "alpha"), ship: 2 }],
      entering: [info(4, "delta")],
    });
    const plan = planRestore(snapshot, [info(1, "alpha"), info(3, "charlie"), info(4, "delta")]);
    expect(plan.kept.map((k) => k.info.pid)).toEqual([1]);
    expect(plan.fresh.map((f) => f.pid)).toEqual([4]);
    // A reused pid under another name is another player.
    expect(planRestore(snapshot, [info(1, "mallory")])).toMatchObject({ kept: [], gone: [1] });
  });

  it("reports a corrupt snapshot as an error value", () => {
    const res = decodeSnapshot(new Uint8Array([0x0a, 0xff, 0xff, 0xff]));
    expect(res).toBeInstanceOf(SnapshotDecodeError);
    expect((res as SnapshotDecodeError).code).toBe("ARENA_BAD_SNAPSHOT");
  });
});
