import { zonebus } from "@zonebus/proto";
import { type KvBucket, KvExistsError, KvRevisionError, type Store } from "@zonebus/store";
import { MIN_LEASE_MS, renewIntervalMs } from "@zonebus/subjects";
import type { Logger } from "pino";
import { Gauge, type Registry } from "prom-client";

/** Key of the lease in a lease bucket (one lease per bucket). */
export const MASTER_LEASE_KEY = "active";
/** Shortest lease accepted: the same floor as an arena lease (renewals every third of it). */
export const MIN_LEASE_TTL_MS = MIN_LEASE_MS;

/** Where a master instance stands. */
export const LeaseState = {
  /** Not serving; polling for the lease. */
  Standby: "standby",
  /** Holds the lease and serves the master subjects. */
  Active: "active",
  /** Stopped for good. */
  Stopped: "stopped",
} as const;
export type LeaseState = (typeof LeaseState)[keyof typeof LeaseState];

/** Stable codes of leadership errors. */
export const LeadershipErrorCode = { BadTtl: "LEASE_BAD_TTL" } as const;
export type LeadershipErrorCode = (typeof LeadershipErrorCode)[keyof typeof LeadershipErrorCode];

export class LeadershipError extends Error {
  constructor(
    message: string,
    readonly code: LeadershipErrorCode,
  ) {
    super(message);
    this.name = "LeadershipError";
  }
}

/** What the leader serves: started on taking the lease, stopped on losing it. */
export interface LeaderRole {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface LeadershipDeps {
  readonly store: Store;
  /** Bucket of the lease; its TTL is the lease time. */
  readonly bucket: string;
  /** Lease time: a holder that stops renewing loses the lease this long after its last renewal. */
  readonly ttlMs: number;
  /** This instance, unique per process (a name and a nonce). */
  readonly owner: string;
  readonly role: LeaderRole;
  readonly logger: Logger;
  readonly metrics?: Registry;
  /** Monotonic milliseconds; performance.now by default. */
  readonly now?: () => number;
  /** What holds the lease, for logs and errors (default "master"). */
  readonly roleName?: string;
  /** The gauge that is 1 while this instance is active (default `zb_master_active`). */
  readonly activeGauge?: { readonly name: string; readonly help: string };
}

/**
 * Active/standby through a lease in the store. The holder renews the lease by compare-and-set
 * every third of the lease time; the others poll, and take the lease with a create once the
 * store has expired it. The role (the master's subscriptions) runs only while the lease is held.
 *
 * No split brain: the store expires the lease no earlier than `ttlMs` after a renewal was
 * sent, and the holder steps down (stops the role) a sixth of the lease time before that unless a
 * later renewal succeeded, whatever its store calls are doing. A renewal that finds another
 * owner's revision steps down at once. Stopping the service releases the lease, so a standby
 * takes over at its next poll instead of after the lease time.
 */
export class LeaseLeadership {
  readonly name: string;
  private readonly role: string;
  private bucket: KvBucket | undefined;
  private stateValue: LeaseState = LeaseState.Standby;
  private revision = 0;
  private timer: NodeJS.Timeout | undefined;
  private deadline: NodeJS.Timeout | undefined;
  /** Transitions run one at a time, so a role is never started and stopped at once. */
  private transitions: Promise<void> = Promise.resolve();
  private busy = false;
  private readonly log: Logger;
  private readonly now: () => number;
  private readonly lease: Uint8Array;
  readonly renewMs: number;
  readonly pollMs: number;
  /** Taken leases and lost or released ones, since start. */
  readonly counts = { acquired: 0, lost: 0 };

  constructor(private readonly deps: LeadershipDeps) {
    if (!Number.isInteger(deps.ttlMs) || deps.ttlMs < MIN_LEASE_TTL_MS)
      throw new LeadershipError(
        `${deps.roleName ?? "master"} lease time must be at least ${MIN_LEASE_TTL_MS} ms, got ${deps.ttlMs}`,
        LeadershipErrorCode.BadTtl,
      );
    this.role = deps.roleName ?? "master";
    this.name = `${this.role}-leadership`;
    this.renewMs = renewIntervalMs(deps.ttlMs);
    this.pollMs = Math.max(50, Math.floor(deps.ttlMs / 10));
    this.now = deps.now ?? (() => performance.now());
    this.log = deps.logger.child({ svc: "leadership", owner: deps.owner });
    this.lease = zonebus.MasterLease.encode({ owner: deps.owner }).finish();
    if (deps.metrics) {
      const self = this;
      const gauge = deps.activeGauge ?? {
        name: "zb_master_active",
        help: "1 while this master instance holds the master lease and serves, else 0",
      };
      new Gauge({
        ...gauge,
        registers: [deps.metrics],
        collect() {
          this.set(self.stateValue === LeaseState.Active ? 1 : 0);
        },
      });
    }
  }

  get state(): LeaseState {
    return this.stateValue;
  }

  async start(): Promise<void> {
    this.bucket = await this.deps.store.bucket(this.deps.bucket, { ttlMs: this.deps.ttlMs });
    this.log.info({ ttlMs: this.deps.ttlMs, renewMs: this.renewMs, pollMs: this.pollMs }, `${this.name}: standing by`);
    await this.tick();
    this.schedule();
    // The first instance up serves before it reports ready; a standby is ready at once.
    await this.transitions;
  }

