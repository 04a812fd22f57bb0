import { setTimeout as sleep } from "node:timers/promises";
import type { Bus, BusMessage, BusSubscription } from "@zonebus/bus";
import { isBusUp, subjectToken } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import { type KvBucket, KvExistsError, KvRevisionError, type Store } from "@zonebus/store";
import { BUCKET_TTL_MS, MIN_LEASE_MS, renewIntervalMs, type ZoneSubjects } from "@zonebus/subjects";
import type { Logger } from "pino";
import { Counter, Histogram, type Registry } from "prom-client";
import { registerReplicaLoadGauges } from "./replica-load.js";
import { decodeSnapshot } from "./snapshot.js";

/** What a replica runs for each arena it holds. */
export interface ArenaRuntime {
  readonly name: string;
  readonly playerCount: number;
  handleInput(input: zonebus.IArenaInput): void;
  /** The arena's state for another owner; `final` once it takes no more input. */
  snapshot(owner: string, final: boolean): zonebus.ArenaSnapshot;
  /** Rebuilds the arena from a snapshot and the directory's players, before any input. */
  restore(snapshot: zonebus.IArenaSnapshot | undefined, directory: readonly zonebus.IPlayerInfo[]): Promise<unknown>;
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
  /** Arena lease time (the `arena-owners` bucket TTL); default `BUCKET_TTL_MS.arenaOwners`. */
  readonly leaseMs?: number;
  /** Placement labels reported in the heartbeat. */
  readonly labels?: readonly string[];
  /** How long a handover waits for the master to place the arena elsewhere; default `DEFAULT_HANDOVER_TIMEOUT_MS`. */
  readonly handoverTimeoutMs?: number;
  /**
   * How long arenas are served on while the bus is up but the store does not answer (a NATS
   * node died and the lease stream elects a new leader; nobody can take a lease meanwhile).
   * Default `DEFAULT_STORE_OUTAGE_GRACE_MS`; never less than two thirds of the lease.
   */
  readonly storeOutageGraceMs?: number;
  readonly metrics?: Registry;
  /** Called once a drain requested over the bus has handed off every arena (main: exit). */
  readonly onDrained?: () => void;
  /** How long an arena stays with nobody in it before it closes; default `DEFAULT_EMPTY_ARENA_GRACE_MS`. */
  readonly emptyArenaGraceMs?: number;
}

/**
 * After telling gateways to hold an arena's input, the old owner keeps serving it this long,
 * so input the gateways sent before the hold reached them is still handled here.
 */
export const HOLD_GRACE_MS = 20;

/** JetStream re-elected stream leaders in 4-10 s after a node loss here (the store retries for about 10 s); twice that. */
export const DEFAULT_STORE_OUTAGE_GRACE_MS = 20_000;

/**
 * How long an arena with nobody in it (and nobody entering) is kept before it closes, releasing
 * its lease and its snapshot. ASSS reaps such an arena at its next ReapArenas pass (every 1.7 s,
 * arenaman.c) unless it is permanent; here a little longer, so a player hopping between arenas
 * finds its arena's scores again, and the check runs with the lease renewal (a third of the lease).
 */
export const DEFAULT_EMPTY_ARENA_GRACE_MS = 30_000;

/** How long a draining replica waits for the master to place each arena elsewhere, by default. */
export const DEFAULT_HANDOVER_TIMEOUT_MS = 5_000;

const EMPTY = new Uint8Array(0);

interface HeldArena {
  readonly runtime: ArenaRuntime;
  sub: BusSubscription | undefined;
  /** Answers gateways' probes while the arena is served here (see ArenaBatcher). */
  probe: BusSubscription | undefined;
  revision: number;
  /** performance.now() when the last successful lease write was sent (the lease lasts at least leaseMs from it). */
  renewedAt: number;
  /** Set once a handover began: no renewal or checkpoint any more. */
  leaving: boolean;
  /** The renewal in flight, which an attach request for this arena joins. */
  renewing?: Promise<boolean> | undefined;
  /** performance.now() when the arena was first seen empty at a checkpoint; undefined while anyone is in it. */
  emptySince?: number | undefined;
}

const REASONS: Record<number, string> = { 0: "new", 1: "drain", 2: "failover" };

