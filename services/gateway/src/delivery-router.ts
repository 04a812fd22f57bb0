import { zonebus } from "@zonebus/proto";
import { CHUNK_DATA_LENGTH, MAX_RELIABLE_PAYLOAD } from "@zonebus/protocol";
import { RateLimitedLog } from "@zonebus/service-kit";
import type { Logger } from "pino";
import { Counter, Gauge, type Registry } from "prom-client";
import { type AssembledDelivery, DEFAULT_PIECE_LIMITS, PieceAssembler, type PieceLimits } from "./piece-assembler.js";
import type { ClientLink } from "./player-session.js";

/**
 * Reliable chat (priority 0) to a player is shed once its reliable backlog reaches this percent of
 * the transport's maxOutgoingReliable (`Net:MaxOutlistSize`, 500): half (ours). ASSS instead
 * drops the recipient when the list is full, so a flood at one player disconnects it.
 */
export const SHED_CHAT_BACKLOG_PERCENT = 50;

/** How often each recipient's shedding is logged, at most (ours). */
export const SHED_LOG_INTERVAL_MS = 10_000;

/** Why a delivery to one player was dropped at the gateway (label `reason`). */
export const DeliveryDrop = {
  BadBatch: "bad_batch",
  ShedChat: "shed_chat",
  ReliableFull: "reliable_full",
  StreamRefused: "stream_refused",
} as const;

/** A player session as the router sees it. */
export interface DeliveryTarget {
  readonly link: ClientLink;
}

export interface DeliveryRouterDeps {
  readonly metrics: Registry;
  readonly logger: Logger;
  /** The logged-in session of a pid on this gateway. */
  sessionOf(pid: number): DeliveryTarget | undefined;
  /** Sends what the deliveries queued for a session once this turn is over. */
  flushSoon(session: DeliveryTarget): void;
  /** Monotonic milliseconds. */
  now(): number;
  readonly pieceLimits?: PieceLimits;
}

/** Reliable queue slots a packet takes: one, or one per 480-byte `00 08`/`00 09` piece. */
function reliableSlots(length: number): number {
  return length <= MAX_RELIABLE_PAYLOAD ? 1 : Math.ceil(length / CHUNK_DATA_LENGTH);
}

/**
 * Puts the services' deliveries on the players' connections: reassembles pieces (files), and
 * keeps another player's traffic from ever closing a recipient by shedding reliable deliveries
 * by priority as its reliable queue backs up (docs/ARCHITECTURE.md, delivery guarantees).
 */
export class DeliveryRouter {
  private readonly assembler: PieceAssembler;
  private readonly dropped: Counter<"reason">;
  private readonly assembled: Counter;
  private readonly shedLog: RateLimitedLog;

  constructor(private readonly deps: DeliveryRouterDeps) {
    const registers = [deps.metrics];
    this.dropped = new Counter({
      name: "zb_gateway_dropped_deliveries_total",
      help: "Deliveries to a player dropped at the gateway (one per recipient; piece faults one per piece), by reason",
      labelNames: ["reason"],
      registers,
    });
    this.assembled = new Counter({
      name: "zb_gateway_assembled_transfers_total",
      help: "Packets (files) put back together from their bus pieces",
      registers,
    });
    this.assembler = new PieceAssembler(deps.pieceLimits ?? DEFAULT_PIECE_LIMITS, (reason) =>
      this.dropped.inc({ reason }),
    );
    const assembler = this.assembler;
    new Gauge({
      name: "zb_gateway_assembly_bytes",
      help: "Bytes held by files being put back together from their bus pieces",
      registers,
      collect() {
        this.set(assembler.bytes);
      },
    });
    this.shedLog = new RateLimitedLog(deps.logger, SHED_LOG_INTERVAL_MS);
  }

  /** One `DeliveryBatch` from the gateway's out subject. Never throws on bad bytes. */
  onBatch(data: Uint8Array): void {
    let batch: zonebus.DeliveryBatch;
    try {
      batch = zonebus.DeliveryBatch.decode(data);
    } catch {
      this.dropped.inc({ reason: DeliveryDrop.BadBatch });
      return;
    }
    const touched = new Set<DeliveryTarget>();
    for (const d of batch.deliveries) {
      const whole = d.total ? this.assemble(d) : d;
      if (!whole?.packet || whole.packet.length === 0 || !whole.pids) continue;
      for (const pid of whole.pids) {
        const s = this.deps.sessionOf(pid);
        if (!s) continue;
        this.send(pid, s.link, whole);
        touched.add(s);
      }
    }
    // Relayed packets leave once this turn is over rather than at the next 10 ms poll; what
    // other batches of the same turn add still rides in the same clusters.
    for (const s of touched) this.deps.flushSoon(s);
  }

  /** A player left the gateway: files still being assembled only for it are dropped. */
  forget(pid: number): void {
    this.assembler.forget(pid);
  }

  private assemble(piece: zonebus.IDelivery): AssembledDelivery | undefined {
    // Only players on this gateway are charged for a transfer, so the budget maps stay bounded.
    const pids = piece.offset ? piece.pids : piece.pids?.filter((pid) => this.deps.sessionOf(pid) !== undefined);
    const whole = this.assembler.add({ ...piece, pids: pids ?? [] }, this.deps.now());
    if (whole) this.assembled.inc();
    return whole;
  }

  private send(pid: number, link: ClientLink, d: zonebus.IDelivery | AssembledDelivery): void {
    const packet = d.packet!;
    const priority = d.priority ?? 0;
    if (d.stream) {
      if (!link.sendStream(packet)) this.drop(pid, DeliveryDrop.StreamRefused, link);
    } else if (!d.reliable) link.sendUnreliable(packet, priority === 0);
    else {
      const backlog = link.reliableBacklog;
      const capacity = link.reliableCapacity;
      // Game state (priority 1 and 2) is queued as long as it fits: an entry burst missing a
      // packet leaves the client broken, so only a full queue drops it, never the connection.
      if (priority === 0 && backlog * 100 >= capacity * SHED_CHAT_BACKLOG_PERCENT)
        this.drop(pid, DeliveryDrop.ShedChat, link);
      else if (backlog + reliableSlots(packet.length) > capacity) this.drop(pid, DeliveryDrop.ReliableFull, link);
      else link.sendReliable(packet);
    }
  }

  private drop(pid: number, reason: string, link: ClientLink): void {
    this.dropped.inc({ reason });
    this.shedLog.warn(
      `${reason}:${pid}`,
      { pid, reason, backlog: link.reliableBacklog },
      "a player cannot keep up with its deliveries: dropping them, not the player",
    );
  }
}
