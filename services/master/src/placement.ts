import type { Bus } from "@zonebus/bus";
import { subjectToken } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import type { KvBucket } from "@zonebus/store";
import type { ZoneSubjects } from "@zonebus/subjects";

/** No live arena replica could take an arena. */
export class NoReplicaError extends Error {
  override readonly name = "NoReplicaError";
  readonly code = "MASTER_NO_REPLICA";
}

export interface PlacementDeps {
  readonly bus: Bus;
  readonly owners: KvBucket;
  readonly replicas: KvBucket;
  readonly subjects: ZoneSubjects;
  readonly attachTimeoutMs: number;
  readonly onPlaced?: (arena: string, replica: string) => void;
}

/**
 * The arena directory: which replica owns which arena. An arena with a lease keeps its owner;
 * the first player entering an unowned arena places it on the least-loaded live replica, which
 * takes the lease itself (create-if-absent), so two masters racing cannot split an arena.
 */
export class ArenaPlacement {
  private readonly pending = new Map<string, Promise<string>>();

  constructor(private readonly deps: PlacementDeps) {}

  /** Resolves to the replica id that owns `arena`, placing the arena first if nobody does. */
  ensureOwner(arena: string): Promise<string> {
    const running = this.pending.get(arena);
    if (running) return running;
    const p = this.resolve(arena).finally(() => this.pending.delete(arena));
    this.pending.set(arena, p);
    return p;
  }

  async owner(arena: string): Promise<string | undefined> {
    const entry = await this.deps.owners.get(subjectToken(arena));
    return entry ? zonebus.ArenaLease.decode(entry.value).owner : undefined;
  }

  async liveReplicas(): Promise<zonebus.ReplicaStatus[]> {
    const out: zonebus.ReplicaStatus[] = [];
    for (const key of await this.deps.replicas.keys()) {
      const entry = await this.deps.replicas.get(key);
      if (entry) out.push(zonebus.ReplicaStatus.decode(entry.value));
    }
    return out;
  }

  private async resolve(arena: string): Promise<string> {
    const current = await this.owner(arena);
    const live = await this.liveReplicas();
    if (current && live.some((r) => r.id === current)) return current;
    if (live.length === 0) throw new NoReplicaError(`no arena replica is running to hold arena "${arena}"`);
    // Least loaded first: players, then arenas, then CPU; the id breaks ties for determinism.
    live.sort((a, b) => a.players - b.players || a.arenas - b.arenas || a.cpu - b.cpu || a.id.localeCompare(b.id));
    let lastError = "";
    for (const replica of live) {
      try {
        const reply = await this.deps.bus.request(
          this.deps.subjects.replicaAttach(replica.id),
          zonebus.AttachArena.encode({ arena }).finish(),
          { timeoutMs: this.deps.attachTimeoutMs },
        );
        const res = zonebus.AttachReply.decode(reply.data);
        if (res.ok) {
          this.deps.onPlaced?.(arena, res.owner);
          return res.owner;
        }
        lastError = res.error;
      } catch (err) {
        lastError = (err as Error).message;
      }
    }
    throw new NoReplicaError(`no arena replica accepted arena "${arena}": ${lastError}`);
  }
}
