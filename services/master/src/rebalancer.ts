import type { Bus } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import type { ZoneSubjects } from "@zonebus/subjects";
import type { Logger } from "pino";
import type { Counter, Registry } from "prom-client";
import { reuseCounter } from "./failover-metrics.js";
import { type PinRule, pinnedLabel } from "./pins.js";

/** When rebalancing moves an arena (failover-options.ts documents each as an option). */
export interface RebalancePolicy {
  /** Players the busiest replica may hold above the least busy (`--rebalance-threshold`). */
  readonly playerThreshold: number;
  /** Populated arenas the busiest replica may hold above the least busy (`--rebalance-arena-threshold`). */
  readonly arenaThreshold: number;
  /** An arena moved is not moved again within this (`--rebalance-cooldown`). */
  readonly cooldownMs: number;
  /** A replica takes a moved arena only once it has been beating this long (`--rebalance-warmup`). */
  readonly warmupMs: number;
}

/** One replica as rebalancing sees it: its heartbeat, and its populated arenas from the leases and the directory. */
export interface ReplicaView {
  readonly id: string;
  readonly draining: boolean;
  readonly labels: readonly string[];
  /** Arena name → players in it, for the populated arenas this replica holds. */
  readonly arenas: ReadonlyMap<string, number>;
  /** When this master first saw the replica beat (monotonic ms). */
  readonly firstSeen: number;
}

/** Why an arena moves: the `reason` label of `zb_arena_rebalance_moves_total`. */
export const MoveReason = { Players: "players", Arenas: "arenas" } as const;
export type MoveReason = (typeof MoveReason)[keyof typeof MoveReason];

export interface ArenaMove {
  readonly arena: string;
  readonly from: string;
  readonly to: string;
  readonly reason: MoveReason;
}

const playersOf = (r: ReplicaView) => {
  let n = 0;
  for (const p of r.arenas.values()) n += p;
  return n;
};

/**
 * The one move that evens the load most, or none. Players first: when the busiest replica holds
 * more than `playerThreshold` players above the least busy, the arena whose move brings the two
 * closest goes (only an arena with fewer players than their difference, so the difference
 * shrinks and nothing moves back). Otherwise arenas: when the replica with the most populated
 * arenas holds more than `arenaThreshold` above the one with the fewest, an arena goes whose
 * move keeps their players within the player threshold (or no further apart than now). Every
 * move lowers the sum of squared loads, so moves end; arenas moved within the cool-down stay,
 * a draining replica gives and takes nothing (its drain does), a replica not yet warmed up takes
 * nothing, and a pinned arena goes only to a replica with its label.
 */
export function chooseMove(
  replicas: readonly ReplicaView[],
  movedAt: ReadonlyMap<string, number>,
  now: number,
  policy: RebalancePolicy,
  pins: readonly PinRule[] = [],
): ArenaMove | undefined {
  const serving = replicas.filter((r) => !r.draining);
  const takers = serving.filter((r) => now - r.firstSeen >= policy.warmupMs);
  const movable = (arena: string, to: ReplicaView) => {
    const since = movedAt.get(arena);
    if (since !== undefined && now - since < policy.cooldownMs) return false;
    const label = pinnedLabel(arena, pins);
    return label === undefined || to.labels.includes(label);
  };
  const byId = (a: ReplicaView, b: ReplicaView) => a.id.localeCompare(b.id);

  const heaviest = [...serving].sort(
    (a, b) => playersOf(b) - playersOf(a) || b.arenas.size - a.arenas.size || byId(a, b),
  );
  const lightest = [...takers].sort(
    (a, b) => playersOf(a) - playersOf(b) || a.arenas.size - b.arenas.size || byId(a, b),
  );
  const from = heaviest[0];
  const to = lightest.find((r) => r !== from);
  if (from && to) {
    const gap = playersOf(from) - playersOf(to);
    if (gap > policy.playerThreshold) {
      const best = [...from.arenas]
        .filter(([arena, players]) => players > 0 && players < gap && movable(arena, to))
        .sort(([a, pa], [b, pb]) => Math.abs(gap - 2 * pa) - Math.abs(gap - 2 * pb) || a.localeCompare(b))[0];
      if (best) return { arena: best[0], from: from.id, to: to.id, reason: MoveReason.Players };
    }
  }

  const most = [...serving].sort((a, b) => b.arenas.size - a.arenas.size || playersOf(b) - playersOf(a) || byId(a, b));
  const fewest = [...takers].sort((a, b) => a.arenas.size - b.arenas.size || playersOf(a) - playersOf(b) || byId(a, b));
  const src = most[0];
  const dst = fewest.find((r) => r !== src);
  if (!src || !dst || src.arenas.size - dst.arenas.size <= Math.max(1, policy.arenaThreshold)) return undefined;
  const gap = playersOf(src) - playersOf(dst);
  const allowed = Math.max(policy.playerThreshold, Math.abs(gap));
  const best = [...src.arenas]
    .filter(([arena, players]) => Math.abs(gap - 2 * players) <= allowed && movable(arena, dst))
    .sort(([a, pa], [b, pb]) => Math.abs(gap - 2 * pa) - Math.abs(gap - 2 * pb) || pa - pb || a.localeCompare(b))[0];
  return best && { arena: best[0], from: src.id, to: dst.id, reason: MoveReason.Arenas };
}

