import type { Bus, BusMessage, BusSubscription } from "@zonebus/bus";
import { subjectToken } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import type { KvBucket } from "@zonebus/store";
import { MASTER_QUEUE, type ZoneSubjects } from "@zonebus/subjects";
import type { Logger } from "pino";
import type { Counter, Registry } from "prom-client";
import { reuseCounter } from "./failover-metrics.js";
import { type ArenaPlacement, PlacementReason } from "./placement.js";

/** The `owner` of a stored ArenaSnapshot; "" if it does not decode. */
function decodeSnapshotOwner(bytes: Uint8Array): string {
  try {
    return zonebus.ArenaSnapshot.decode(bytes).owner;
  } catch {
    return "";
  }
}

/** What the watch needs of the player directory. */
export interface ArenaPopulation {
  /** Players per arena name (arenas with nobody in them are absent). */
  arenaPopulation(): Map<string, number>;
  /** The players the directory puts in `arena`. */
  inArena(arena: string): zonebus.IPlayerInfo[];
}

export interface ArenaWatchDeps {
  readonly bus: Bus;
  readonly subjects: ZoneSubjects;
  readonly owners: KvBucket;
  /** The `arena-state` bucket: an orphaned arena's last snapshot names its last owner. */
  readonly states?: KvBucket;
  readonly placement: ArenaPlacement;
  readonly directory: ArenaPopulation;
  readonly logger: Logger;
  /** The arena lease time; the watch looks for orphaned arenas every sixth of it. */
  readonly leaseMs: number;
  readonly metrics?: Registry;
}

/**
 * Keeps every arena that has players owned. A draining replica hands an arena back through
 * `zb.<zone>.master.handover` and the arena is placed elsewhere at once (reason drain). A
 * crashed replica renews nothing, so its leases expire after the lease time; the watch polls
 * the lease bucket and places every arena the directory still has players in but no lease
 * names (reason failover), telling gateways to hold that arena's input until the new owner
 * announces itself. The new owner rebuilds the arena from the players passed in the attach
 * request and the arena's last snapshot in the store.
 */
export class ArenaWatch {
  readonly name = "arena-watch";
  private timer: NodeJS.Timeout | undefined;
  private sub: BusSubscription | undefined;
  /** The pass under way; once stopped it holds and places nothing more, and a restart waits for it. */
  private pass: Promise<void> | undefined;
  private stopped = false;
  /**
   * Arenas found orphaned and not yet placed again, with when to try the next placement
   * (bounded by the arenas players are in).
   */
  private readonly orphaned = new Map<string, number>();
  /**
   * Lease keys seen at the last pass. Only an arena seen leased and then not is orphaned: at a
   * master's start the directory may name arenas of a zone that stopped (the embedded store
   * keeps both), and those are not brought back with players who are gone.
   */
  private leasedBefore = new Set<string>();
  private readonly log: Logger;
  private readonly orphans: Counter;

  constructor(private readonly deps: ArenaWatchDeps) {
    this.log = deps.logger.child({ svc: "arena-watch" });
    this.orphans = reuseCounter(deps.metrics, {
      name: "zb_arena_orphaned_total",
      help: "Arenas found with players but no lease (their owner crashed or lost its lease)",
    });
  }

  async start(): Promise<void> {
    await this.pass;
    this.stopped = false;
    this.sub = this.deps.bus.subscribe(this.deps.subjects.masterHandover, (m) => void this.onHandover(m), {
      queue: MASTER_QUEUE,
    });
    this.timer = setInterval(() => void this.check(), Math.max(50, Math.floor(this.deps.leaseMs / 6)));
    this.timer.unref();
  }