  async stop(): Promise<void> {
    if (this.stateValue === LeaseState.Stopped) return;
    const wasActive = this.stateValue === LeaseState.Active;
    this.stateValue = LeaseState.Stopped;
    clearTimeout(this.timer);
    clearTimeout(this.deadline);
    await this.enqueue(async () => {
      if (!wasActive) return;
      await this.deps.role.stop();
      this.counts.lost++;
      // Released rather than left to expire: the standby takes over at its next poll.
      await this.bucket
        ?.delete(MASTER_LEASE_KEY, { expectedRevision: this.revision })
        .then(() => this.log.info(`${this.role} lease released`))
        .catch((err: Error) => this.log.warn({ err: err.message }, `${this.role} lease not released; it will expire`));
    });
  }

  private schedule(): void {
    if (this.stateValue === LeaseState.Stopped) return;
    const wait = this.stateValue === LeaseState.Active ? this.renewMs : this.pollMs;
    this.timer = setTimeout(() => {
      void this.tick().finally(() => this.schedule());
    }, wait);
  }

  private async tick(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      if (this.stateValue === LeaseState.Active) await this.renew();
      else if (this.stateValue === LeaseState.Standby) await this.tryAcquire();
    } catch (err) {
      // The store is unreachable: a holder keeps trying until its deadline steps it down.
      this.log.warn({ err: (err as Error).message, state: this.stateValue }, `${this.role} lease: store call failed`);
    } finally {
      this.busy = false;
    }
  }

  private async tryAcquire(): Promise<void> {
    const bucket = this.bucket!;
    const entry = await bucket.get(MASTER_LEASE_KEY);
    const sentAt = this.now();
    let revision: number;
    try {
      if (entry === undefined) revision = await bucket.create(MASTER_LEASE_KEY, this.lease);
      else if (zonebus.MasterLease.decode(entry.value).owner === this.deps.owner)
        // Our own lease, renewed late (the store was electing a leader) after we stepped down:
        // nobody else wrote in between, so it is ours to take back at once.
        revision = await bucket.update(MASTER_LEASE_KEY, this.lease, entry.revision);
      else return;
    } catch (err) {
      if (err instanceof KvExistsError || err instanceof KvRevisionError) return; // another instance won
      throw err;
    }
    if (this.stateValue !== LeaseState.Standby) {
      // Stopped while taking it: hand it straight back.
      await bucket.delete(MASTER_LEASE_KEY, { expectedRevision: revision }).catch(() => undefined);
      return;
    }
    this.revision = revision;
    this.stateValue = LeaseState.Active;
    this.counts.acquired++;
    this.armDeadline(sentAt);
    this.log.warn({ revision }, `${this.role} lease taken: this instance is now the active ${this.role}`);
    // Not awaited: renewals go on while the role starts (the directory may take a while to load).
    void this.enqueue(async () => {
      if (this.stateValue !== LeaseState.Active) return;
      try {
        await this.deps.role.start();
        this.log.info(`active ${this.role} serving`);
      } catch (err) {
        this.log.error({ err: (err as Error).message }, `active ${this.role} failed to start; giving the lease up`);
        await this.deps.role.stop().catch(() => undefined);
        await bucket.delete(MASTER_LEASE_KEY, { expectedRevision: this.revision }).catch(() => undefined);
        if (this.stateValue === LeaseState.Active) this.stateValue = LeaseState.Standby;
        clearTimeout(this.deadline);
      }
    });
  }

  private async renew(): Promise<void> {
    const bucket = this.bucket!;
    const sentAt = this.now();
    try {
      this.revision = await bucket.update(MASTER_LEASE_KEY, this.lease, this.revision);
    } catch (err) {
      if (!(err instanceof KvRevisionError)) throw err;
      // A renewal that timed out may still have landed: the lease is ours if it names us.
      const entry = await bucket.get(MASTER_LEASE_KEY);
      if (entry === undefined || zonebus.MasterLease.decode(entry.value).owner !== this.deps.owner) {
        const holder = entry ? zonebus.MasterLease.decode(entry.value).owner : undefined;
        this.stepDown(holder === undefined ? "lease expired" : `lease taken by ${holder}`);
        return;
      }
      this.revision = entry.revision;
    }
    if (this.stateValue === LeaseState.Active) this.armDeadline(sentAt);
  }

  /** Steps down a sixth of the lease time before the store could expire the last renewal. */
  private armDeadline(sentAt: number): void {
    clearTimeout(this.deadline);
    const at = sentAt + this.deps.ttlMs - Math.ceil(this.deps.ttlMs / 6);
    this.deadline = setTimeout(() => this.stepDown("lease not renewed in time"), Math.max(0, at - this.now()));
  }

  private stepDown(reason: string): void {
    if (this.stateValue !== LeaseState.Active) return;
    this.stateValue = LeaseState.Standby;
    this.counts.lost++;
    clearTimeout(this.deadline);
    this.log.error({ reason }, `${this.role} lease lost: this instance stops serving and stands by`);
    void this.enqueue(() =>
      this.deps.role
        .stop()
        .catch((err: Error) => this.log.error({ err: err.message }, `stopping the ${this.role} failed`)),
    );
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    this.transitions = this.transitions.then(step, step);
    return this.transitions;
  }
}

/** The master's leadership: a LeaseLeadership with the master's names. */
export const MasterLeadership = LeaseLeadership;
export type MasterLeadership = LeaseLeadership;