/**
 * An arena replica: takes arenas the master places on it (each under a lease in the store),
 * feeds each arena its input subject, renews its leases and checkpoints each arena's snapshot
 * every third of the lease time, and reports its load as a heartbeat. An arena whose lease
 * cannot be renewed is dropped at once (fencing). On SIGTERM or a drain request the replica
 * hands every arena to another replica through the master, then stops.
 */
export class ReplicaService {
  readonly name = "arena";
  private readonly arenas = new Map<string, HeldArena>();
  private readonly subs: BusSubscription[] = [];
  private owners!: KvBucket;
  private replicas!: KvBucket;
  private states!: KvBucket;
  private timer: NodeJS.Timeout | undefined;
  private ticking = false;
  /** Set when a drain begins, before its first heartbeat, which must already report it. */
  private isDraining = false;
  private draining: Promise<void> | undefined;
  /** Whether the bus is connected; decides how long a store that does not answer is borne. */
  private busUp = true;
  private offStatus: (() => void) | undefined;
  private readonly log: Logger;
  private readonly leaseMs: number;
  private lastCpu = process.cpuUsage();
  private lastCpuAt = performance.now();
  /** CPU share measured at the last heartbeat. */
  private cpuShare = 0;
  private readonly attached: Counter<"reason">;
  private readonly fenced: Counter;
  private readonly closedEmpty: Counter;
  private readonly handovers: Histogram<"result">;

