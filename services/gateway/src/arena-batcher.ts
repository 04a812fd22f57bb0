import type { Bus, BusSubscription } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import { C2SType } from "@zonebus/protocol";
import { type KeyedLimitedLog, rateLimitedLog } from "@zonebus/service-kit";
import type { ZoneSubjects } from "@zonebus/subjects";
import type { Logger } from "pino";
import { encodeInputBatches } from "./input-batches.js";

/** Most inputs held for one arena before a batch is sent at once. */
export const MAX_BATCH_INPUTS = 256;
/** Most inputs held for one arena while it has no owner; later ones are dropped (counted). */
export const MAX_HELD_INPUTS = 1024;
/**
 * Longest an arena's input is held; after that the hold ends and what it held is dropped
 * (counted). A handover takes tens of milliseconds and a failover placement well under a second.
 */
export const MAX_HOLD_MS = 5_000;
/** Most arenas held at once; a hold beyond it is refused and that arena's input flows as usual. */
export const MAX_HELD_ARENAS = 64;

/** Why held input was dropped: the `reason` of the gateway's dropped-packets counter. */
export const HoldDrop = {
  Full: "arena_hold_full",
  Expired: "arena_hold_expired",
  TooManyArenas: "arena_hold_arenas",
  Stopped: "arena_hold_stopped",
} as const;
export type HoldDrop = (typeof HoldDrop)[keyof typeof HoldDrop];

/** Why an input was dropped at send time: one alone is larger than the bus's `maxPayload`. */
export const InputDrop = { TooLarge: "input_too_large" } as const;
export type InputDrop = (typeof InputDrop)[keyof typeof InputDrop];

/** Least time between two log lines about inputs too large for the bus. */
export const TOO_LARGE_LOG_INTERVAL_MS = 10_000;

export interface ArenaBatcherOptions {
  /** Counts dropped inputs. */
  readonly onDrop?: (reason: HoldDrop | InputDrop, count: number) => void;
  /** Called when one send was larger than the bus's `maxPayload` and went out as `messages` messages. */
  readonly onSplit?: (messages: number) => void;
  readonly logger?: Logger;
  /** Monotonic milliseconds; default `performance.now`. */
  readonly now?: () => number;
}

/**
 * What started a hold: the announcement that the arena has no owner (a drain or the master's
 * failover), which only an owner's announcement ends; or a probe nobody answered (the owner's
 * process is gone), which an answered probe ends too.
 */
type HoldCause = "announced" | "probe";

interface Hold {
  cause: HoldCause;
  /** A first entry's confirmation (a hold of a round trip): not worth a log line. */
  quiet: boolean;
  readonly since: number;
  readonly inputs: zonebus.IArenaInput[];
  /** pid → index of that player's held position: only the newest position is kept. */
  readonly positionAt: Map<number, number>;
}

/**
 * Batches a gateway's inputs per arena and publishes them once per turn of the event loop, so
 * that a burst of positions from many players costs one bus message per arena. A batch larger
 * than the bus's `maxPayload` goes out as several, in order; an input too large for any batch
 * (a client's oversized packet) is dropped and counted (`input_too_large`), so nothing a client
 * sends can make a publish fail.
 *
 * While an arena has no owner (announced on `zb.<zone>.arenas.owner`: a drain or a failover is
 * under way; or its owner stopped answering probes: its process died) its input is held instead
 * of being published to nobody: everything but positions in order, and each player's newest
 * position, at most `MAX_HELD_INPUTS` for at most `MAX_HOLD_MS`. When the new owner announces
 * itself the held input is sent to it in order.
 */
export class ArenaBatcher {
  private readonly pending = new Map<string, zonebus.IArenaInput[]>();
  private readonly holds = new Map<string, Hold>();
  private scheduled = false;
  private sub: BusSubscription | undefined;
  private readonly now: () => number;
  private readonly tooLargeLog: KeyedLimitedLog | undefined;

  constructor(
    private readonly bus: Bus,
    private readonly subjects: ZoneSubjects,
    private readonly opts: ArenaBatcherOptions = {},
  ) {
    this.now = opts.now ?? (() => performance.now());
    this.tooLargeLog =
      opts.logger && rateLimitedLog(opts.logger, "input-too-large", TOO_LARGE_LOG_INTERVAL_MS, this.now);
  }

  /** Arenas whose input is held now. */
  get heldArenas(): string[] {
    return [...this.holds.keys()];
  }

  start(): void {
    this.sub = this.bus.subscribe(this.subjects.arenaOwner, (m) => this.onOwner(m.data));
  }

  stop(): void {
    this.sub?.unsubscribe();
    this.sub = undefined;
    for (const [arena, hold] of this.holds) this.endHold(arena, hold, HoldDrop.Stopped);
    this.flush();
  }

