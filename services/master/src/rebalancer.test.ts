import { describe, expect, it } from "vitest";
import { parsePins } from "./pins.js";
import { type ArenaMove, chooseMove, type RebalancePolicy, type ReplicaView } from "./rebalancer.js";

const policy: RebalancePolicy = { playerThreshold: 10, arenaThreshold: 1, cooldownMs: 60_000, warmupMs: 5_000 };
const NOW = 100_000;
const none = new Map<string, number>();

const replica = (
  id: string,
  arenas: Record<string, number>,
  extra: { draining?: boolean; labels?: string[]; firstSeen?: number } = {},
): ReplicaView => ({
  id,
  draining: extra.draining ?? false,
  labels: extra.labels ?? [],
  arenas: new Map(Object.entries(arenas)),
  firstSeen: extra.firstSeen ?? 0,
});

/** Applies moves as chooseMove picks them until it picks none; the moves in order. */
function settle(replicas: ReplicaView[], p = policy): ArenaMove[] {
  const moves: ArenaMove[] = [];
  const moved = new Map<string, number>();
  for (let move = chooseMove(replicas, moved, NOW, p); move; move = chooseMove(replicas, moved, NOW, p)) {
    moves.push(move);
    moved.set(move.arena, NOW - p.cooldownMs);
    const from = replicas.find((r) => r.id === move.from)!.arenas as Map<string, number>;
    const to = replicas.find((r) => r.id === move.to)!.arenas as Map<string, number>;
    to.set(move.arena, from.get(move.arena)!);
    from.delete(move.arena);
    if (moves.length > 20) throw new Error("moves do not end");
  }
  return moves;
}

describe("rebalancing decisions", () => {
  it("moves arenas to a replica that joined until each holds half, then stops", () => {
    const replicas = [replica("a", { fa: 3, fb: 3, fc: 3, fd: 3 }), replica("b", {})];
    const moves = settle(replicas);
    expect(moves).toHaveLength(2);
    expect(moves.every((m) => m.from === "a" && m.to === "b")).toBe(true);
    expect(replicas.map((r) => r.arenas.size)).toEqual([2, 2]);
  });

  it("moves the arena that brings the players closest when the player gap passes the threshold", () => {
    const replicas = [replica("a", { big: 30, mid: 12, small: 2 }), replica("b", { other: 20 })];
    // gap 24: moving mid (12) leaves 0; big (30) is more than the gap and would only swap the sides.
    expect(chooseMove(replicas, none, NOW, policy)).toEqual({ arena: "mid", from: "a", to: "b", reason: "players" });
  });

  it("moves nothing while the difference is within the thresholds", () => {
    expect(chooseMove([replica("a", { x: 15, y: 1 }), replica("b", { z: 6 })], none, NOW, policy)).toBeUndefined();
    // One arena more on a: moving it would only swap the sides (no flapping).
    expect(chooseMove([replica("a", { x: 3, y: 3 }), replica("b", { z: 3 })], none, NOW, policy)).toBeUndefined();
  });

  it("never moves an arena twice within the cool-down", () => {
    // gap 30: hot (15) evens it exactly, b (10) next best.
    const replicas = [replica("a", { hot: 15, a: 5, b: 10 }), replica("b", {})];
    const p = { ...policy, playerThreshold: 5 };
    expect(chooseMove(replicas, new Map([["hot", NOW - 59_000]]), NOW, p)?.arena).toBe("b");
    expect(chooseMove(replicas, new Map([["hot", NOW - 60_000]]), NOW, p)?.arena).toBe("hot");
  });

  it("does not move an arena whose players exceed the gap, and moves a smaller one out of cool-down", () => {
    // gap 38: hot (40) would only swap the sides.
    const replicas = [replica("a", { hot: 40, warm: 8 }), replica("b", { x: 10 })];
    const moved = new Map([["warm", NOW - 1_000]]);
    expect(chooseMove(replicas, moved, NOW, policy)).toBeUndefined();
    expect(chooseMove(replicas, none, NOW, policy)).toEqual({ arena: "warm", from: "a", to: "b", reason: "players" });
  });

  it("gives nothing to a replica still warming up, nor to or from a draining one", () => {
    const full = { fa: 3, fb: 3, fc: 3, fd: 3 };
    expect(chooseMove([replica("a", full), replica("b", {}, { firstSeen: NOW - 1_000 })], none, NOW, policy)).toBe(
      undefined,
    );
    expect(chooseMove([replica("a", full), replica("b", {}, { draining: true })], none, NOW, policy)).toBeUndefined();
    expect(chooseMove([replica("a", full, { draining: true }), replica("b", {})], none, NOW, policy)).toBeUndefined();
  });

  it("sends a pinned arena only to a replica with its label", () => {
    const pins = parsePins("duel*=pvp");
    const replicas = [replica("a", { duel1: 2, duel2: 2, duel3: 2 }), replica("b", {})];
    expect(chooseMove(replicas, none, NOW, policy, pins)).toBeUndefined();
    const pvp = [replica("a", { duel1: 2, duel2: 2, duel3: 2 }), replica("b", {}, { labels: ["pvp"] })];
    expect(chooseMove(pvp, none, NOW, policy, pins)?.to).toBe("b");
  });

  it("evens arenas without pushing the players past the threshold", () => {
    // a: 4 arenas, 8 players; b: 1 arena, 18 players. Gap -10: moving 2 players makes it -14, past 10.
    const replicas = [replica("a", { a1: 2, a2: 2, a3: 2, a4: 2 }), replica("b", { b1: 18 })];
    expect(chooseMove(replicas, none, NOW, policy)).toBeUndefined();
    expect(chooseMove(replicas, none, NOW, { ...policy, playerThreshold: 14 })?.reason).toBe("arenas");
  });
});
