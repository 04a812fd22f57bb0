import type { Bus, BusMessage, BusSubscription } from "@zonebus/bus";
import { subjectToken } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import type { KvBucket, Store } from "@zonebus/store";
import { BUCKET_TTL_MS, type ZoneSubjects } from "@zonebus/subjects";
import type { Logger } from "pino";

/** What a replica runs for each arena it holds. */
export interface ArenaRuntime {
  readonly name: string;
  readonly playerCount: number;
  handleInput(input: zonebus.IArenaInput): void;
  /** Stops the arena; resolves once what it must persist is written. */
  close(): void | Promise<void>;
}

export type ArenaFactory = (arena: string) => ArenaRuntime;

export interface ReplicaDeps {
  readonly id: string;
  readonly bus: Bus;
  readonly store: Store;
  readonly subjects: ZoneSubjects;
  readonly logger: Logger;
  readonly createArena: ArenaFactory;
}

interface HeldArena {
  readonly runtime: ArenaRuntime;
  readonly sub: BusSubscription;
  revision: number;
}

/**
 * An arena replica: takes arenas the master places on it (each under a lease in the store),
 * feeds each arena its input subject, renews its leases and reports its load as a heartbeat.
 */
export class ReplicaService {
  readonly name = "arena";
  private readonly arenas = new Map<string, HeldArena>();
  private readonly subs: BusSubscription[] = [];
  private owners!: KvBucket;
  private replicas!: KvBucket;
  private timer: NodeJS.Timeout | undefined;
  private readonly log: Logger;
  private lastCpu = process.cpuUsage();
  private lastCpuAt = performance.now();

  constructor(private readonly deps: ReplicaDeps) {
    this.log = deps.logger.child({ svc: "arena", replica: deps.id });
  }

  get arenaNames(): string[] {
    return [...this.arenas.keys()];
  }

  async start(): Promise<void> {
    const { store, subjects, bus, id } = this.deps;
    this.owners = await store.bucket(subjects.buckets.arenaOwners, { ttlMs: BUCKET_TTL_MS.arenaOwners });
    this.replicas = await store.bucket(subjects.buckets.replicas, { ttlMs: BUCKET_TTL_MS.replicas });
    this.subs.push(bus.subscribe(subjects.replicaAttach(id), (m) => void this.onAttach(m)));
    await this.heartbeat();
    const every = Math.min(BUCKET_TTL_MS.arenaOwners, BUCKET_TTL_MS.replicas) / 3;
    this.timer = setInterval(() => void this.tick(), every);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    for (const s of this.subs.splice(0)) s.unsubscribe();
    for (const name of [...this.arenas.keys()]) await this.detach(name, "replica stopping");
    await this.replicas.delete(this.deps.id).catch(() => undefined);
  }

  private async onAttach(msg: BusMessage): Promise<void> {
    const { arena } = zonebus.AttachArena.decode(msg.data);
    const reply = (r: zonebus.IAttachReply) => msg.respond(zonebus.AttachReply.encode(r).finish());
    try {
      if (!this.arenas.has(arena)) await this.attach(arena);
      reply({ ok: true, owner: this.deps.id });
    } catch (err) {
      this.log.warn({ arena, err: (err as Error).message }, "attach refused");
      reply({ ok: false, error: (err as Error).message });
    }
  }

  private async attach(arena: string): Promise<void> {
    const lease = zonebus.ArenaLease.encode({ arena, owner: this.deps.id }).finish();
    const revision = await this.owners.create(subjectToken(arena), lease);
    const runtime = this.deps.createArena(arena);
    const sub = this.deps.bus.subscribe(this.deps.subjects.arenaIn(arena), (m) => this.onInput(runtime, m));
    this.arenas.set(arena, { runtime, sub, revision });
    this.log.info({ arena }, "arena attached");
    // Report the new load at once, so the next placement sees it.
    await this.heartbeat().catch((err: Error) => this.log.warn({ err: err.message }, "heartbeat failed"));
  }

  private onInput(runtime: ArenaRuntime, msg: BusMessage): void {
    let batch: zonebus.ArenaInputBatch;
    try {
      batch = zonebus.ArenaInputBatch.decode(msg.data);
    } catch {
      this.log.warn({ arena: runtime.name }, "undecodable arena input dropped");
      return;
    }
    for (const input of batch.inputs) runtime.handleInput(input);
  }

  private async detach(arena: string, reason: string): Promise<void> {
    const held = this.arenas.get(arena);
    if (!held) return;
    this.arenas.delete(arena);
    held.sub.unsubscribe();
    await held.runtime.close();
    await this.owners.delete(subjectToken(arena), { expectedRevision: held.revision }).catch(() => undefined);
    this.log.info({ arena, reason }, "arena detached");
  }

  private async tick(): Promise<void> {
    for (const [arena, held] of this.arenas) {
      try {
        const lease = zonebus.ArenaLease.encode({ arena, owner: this.deps.id }).finish();
        held.revision = await this.owners.update(subjectToken(arena), lease, held.revision);
      } catch (err) {
        // Someone else holds the arena now (our lease expired): stop serving it.
        this.log.error({ arena, err: (err as Error).message }, "arena lease lost");
        await this.detach(arena, "lease lost");
      }
    }
    await this.heartbeat().catch((err: Error) => this.log.warn({ err: err.message }, "heartbeat failed"));
  }

  private async heartbeat(): Promise<void> {
    const now = performance.now();
    const cpu = process.cpuUsage(this.lastCpu);
    const cpuShare = (cpu.user + cpu.system) / 1000 / Math.max(1, now - this.lastCpuAt);
    this.lastCpu = process.cpuUsage();
    this.lastCpuAt = now;
    let players = 0;
    for (const held of this.arenas.values()) players += held.runtime.playerCount;
    const status = zonebus.ReplicaStatus.encode({
      id: this.deps.id,
      arenas: this.arenas.size,
      players,
      cpu: cpuShare,
    }).finish();
    await this.replicas.put(this.deps.id, status);
  }
}