  add(arena: string, input: zonebus.IArenaInput): void {
    const hold = this.holds.get(arena);
    if (hold) {
      if (!this.expired(hold)) {
        this.hold(hold, input);
        return;
      }
      this.endHold(arena, hold, HoldDrop.Expired);
    }
    let list = this.pending.get(arena);
    if (!list) {
      list = [];
      this.pending.set(arena, list);
    }
    list.push(input);
    if (list.length >= MAX_BATCH_INPUTS) this.send(arena, list);
    else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  flush(): void {
    this.scheduled = false;
    for (const [arena, inputs] of this.pending) this.send(arena, inputs);
  }

  /** An owner announcement: "" starts holding the arena's input, a replica id sends it on. */
  onOwner(data: Uint8Array): void {
    let msg: zonebus.ArenaOwner;
    try {
      msg = zonebus.ArenaOwner.decode(data);
    } catch {
      return;
    }
    if (msg.owner === "") this.startHold(msg.arena, "announced");
    else this.ownerFound(msg.arena, "announced");
  }

  /** A probe of the arena's owner got "no responders": nobody serves it, hold its input. */
  ownerMissing(arena: string): void {
    this.startHold(arena, "probe");
  }

  /** Holds the arena's input until a probe is answered, as when nobody answered one (see OwnerProbe.confirm). */
  holdUntilAnswered(arena: string): void {
    this.startHold(arena, "probe", true);
  }

  /**
   * A first entry's confirmation took too long: its hold ends and the input goes out as it
   * would have without one. A hold that has since become a real one (a probe found nobody, or
   * the arena was announced ownerless) stays.
   */
  releaseUnconfirmed(arena: string): void {
    const hold = this.holds.get(arena);
    if (hold?.quiet) this.ownerFound(arena, hold.cause);
  }

  /** A probe of the arena's owner was answered: a hold that a probe started ends. */
  ownerAnswered(arena: string): void {
    this.ownerFound(arena, "probe");
  }

  private ownerFound(arena: string, how: HoldCause): void {
    const hold = this.holds.get(arena);
    if (!hold || (how === "probe" && hold.cause !== "probe")) return;
    // A hold past its time is over even if nothing was added since: what it held is dropped.
    if (this.expired(hold)) this.endHold(arena, hold, HoldDrop.Expired);
    else this.release(arena, hold);
  }

  private startHold(arena: string, cause: HoldCause, quiet = false): void {
    const existing = this.holds.get(arena);
    if (existing) {
      // Announced while a probe's hold runs: from now on only the new owner's announcement ends it.
      if (cause === "announced") existing.cause = cause;
      if (!quiet) existing.quiet = false;
      return;
    }
    for (const [name, h] of this.holds) if (this.expired(h)) this.endHold(name, h, HoldDrop.Expired);
    if (this.holds.size >= MAX_HELD_ARENAS) {
      this.opts.onDrop?.(HoldDrop.TooManyArenas, 1);
      this.opts.logger?.warn({ arena, held: this.holds.size }, "too many arenas without owner: not holding");
      return;
    }
    // What was batched before goes to the old owner, which may still listen.
    const batched = this.pending.get(arena);
    if (batched) this.send(arena, batched);
    this.holds.set(arena, { cause, quiet, since: this.now(), inputs: [], positionAt: new Map() });
    if (quiet) return;
    this.opts.logger?.info(
      { arena, cause },
      cause === "probe" ? "arena's owner does not answer: holding its input" : "arena has no owner: holding its input",
    );
  }

  private expired(hold: Hold): boolean {
    return this.now() - hold.since > MAX_HOLD_MS;
  }

  private hold(hold: Hold, input: zonebus.IArenaInput): void {
    const pid = input.packet?.pid;
    const isPosition = input.packet?.data?.[0] === C2SType.Position && pid !== undefined && pid !== null;
    if (isPosition) {
      const at = hold.positionAt.get(pid);
      if (at !== undefined) {
        hold.inputs[at] = input;
        return;
      }
    }
    if (hold.inputs.length >= MAX_HELD_INPUTS) {
      this.opts.onDrop?.(HoldDrop.Full, 1);
      return;
    }
    if (isPosition) hold.positionAt.set(pid, hold.inputs.length);
    hold.inputs.push(input);
  }

  private release(arena: string, hold: Hold): void {
    this.holds.delete(arena);
    for (let i = 0; i < hold.inputs.length; i += MAX_BATCH_INPUTS)
      this.send(arena, hold.inputs.slice(i, i + MAX_BATCH_INPUTS));
    if (!hold.quiet)
      this.opts.logger?.info(
        { arena, inputs: hold.inputs.length, ms: Math.round(this.now() - hold.since) },
        "arena has an owner again: held input sent",
      );
  }

  private endHold(arena: string, hold: Hold, reason: HoldDrop): void {
    this.holds.delete(arena);
    if (hold.inputs.length > 0) this.opts.onDrop?.(reason, hold.inputs.length);
    this.opts.logger?.warn({ arena, dropped: hold.inputs.length, reason }, "arena hold ended without an owner");
  }

  private send(arena: string, inputs: zonebus.IArenaInput[]): void {
    if (this.pending.get(arena) === inputs) this.pending.delete(arena);
    if (inputs.length === 0) return;
    const maxPayload = this.bus.maxPayload;
    const { batches, tooLarge } = encodeInputBatches(inputs, maxPayload);
    if (tooLarge > 0) {
      this.opts.onDrop?.(InputDrop.TooLarge, tooLarge);
      this.tooLargeLog?.warn({ arena, dropped: tooLarge, maxPayload }, "input too large for the bus dropped");
    }
    if (batches.length > 1) this.opts.onSplit?.(batches.length);
    const subject = this.subjects.arenaIn(arena);
    for (const batch of batches) this.bus.publish(subject, batch);
  }
}
