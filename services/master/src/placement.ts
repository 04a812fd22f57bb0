import type { Bus } from "@zonebus/bus";
import { subjectToken } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import type { KvBucket } from "@zonebus/store";
import type { ZoneSubjects } from "@zonebus/subjects";
import type { Logger } from "pino";
import type { Counter, Histogram, Registry } from "prom-client";
import { reuseCounter, reuseHistogram } from "./failover-metrics.js";
import { type PinRule, pinnedLabel } from "./pins.js";

/** No live arena replica could take an arena. */
export class NoReplicaError extends Error {
  override readonly name = "NoReplicaError";
  readonly code = "MASTER_NO_REPLICA";
}

/** Why an arena is placed: the `reason` label of every placement metric and log line. */
export const PlacementReason = {
  New: zonebus.PlacementReason.PLACEMENT_REASON_NEW,
  Drain: zonebus.PlacementReason.PLACEMENT_REASON_DRAIN,
  Failover: zonebus.PlacementReason.PLACEMENT_REASON_FAILOVER,
} as const;
export type PlacementReason = (typeof PlacementReason)[keyof typeof PlacementReason];

const REASON_LABEL: Record<PlacementReason, string> = {
  [PlacementReason.New]: "new",
  [PlacementReason.Drain]: "drain",
  [PlacementReason.Failover]: "failover",
};

/** CPU shares closer than this count as equal, so heartbeat noise does not decide placement. */
export const CPU_STEP = 0.1;

/**
 * The replicas that may take `arena`, best first: live, not draining, not excluded, carrying
 * the arena's pinned label if it has one; least loaded by players, then CPU (in steps of
 * `CPU_STEP`), then arenas held, then id for determinism.
 */
export function rankReplicas<R extends zonebus.IReplicaStatus>(
  arena: string,
  live: readonly R[],
  pins: readonly PinRule[],
  exclude: ReadonlySet<string> = new Set(),
): R[] {
  const label = pinnedLabel(arena, pins);
  const cpu = (r: zonebus.IReplicaStatus) => Math.round((r.cpu ?? 0) / CPU_STEP);
  return live
    .filter((r) => !r.draining && !exclude.has(r.id ?? "") && (label === undefined || r.labels?.includes(label)))
    .sort(
      (a, b) =>
        (a.players ?? 0) - (b.players ?? 0) ||
        cpu(a) - cpu(b) ||
        (a.arenas ?? 0) - (b.arenas ?? 0) ||
        (a.id ?? "").localeCompare(b.id ?? ""),
    );
}

export interface PlacementDeps {
  readonly bus: Bus;
  readonly owners: KvBucket;
  readonly replicas: KvBucket;
  readonly subjects: ZoneSubjects;
  readonly attachTimeoutMs: number;
  readonly logger: Logger;
  /** Arena name patterns pinned to replica labels (`--arena-pin`). */
  readonly pins?: readonly PinRule[];
  readonly metrics?: Registry;
  /**
   * The directory's players in an arena. An unowned arena someone enters while the directory
   * still has players in it lost its owner: it is placed as a failover, with them.
   */
  readonly playersIn?: (arena: string) => zonebus.IPlayerInfo[];
}

/** A placement to make: why, who may not take it, and the players the new owner restores. */
export interface PlaceRequest {
  readonly reason: PlacementReason;
  readonly exclude?: ReadonlySet<string>;
  readonly players?: readonly zonebus.IPlayerInfo[];
  /**
   * A replica to ask first if it may hold the arena: the arena's last owner, which after a store
   * outage still serves it and takes its lease back, keeping every bit of state.
   */
  readonly prefer?: string;
}

/**
 * The arena directory: which replica owns which arena. An arena with a lease keeps its owner;
 * an unowned arena goes to the best replica by `rankReplicas`, which takes the lease itself
 * (create-if-absent), so two masters racing cannot split an arena. Every placement is a log
 * line and counts in `zb_arena_placements_total{reason}`.
 */
export class ArenaPlacement {
  private readonly pending = new Map<string, Promise<string>>();
  private heartbeatRead: Promise<zonebus.ReplicaStatus[]> | undefined;
  private readonly log: Logger;
  private readonly placements: Counter<"reason">;
  private readonly failures: Counter<"reason">;
  private readonly duration: Histogram<"reason">;