  constructor(private readonly deps: ReplicaDeps) {
    this.log = deps.logger.child({ svc: "arena", replica: deps.id });
    this.leaseMs = deps.leaseMs ?? BUCKET_TTL_MS.arenaOwners;
    if (this.leaseMs < MIN_LEASE_MS)
      throw new RangeError(`--arena-lease must be at least ${MIN_LEASE_MS} ms, got ${this.leaseMs}`);
    const registers = deps.metrics ? [deps.metrics] : [];
    this.attached = new Counter({
      name: "zb_arena_attached_total",
      help: "Arenas this replica took, by placement reason (new, drain, failover)",
      labelNames: ["reason"],
      registers,
    });
    this.fenced = new Counter({
      name: "zb_arena_fenced_total",
      help: "Arenas dropped because their lease could not be renewed",
      registers,
    });
    this.closedEmpty = new Counter({
      name: "zb_arena_closed_empty_total",
      help: "Arenas closed after the empty-arena grace with nobody in them",
      registers,
    });
    this.handovers = new Histogram({
      name: "zb_arena_handover_seconds",
      help: "Input gap of a handed-off arena: from its last input here to the new owner's confirmation",
      labelNames: ["result"],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    if (deps.metrics)
      registerReplicaLoadGauges(deps.metrics, () => ({
        players: this.playerCount(),
        arenas: this.arenas.size,
        cpu: this.cpuShare,
      }));
  }

  get arenaNames(): string[] {
    return [...this.arenas.keys()];
  }

  async start(): Promise<void> {
    const { store, subjects, bus, id } = this.deps;
    this.owners = await store.bucket(subjects.buckets.arenaOwners, { ttlMs: this.leaseMs });
    this.replicas = await store.bucket(subjects.buckets.replicas, { ttlMs: BUCKET_TTL_MS.replicas });
    this.states = await store.bucket(subjects.buckets.arenaState, { ttlMs: BUCKET_TTL_MS.arenaState });
    this.offStatus = bus.onStatus((st) => {
      this.busUp = isBusUp(st);
    });
    this.subs.push(
      bus.subscribe(subjects.replicaAttach(id), (m) => void this.onAttach(m)),
      bus.subscribe(subjects.replicaDrain(id), (m) => this.onDrainRequest(m)),
      bus.subscribe(subjects.replicaMove(id), (m) => void this.onMoveRequest(m)),
    );
    await this.heartbeat();
    const every = renewIntervalMs(Math.min(this.leaseMs, BUCKET_TTL_MS.replicas));
    this.timer = setInterval(() => this.onTimer(), every);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    await this.drain("replica stopping");
    if (this.timer) clearInterval(this.timer);
    this.offStatus?.();
    for (const s of this.subs.splice(0)) s.unsubscribe();
    await this.replicas.delete(this.deps.id).catch(() => undefined);
  }

  /** Hands every arena to another replica; resolves when none is left here. Idempotent. */
  drain(reason: string): Promise<void> {
    if (this.draining) return this.draining;
    this.isDraining = true;
    this.draining = (async () => {
      const t0 = performance.now();
      const count = this.arenas.size;
      this.log.info({ arenas: count, reason }, "draining: handing off every arena");
      // Report the drain first, so the master places nothing here any more.
      await this.heartbeat().catch((err: Error) => this.log.warn({ err: err.message }, "heartbeat failed"));
      // Again while arenas remain: an attach that was under way when the drain began lands after it.
      for (let round = 0; this.arenas.size > 0 && round < 3; round++)
        await Promise.all(
          [...this.arenas.keys()].map((arena) =>
            this.handOver(arena).catch((err: Error) => this.log.error({ arena, err: err.message }, "handover failed")),
          ),
        );
      this.log.info({ arenas: count, ms: Math.round(performance.now() - t0) }, "drained: no arena left");
    })();
    return this.draining;
  }

  private onDrainRequest(msg: BusMessage): void {
    let reason = "drain requested";
    try {
      reason = zonebus.DrainRequest.decode(msg.data).reason || reason;
    } catch {
      // an undecodable request still asks for a drain
    }
    msg.respond(zonebus.DrainReply.encode({ arenas: this.arenas.size }).finish());
    void this.drain(reason).then(() => this.deps.onDrained?.());
  }

  /** The active master rebalancing: one arena goes to another replica, as a drain hands it over. */
  private async onMoveRequest(msg: BusMessage): Promise<void> {
    const reply = (r: zonebus.IMoveReply) => msg.respond(zonebus.MoveReply.encode(r).finish());
    let req: zonebus.MoveArena;
    try {
      req = zonebus.MoveArena.decode(msg.data);
    } catch {
      reply({ ok: false, error: "undecodable move request" });
      return;
    }
    const held = this.arenas.get(req.arena);
    if (this.isDraining || !held || held.leaving) {
      reply({ ok: false, error: this.isDraining ? "replica is draining" : "arena is not served here" });
      return;
    }
    this.log.info({ arena: req.arena, to: req.to }, "moving arena: rebalancing");
    try {
      const owner = await this.handOver(req.arena, req.to);
      reply(owner ? { ok: true, owner } : { ok: false, error: "no replica took the arena" });
    } catch (err) {
      reply({ ok: false, error: (err as Error).message });
    }
    // Report the lower load at once, so the next rebalancing pass sees it.
    void this.heartbeat().catch((err: Error) => this.log.warn({ err: err.message }, "heartbeat failed"));
  }

  private async onAttach(msg: BusMessage): Promise<void> {
    const reply = (r: zonebus.IAttachReply) => msg.respond(zonebus.AttachReply.encode(r).finish());
    let req: zonebus.AttachArena;
    try {
      req = zonebus.AttachArena.decode(msg.data);
    } catch {
      reply({ ok: false, error: "undecodable attach request" });
      return;
    }
    const { arena } = req;
    try {
      if (this.isDraining) throw new Error("replica is draining");
      const held = this.arenas.get(arena);
      if (!held) await this.attach(req);
      else if (held.leaving) throw new Error("arena is being handed over from here");
      else {
        // Still served here, but the master saw no lease: it lapsed while the store was away.
        // Gateways holding the arena's input send it on at once; the lease is taken back
        // meanwhile (a fresh attempt, not the renewal sitting in the store's retry backoff),
        // and the arena is dropped here if another replica took it first.
        this.announce(arena, this.deps.id);
        void this.renewNow(arena, held);
      }
      reply({ ok: true, owner: this.deps.id });
    } catch (err) {
      this.log.warn({ arena, err: (err as Error).message }, "attach refused");
      reply({ ok: false, error: (err as Error).message });
    }
  }

  private async attach(req: zonebus.AttachArena): Promise<void> {
    const { arena, reason, players } = req;
    const token = subjectToken(arena);
    const takenAt = performance.now();
    const revision = await this.takeLease(arena);
    try {
      const runtime = this.deps.createArena(arena);
      if (reason === zonebus.PlacementReason.PLACEMENT_REASON_NEW) {
        // A new arena starts empty; a snapshot left from an earlier life of it is stale.
        await this.states.delete(token);
      } else {
        const entry = await this.states.get(token);
        const snapshot = entry ? decodeSnapshot(entry.value) : undefined;
        if (snapshot instanceof Error) this.log.error({ arena, err: snapshot.message }, "snapshot ignored");
        await runtime.restore(snapshot instanceof Error ? undefined : snapshot, players);
      }
      const held: HeldArena = {
        runtime,
        sub: undefined,
        probe: undefined,
        revision,
        renewedAt: takenAt,
        leaving: false,
      };
      held.sub = this.deps.bus.subscribe(this.deps.subjects.arenaIn(arena), (m) => this.onInput(held, m));
      held.probe = this.deps.bus.subscribe(this.deps.subjects.arenaProbe(arena), (m) => void m.respond(EMPTY));
      this.arenas.set(arena, held);
    } catch (err) {
      await this.owners.delete(token, { expectedRevision: revision }).catch(() => undefined);
      throw err;
    }
    // After the subscription: gateways holding this arena's input send it on to us now.
    this.announce(arena, this.deps.id);
    const why = REASONS[reason] ?? "new";
    this.attached.inc({ reason: why });
    this.log.info({ arena, reason: why, players: players.length }, "arena attached");
    // Report the new load at once, so the next placement sees it; the attach reply does not wait.
    void this.heartbeat().catch((err: Error) => this.log.warn({ err: err.message }, "heartbeat failed"));
  }

  private onInput(held: HeldArena, msg: BusMessage): void {
    if (held.sub === undefined) return;
    let batch: zonebus.ArenaInputBatch;
    try {
      batch = zonebus.ArenaInputBatch.decode(msg.data);
    } catch {
      this.log.warn({ arena: held.runtime.name }, "undecodable arena input dropped");
      return;
    }
    for (const input of batch.inputs) held.runtime.handleInput(input);
  }

  /**
   * Drain of one arena: gateways are told to hold its input, the arena stops taking input, its
   * final snapshot goes to the store, the lease is released and the master places the arena
   * elsewhere (on `prefer` first, if given); the new owner restores the snapshot and gateways
   * send it what they held. Resolves to the new owner; undefined if nobody confirmed one (or the
   * arena was empty and closed).
   */
  private async handOver(arena: string, prefer = ""): Promise<string | undefined> {
    const held = this.arenas.get(arena);
    if (!held) return undefined;
    held.leaving = true;
    const { bus, subjects, id } = this.deps;
    const token = subjectToken(arena);
    const empty = held.runtime.snapshot(id, true);
    if (empty.players.length === 0 && empty.entering.length === 0) {
      await this.stopServing(held);
      await this.release(arena, held);
      await this.states.delete(token).catch(() => undefined);
      this.log.info({ arena }, "arena closed: nobody in it");
      return undefined;
    }
    this.announce(arena, "");
    await bus.flush().catch(() => undefined);
    await sleep(HOLD_GRACE_MS);
    const stoppedAt = performance.now();
    // Taken before close: closing cancels entries still waiting for a score, which the snapshot carries.
    const snapshot = held.runtime.snapshot(id, true);
    await this.stopServing(held);
    try {
      await this.states.put(token, zonebus.ArenaSnapshot.encode(snapshot).finish());
    } catch (err) {
      this.log.error(
        { arena, err: (err as Error).message },
        "final snapshot not written; the new owner uses the last checkpoint",
      );
    }
    await this.release(arena, held, true);
    try {
      const answer = await bus.request(
        subjects.masterHandover,
        zonebus.HandoverRequest.encode({ arena, from: id, prefer }).finish(),
        { timeoutMs: this.deps.handoverTimeoutMs ?? DEFAULT_HANDOVER_TIMEOUT_MS },
      );
      const res = zonebus.HandoverReply.decode(answer.data);
      if (!res.ok) {
        // No other replica could take it (the last one is stopping): its players wait for the next one.
        this.handovers.observe({ result: "refused" }, (performance.now() - stoppedAt) / 1000);
        this.log.warn({ arena, err: res.error }, "no replica took the arena; it is placed again when one can");
        return undefined;
      }
      const gapMs = performance.now() - stoppedAt;
      this.handovers.observe({ result: "ok" }, gapMs / 1000);
      this.log.info(
        { arena, to: res.owner, players: snapshot.players.length, gapMs: Math.round(gapMs) },
        "arena handed over",
      );
      return res.owner;
    } catch (err) {
      this.handovers.observe({ result: "unconfirmed" }, (performance.now() - stoppedAt) / 1000);
      // The released lease lapses unrenewed; the directory still has players there, so the master's lease watch places it.
      this.log.error({ arena, err: (err as Error).message }, "handover not confirmed by the master");
      return undefined;
    }
  }

  /**
   * Closes an arena that stayed empty for the grace: it stops serving, its lease and snapshot
   * are deleted (as a drain closes an empty arena), and the next heartbeat reports the lower
   * load. Entering it again creates it anew.
   */
  private async closeEmpty(arena: string, held: HeldArena): Promise<void> {
    held.leaving = true;
    await this.stopServing(held);
    await this.release(arena, held);
    await this.states.delete(subjectToken(arena)).catch(() => undefined);
    this.closedEmpty.inc();
    this.log.info({ arena, emptyMs: Math.round(performance.now() - (held.emptySince ?? 0)) }, "arena closed: empty");
  }

  /** The arena takes no more input and is closed: its queued output sent, its score writes stored. */
  private async stopServing(held: HeldArena): Promise<void> {
    held.sub?.unsubscribe();
    held.sub = undefined;
    held.probe?.unsubscribe();
    held.probe = undefined;
    await held.runtime.close();
  }

  /**
   * Forgets a held arena, already stopped, and gives up its lease if it is still ours. A
   * handed-over arena's lease stays as a released lease (no owner) for the next owner to take,
   * so the master's lease watch does not mistake the handover for a crash; unrenewed, it lapses
   * like any lease.
   */
  private async release(arena: string, held: HeldArena, handover = false): Promise<void> {
    this.arenas.delete(arena);
    const token = subjectToken(arena);
    const giveUp = (revision: number) =>
      handover
        ? this.owners.update(token, zonebus.ArenaLease.encode({ arena, owner: "" }).finish(), revision)
        : this.owners.delete(token, { expectedRevision: revision });
    try {
      await giveUp(held.revision);
      return;
    } catch {
      // another revision: ours renewed meanwhile, or someone else's
    }
    const entry = await this.owners.get(token).catch(() => undefined);
    if (entry && zonebus.ArenaLease.decode(entry.value).owner === this.deps.id)
      await giveUp(entry.revision).catch(() => undefined);
  }

  /** Takes an arena's lease: a new one, or one a draining replica released. */
  private async takeLease(arena: string): Promise<number> {
    const token = subjectToken(arena);
    const lease = zonebus.ArenaLease.encode({ arena, owner: this.deps.id }).finish();
    try {
      return await this.owners.create(token, lease);
    } catch (err) {
      const entry = await this.owners.get(token);
      if (!entry || zonebus.ArenaLease.decode(entry.value).owner !== "") throw err;
      return this.owners.update(token, lease, entry.revision);
    }
  }

  /** Stops serving an arena whose lease is no longer ours; its lease and snapshot are left alone. */
  private fence(arena: string, held: HeldArena, why: string): void {
    if (this.arenas.get(arena) !== held) return;
    this.arenas.delete(arena);
    void this.stopServing(held).catch(() => undefined);
    this.fenced.inc();
    this.log.error({ arena, err: why }, "arena lease lost: no longer serving it");
    // If the lease is still ours after all (a slow store), give it up so a failover need not wait for it to lapse.
    void this.owners.delete(subjectToken(arena), { expectedRevision: held.revision }).catch(() => undefined);
  }

  private onTimer(): void {
    // Fencing by time needs no store round trip: a renewal stuck on a dead connection counts too.
    const now = performance.now();
    const limit = this.renewalTolerance();
    for (const [arena, held] of this.arenas)
      if (!held.leaving && now - held.renewedAt > limit) this.fence(arena, held, "lease not renewed in time");
    if (this.ticking) return;
    this.ticking = true;
    void this.tick().finally(() => {
      this.ticking = false;
    });
  }

  private async tick(): Promise<void> {
    await Promise.all(
      [...this.arenas].map(async ([arena, held]) => {
        if (held.leaving) return;
        if (!(await this.renew(arena, held))) return;
        if (held.leaving || held.sub === undefined) return;
        const token = subjectToken(arena);
        const snapshot = held.runtime.snapshot(this.deps.id, false);
        if (snapshot.players.length > 0 || snapshot.entering.length > 0) held.emptySince = undefined;
        else {
          const now = performance.now();
          held.emptySince ??= now;
          if (now - held.emptySince >= (this.deps.emptyArenaGraceMs ?? DEFAULT_EMPTY_ARENA_GRACE_MS)) {
            await this.closeEmpty(arena, held);
            return;
          }
        }
        await this.states
          .put(token, zonebus.ArenaSnapshot.encode(snapshot).finish())
          .catch((err: Error) => this.log.warn({ arena, err: err.message }, "checkpoint failed"));
      }),
    );
    await this.heartbeat().catch((err: Error) => this.log.warn({ err: err.message }, "heartbeat failed"));
  }

  /**
   * How long since its last confirmed renewal an arena is still served. Cut off from the bus,
   * two thirds of the lease: checks come every third, so it stops before the lease can lapse and
   * another owner take over. With the bus up but the store silent, nobody can take the lease
   * (the store is down for everyone), so the arena plays on for the store outage grace, and a
   * lease that lapsed meanwhile is taken back if nobody else took it.
   */
  private renewalTolerance(): number {
    const fence = (this.leaseMs * 2) / 3;
    return this.busUp ? Math.max(fence, this.deps.storeOutageGraceMs ?? DEFAULT_STORE_OUTAGE_GRACE_MS) : fence;
  }

  /** Renews one lease (joining a renewal in flight); false if it was not renewed this time. */
  private renew(arena: string, held: HeldArena): Promise<boolean> {
    held.renewing ??= this.renewNow(arena, held).finally(() => {
      held.renewing = undefined;
    });
    return held.renewing;
  }

  private async renewNow(arena: string, held: HeldArena): Promise<boolean> {
    const token = subjectToken(arena);
    const lease = zonebus.ArenaLease.encode({ arena, owner: this.deps.id }).finish();
    const sentAt = performance.now();
    try {
      try {
        held.revision = await this.owners.update(token, lease, held.revision);
        held.renewedAt = sentAt;
        return true;
      } catch (err) {
        if (!(err instanceof KvRevisionError)) throw err;
      }
      // Another revision: a renewal that timed out may have landed (the lease still names us),
      // the lease lapsed (nobody holds it: take it back), or someone else holds the arena now.
      const entry = await this.owners.get(token);
      if (entry && zonebus.ArenaLease.decode(entry.value).owner === this.deps.id) {
        held.revision = entry.revision;
        return true;
      }
      if (!entry) {
        held.revision = await this.owners.create(token, lease);
        held.renewedAt = sentAt;
        this.log.warn({ arena }, "arena lease had lapsed; taken back");
        // The master may have seen it lapse and told gateways to hold the arena's input.
        this.announce(arena, this.deps.id);
        return true;
      }
      this.fence(arena, held, "another replica holds the arena's lease");
      return false;
    } catch (err) {
      if (err instanceof KvExistsError) {
        this.fence(arena, held, "another replica took the arena's lapsed lease");
        return false;
      }
      if (sentAt - held.renewedAt < this.renewalTolerance()) {
        // The store did not answer (a NATS node is failing over): the lease is still ours.
        this.log.warn({ arena, err: (err as Error).message }, "arena lease renewal failed; retrying");
        return false;
      }
      this.fence(arena, held, (err as Error).message);
      return false;
    }
  }

  /** Tells gateways who owns `arena` now: "" holds its input, a replica id sends it (and what was held) there. */
  private announce(arena: string, owner: string): void {
    this.deps.bus.publish(this.deps.subjects.arenaOwner, zonebus.ArenaOwner.encode({ arena, owner }).finish());
  }

  private async heartbeat(): Promise<void> {
    const now = performance.now();
    const cpu = process.cpuUsage(this.lastCpu);
    this.cpuShare = (cpu.user + cpu.system) / 1000 / Math.max(1, now - this.lastCpuAt);
    this.lastCpu = process.cpuUsage();
    this.lastCpuAt = now;
    const status = zonebus.ReplicaStatus.encode({
      id: this.deps.id,
      arenas: this.arenas.size,
      players: this.playerCount(),
      cpu: this.cpuShare,
      labels: [...(this.deps.labels ?? [])],
      draining: this.isDraining,
    }).finish();
    await this.replicas.put(this.deps.id, status);
  }

  /** Players in the arenas held here. */
  private playerCount(): number {
    let players = 0;
    for (const held of this.arenas.values()) players += held.runtime.playerCount;
    return players;
  }
}