/** What the rebalancer reads of the master's state. */
export interface RebalanceSources {
  /** The live replicas' heartbeats. */
  liveReplicas(): Promise<zonebus.ReplicaStatus[]>;
  /** Players per arena name (the player directory; empty arenas absent). */
  arenaPopulation(): Map<string, number>;
  /** The replica holding an arena's lease; "" for a released lease (a handover under way); undefined for none. */
  owner(arena: string): Promise<string | undefined>;
}

export interface RebalancerDeps {
  readonly bus: Bus;
  readonly subjects: ZoneSubjects;
  readonly sources: RebalanceSources;
  readonly policy: RebalancePolicy;
  /** How often a pass looks at the load (`--rebalance-interval`). */
  readonly intervalMs: number;
  /** How long a move may take: the replica's handover, including the master's placement. */
  readonly moveTimeoutMs: number;
  readonly pins?: readonly PinRule[];
  readonly logger: Logger;
  readonly metrics?: Registry;
  /** Monotonic clock (ms); default `performance.now`. */
  readonly now?: () => number;
}

/**
 * Run by the active master only (started and stopped with it): every interval, unless a
 * handover, drain or failover is under way, it asks the busiest replica to hand one arena to
 * the least busy with the live handover (`zb.<zone>.replica.<id>.move`), as `chooseMove`
 * decides. Each move is logged and counted in `zb_arena_rebalance_moves_total{reason}`.
 */
export class ArenaRebalancer {
  private timer: NodeJS.Timeout | undefined;
  private pass: Promise<void> | undefined;
  private stopped = true;
  /** When each replica was first seen beating (bounded by the live replicas). */
  private readonly firstSeen = new Map<string, number>();
  /** When each arena was last moved (entries past the cool-down are dropped). */
  private readonly movedAt = new Map<string, number>();
  private readonly log: Logger;
  private readonly moves: Counter<"reason">;
  private readonly failures: Counter;
  private readonly now: () => number;

  constructor(private readonly deps: RebalancerDeps) {
    this.log = deps.logger.child({ svc: "rebalancer" });
    this.now = deps.now ?? (() => performance.now());
    this.moves = reuseCounter(deps.metrics, {
      name: "zb_arena_rebalance_moves_total",
      help: "Arenas moved by rebalancing, by reason (players, arenas)",
      labelNames: ["reason"],
    });
    this.failures = reuseCounter(deps.metrics, {
      name: "zb_arena_rebalance_failures_total",
      help: "Rebalancing moves the replica or the placement did not complete",
    });
  }

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => void this.check(), this.deps.intervalMs);
    this.timer.unref();
  }

  /** Stops the passes; a move under way completes on the replica (it is a live handover). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One pass; a pass already running is not doubled. Exposed for tests. */
  async check(): Promise<void> {
    if (this.pass) return this.pass;
    this.pass = this.checkOnce()
      .catch((err: Error) => this.log.warn({ err: err.message }, "rebalancing pass failed"))
      .finally(() => {
        this.pass = undefined;
      });
    return this.pass;
  }

  private async checkOnce(): Promise<void> {
    const view = await this.view();
    if (!view || this.stopped) return;
    const now = this.now();
    for (const [arena, at] of this.movedAt) if (now - at >= this.deps.policy.cooldownMs) this.movedAt.delete(arena);
    const move = chooseMove(view, this.movedAt, now, this.deps.policy, this.deps.pins);
    if (move) await this.moveArena(move, view);
  }

  /** Each live replica's populated arenas; undefined while a handover, drain or failover is under way. */
  private async view(): Promise<ReplicaView[] | undefined> {
    const live = await this.deps.sources.liveReplicas();
    const now = this.now();
    const ids = new Set(live.map((r) => r.id));
    for (const id of this.firstSeen.keys()) if (!ids.has(id)) this.firstSeen.delete(id);
    for (const id of ids) if (!this.firstSeen.has(id)) this.firstSeen.set(id, now);
    if (live.some((r) => r.draining)) return undefined;
    const held = new Map(live.map((r) => [r.id, new Map<string, number>()]));
    for (const [arena, players] of this.deps.sources.arenaPopulation()) {
      const owner = await this.deps.sources.owner(arena);
      const arenas = owner ? held.get(owner) : undefined;
      // No lease, a released one or a dead owner: a placement is under way or due.
      if (!arenas) return undefined;
      arenas.set(arena, players);
    }
    return live.map((r) => ({
      id: r.id,
      draining: r.draining,
      labels: r.labels,
      arenas: held.get(r.id) ?? new Map(),
      firstSeen: this.firstSeen.get(r.id) ?? now,
    }));
  }

  private async moveArena(move: ArenaMove, view: readonly ReplicaView[]): Promise<void> {
    const load = Object.fromEntries(view.map((r) => [r.id, { players: playersOf(r), arenas: r.arenas.size }]));
    this.log.info({ ...move, load }, "rebalancing: moving arena");
    this.movedAt.set(move.arena, this.now());
    const started = this.now();
    try {
      const answer = await this.deps.bus.request(
        this.deps.subjects.replicaMove(move.from),
        zonebus.MoveArena.encode({ arena: move.arena, to: move.to }).finish(),
        { timeoutMs: this.deps.moveTimeoutMs },
      );
      const res = zonebus.MoveReply.decode(answer.data);
      if (!res.ok) throw new Error(res.error);
      this.moves.inc({ reason: move.reason });
      this.log.info({ ...move, owner: res.owner, ms: Math.round(this.now() - started) }, "rebalancing: arena moved");
    } catch (err) {
      this.failures.inc();
      this.log.warn({ ...move, err: (err as Error).message }, "rebalancing: move failed");
    }
  }
}
