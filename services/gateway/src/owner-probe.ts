import { type Bus, BusNoRespondersError } from "@zonebus/bus";
import type { ZoneSubjects } from "@zonebus/subjects";

/** How often each arena with players here is probed: the longest input goes to a dead owner. */
export const PROBE_INTERVAL_MS = 250;
const PROBE_TIMEOUT_MS = 1_000;
/** Longest a first entry waits for its confirmation; then it goes out unconfirmed, as without one. */
export const CONFIRM_MAX_MS = 1_000;
const EMPTY = new Uint8Array(0);

/** What the probe tells: the batcher holds an arena's input while nobody serves it. */
export interface OwnerProbeListener {
  ownerMissing(arena: string): void;
  ownerAnswered(arena: string): void;
  holdUntilAnswered(arena: string): void;
  releaseUnconfirmed(arena: string): void;
}

/**
 * Asks, every `PROBE_INTERVAL_MS`, whether someone serves each arena this gateway has players
 * in (`zb.<zone>.arena.<a>.probe`, answered by the owning replica). "No responders" (the owner's
 * process died: the NATS server dropped its subscriptions) starts holding that arena's input at
 * once, instead of after the lease runs out and the master announces the arena ownerless. A
 * probe that times out says nothing: a slow owner is still the owner. One probe per arena at a time.
 */
export class OwnerProbe {
  private timer: NodeJS.Timeout | undefined;
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly bus: Bus,
    private readonly subjects: ZoneSubjects,
    /** Arenas with players on this gateway (repeats allowed). */
    private readonly arenas: () => Iterable<string>,
    private readonly listener: OwnerProbeListener,
    private readonly intervalMs = PROBE_INTERVAL_MS,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => this.round(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /**
   * Holds the arena's input until its owner answers a probe, which is sent at once. For the
   * first player this gateway sends into an arena: the owner subscribed the arena's input just
   * before the probe subject, and a NATS server learns a remote connection's subscriptions in
   * the order they were made, so an answered probe means this gateway's server routes the input
   * too; the master's enter reply, which comes another way, does not mean that.
   */
  confirm(arena: string): void {
    this.listener.holdUntilAnswered(arena);
    this.probeOnce(arena);
    setTimeout(() => this.timer && this.listener.releaseUnconfirmed(arena), CONFIRM_MAX_MS).unref();
  }

  private round(): void {
    for (const arena of new Set(this.arenas())) this.probeOnce(arena);
  }

  private probeOnce(arena: string): void {
    if (arena === "" || this.inFlight.has(arena)) return;
    this.inFlight.add(arena);
    void this.probe(arena).finally(() => this.inFlight.delete(arena));
  }

  private async probe(arena: string): Promise<void> {
    try {
      await this.bus.request(this.subjects.arenaProbe(arena), EMPTY, { timeoutMs: PROBE_TIMEOUT_MS });
      if (this.timer) this.listener.ownerAnswered(arena);
    } catch (err) {
      if (err instanceof BusNoRespondersError && this.timer) this.listener.ownerMissing(arena);
    }
  }
}