  constructor(private readonly deps: PlacementDeps) {
    this.log = deps.logger.child({ svc: "placement" });
    this.placements = reuseCounter(deps.metrics, {
      name: "zb_arena_placements_total",
      help: "Arenas placed on a replica, by reason (new, drain, failover)",
      labelNames: ["reason"],
    });
    this.failures = reuseCounter(deps.metrics, {
      name: "zb_arena_placement_failures_total",
      help: "Placements no replica accepted, by reason",
      labelNames: ["reason"],
    });
    this.duration = reuseHistogram(deps.metrics, {
      name: "zb_arena_placement_seconds",
      help: "From the placement decision to the new owner's attach reply, by reason",
      labelNames: ["reason"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    });
  }

  /** Resolves to the replica id that owns `arena`, placing the arena first if nobody does. */
  ensureOwner(arena: string): Promise<string> {
    return this.once(arena, async () => {
      const current = await this.owner(arena);
      const live = await this.liveReplicas();
      if (current && live.some((r) => r.id === current)) return current;
      const players = this.deps.playersIn?.(arena) ?? [];
      return this.attach(
        arena,
        { reason: players.length > 0 ? PlacementReason.Failover : PlacementReason.New, players },
        live,
      );
    });
  }

  /** Places an arena that lost its owner (drain or failover); joins a placement already running. */
  place(arena: string, req: PlaceRequest): Promise<string> {
    return this.once(arena, () => this.attach(arena, req));
  }

  async owner(arena: string): Promise<string | undefined> {
    const entry = await this.deps.owners.get(subjectToken(arena));
    return entry ? zonebus.ArenaLease.decode(entry.value).owner : undefined;
  }

  /** Store keys (subject tokens of arena names) of every leased arena: the zone's arenas. */
  leasedArenaKeys(): Promise<string[]> {
    return this.deps.owners.keys();
  }

  /**
   * The heartbeats of every live replica. Callers asking while a read is under way share it:
   * a burst of entries reads the bucket once, not once per entry.
   */
  liveReplicas(): Promise<zonebus.ReplicaStatus[]> {
    this.heartbeatRead ??= this.readHeartbeats().finally(() => {
      this.heartbeatRead = undefined;
    });
    return this.heartbeatRead;
  }

  private async readHeartbeats(): Promise<zonebus.ReplicaStatus[]> {
    const keys = await this.deps.replicas.keys();
    const entries = await Promise.all(keys.map((key) => this.deps.replicas.get(key)));
    return entries.flatMap((e) => (e ? [zonebus.ReplicaStatus.decode(e.value)] : []));
  }

  private once(arena: string, run: () => Promise<string>): Promise<string> {
    const running = this.pending.get(arena);
    if (running) return running;
    const p = run().finally(() => this.pending.delete(arena));
    this.pending.set(arena, p);
    return p;
  }

  /** Asks the ranked replicas in turn to take `arena`; `live` is the replicas' heartbeats if just read. */
  private async attach(arena: string, req: PlaceRequest, live?: readonly zonebus.ReplicaStatus[]): Promise<string> {
    const reason = REASON_LABEL[req.reason];
    const started = performance.now();
    const candidates = rankReplicas(arena, live ?? (await this.liveReplicas()), this.deps.pins ?? [], req.exclude);
    const preferred = candidates.findIndex((r) => r.id === req.prefer);
    if (preferred > 0) candidates.unshift(...candidates.splice(preferred, 1));
    let lastError = candidates.length === 0 ? "no live replica may hold it" : "";
    for (const replica of candidates) {
      try {
        const reply = await this.deps.bus.request(
          this.deps.subjects.replicaAttach(replica.id),
          zonebus.AttachArena.encode({ arena, reason: req.reason, players: [...(req.players ?? [])] }).finish(),
          { timeoutMs: this.deps.attachTimeoutMs },
        );
        const res = zonebus.AttachReply.decode(reply.data);
        if (res.ok) {
          const ms = performance.now() - started;
          this.placements.inc({ reason });
          this.duration.observe({ reason }, ms / 1000);
          this.log.info({ arena, replica: res.owner, reason, ms: Math.round(ms) }, "arena placed");
          return res.owner;
        }
        lastError = res.error;
      } catch (err) {
        lastError = (err as Error).message;
      }
    }
    this.failures.inc({ reason });
    this.log.warn({ arena, reason, err: lastError }, "arena placement failed");
    throw new NoReplicaError(`no arena replica accepted arena "${arena}": ${lastError}`);
  }
}