  /**
   * Stops the polling; a pass under way holds and places nothing more after its store call in
   * flight, which is not waited for (with the store away it may take its whole retry time).
   */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
    this.sub?.unsubscribe();
    this.sub = undefined;
  }

  /** One pass: places every populated arena without a lease. Exposed for tests. */
  async check(): Promise<void> {
    if (this.pass) return;
    this.pass = this.checkOnce().finally(() => {
      this.pass = undefined;
    });
    await this.pass;
  }

  private async checkOnce(): Promise<void> {
    try {
      const leased = new Set(await this.deps.owners.keys());
      const before = this.leasedBefore;
      this.leasedBefore = leased;
      const populated = this.deps.directory.arenaPopulation();
      for (const arena of this.orphaned.keys()) if (!populated.has(arena)) this.orphaned.delete(arena);
      const now = performance.now();
      // The replicas' heartbeats, read once per pass however many arenas a crash orphaned.
      let heartbeats: Promise<zonebus.ReplicaStatus[]> | undefined;
      for (const arena of populated.keys()) {
        // A master that lost its lease leaves the arenas to the one that took it.
        if (this.stopped) return;
        const token = subjectToken(arena);
        if (leased.has(token)) {
          this.orphaned.delete(arena);
          continue;
        }
        const retryAt = this.orphaned.get(arena);
        if (retryAt === undefined && !before.has(token)) continue;
        if (retryAt !== undefined && now < retryAt) continue;
        // While no replica can take it, the placement is tried again once per lease time.
        this.orphaned.set(arena, now + this.deps.leaseMs);
        const prefer = await this.lastOwner(arena);
        if (this.stopped) return;
        if (retryAt === undefined) {
          // Logged and counted once per outage.
          this.orphans.inc();
          heartbeats ??= this.deps.placement.liveReplicas();
          const live = await heartbeats;
          const stillLive = prefer !== undefined && live.some((r) => r.id === prefer);
          if (this.stopped) return;
          const takers = live.filter((r) => !r.draining).length;
          this.log.warn(
            { arena, players: populated.get(arena), lastOwner: prefer, lastOwnerLive: stillLive },
            "arena has players but no lease: failing over",
          );
          // A last owner still beating most likely still serves it (its lease lapsed while the
          // store was away), and with no replica beating at all the store is likely what failed:
          // its input keeps flowing. Otherwise gateways hold it until the new owner announces itself.
          if (!stillLive && takers > 0) this.hold(arena);
        }
        void this.deps.placement
          .place(arena, { reason: PlacementReason.Failover, players: this.deps.directory.inArena(arena), prefer })
          .then(() => this.orphaned.delete(arena))
          .catch(() => undefined);
      }
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, "arena lease check failed");
    }
  }

  /** The replica that wrote the arena's last snapshot, if any. */
  private async lastOwner(arena: string): Promise<string | undefined> {
    const entry = await this.deps.states?.get(subjectToken(arena)).catch(() => undefined);
    if (!entry) return undefined;
    const snapshot = decodeSnapshotOwner(entry.value);
    return snapshot || undefined;
  }

  /**
   * The players a placement of `arena` must restore: the directory's, if the arena lost its
   * owner (it is orphaned, or was leased at the last pass); none for an arena that is new.
   */
  playersToRestore(arena: string): zonebus.IPlayerInfo[] {
    const lost = this.orphaned.has(arena) || this.leasedBefore.has(subjectToken(arena));
    return lost ? this.deps.directory.inArena(arena) : [];
  }

  private async onHandover(msg: BusMessage): Promise<void> {
    const reply = (r: zonebus.IHandoverReply) => msg.respond(zonebus.HandoverReply.encode(r).finish());
    let req: zonebus.HandoverRequest;
    try {
      req = zonebus.HandoverRequest.decode(msg.data);
    } catch {
      reply({ ok: false, error: "undecodable handover request" });
      return;
    }
    this.log.info({ arena: req.arena, from: req.from }, "arena handed back by a draining replica");
    try {
      const owner = await this.deps.placement.place(req.arena, {
        reason: PlacementReason.Drain,
        exclude: new Set([req.from]),
        players: this.deps.directory.inArena(req.arena),
        prefer: req.prefer || undefined,
      });
      reply({ ok: true, owner });
    } catch (err) {
      reply({ ok: false, error: (err as Error).message });
    }
  }

  /** Gateways hold the arena's input until its new owner announces itself. */
  private hold(arena: string): void {
    this.deps.bus.publish(this.deps.subjects.arenaOwner, zonebus.ArenaOwner.encode({ arena, owner: "" }).finish());
  }
}
