import { TransportConfigError } from "./errors.js";

/**
 * Tunable settings of one connection. Defaults are ASSS's, with the fact-sheet section they
 * come from; settings marked "ours" have no counterpart in the references.
 */

/** How the per-connection bandwidth limit behaves (core.md §11: `bw_default` / `bw_nolimit`). */
export const BandwidthMode = { Adaptive: "adaptive", Unlimited: "unlimited" } as const;
export type BandwidthMode = (typeof BandwidthMode)[keyof typeof BandwidthMode];

export interface TransportConfig {
  /** No datagram from the peer for this long closes the connection. `Net:DropTimeout` 3000 ticks = 30 s (core.md §9). */
  readonly dropTimeoutMs: number;
  /** Client: give up when no `00 02` came back this long after the first `00 01`. zero: 500 ticks = 5 s (core.md §3). */
  readonly connectTimeoutMs: number;
  /** Client: resend `00 01` this often until `00 02` arrives (ours; zero resends `00 11` every 1 s, encryption-vie.md §6). */
  readonly connectRetryMs: number;
  /** Tries of one reliable packet before the connection is closed. `Net:MaxRetries` = 15 (core.md §4). */
  readonly maxRetries: number;
  /**
   * Resend a reliable packet without waiting for its timeout once this many packets sent after
   * it were acked (ours, like TCP's fast retransmit; 0 keeps ASSS's timeout-only resends). Every
   * packet is acked on its own, so later acks with this one missing mean it was lost, and the
   * 32-slot window would otherwise stall for at least 250 ms per loss.
   */
  readonly fastRetransmitAcks: number;
  /** Reliable packets waiting or unacknowledged before the connection is closed. `Net:MaxOutlistSize` = 500 (core.md §9). */
  readonly maxOutgoingReliable: number;
  /** Unreliable packets waiting to be sent; more are refused and counted (ours). */
  readonly maxUnreliableQueue: number;
  /** Acks waiting to be sent; a peer that floods reliables past this gets no ack and resends (ours). */
  readonly maxPendingAcks: number;
  /** Largest `00 08`/`00 09` reassembly; `CFG_MAX_BIG_PACKET` = 65 536 (core.md §6). */
  readonly maxBigPacket: number;
  /**
   * Largest `00 0A` stream accepted on receive (ours). ASSS never holds an upload in memory: it
   * hands each slice to the packet type's sized handler (only `0x16` file uploads, by staff with
   * `uploadfile`, written to a temp file) and skips the rest, so its only bound is the i32 total.
   * A client downloads maps and LVZ of a few MB, hence 4 MiB here; servers, which buffer the
   * whole upload, use `DEFAULT_SERVER_MAX_UPLOAD` (server-limits.ts).
   */
  readonly maxIncomingStream: number;
  /**
   * Bytes one connection may hold in reassembly buffers, `00 08/09` and `00 0A` together, charged
   * by capacity (ours; default `maxBigPacket + maxIncomingStream`, so a transfer within both
   * maximums always fits). Past it the connection closes (`over_budget`).
   */
  readonly maxReassemblyBytes: number;
  /**
   * Inbound datagrams per second a connection may send, on average (ours; ASSS has no such
   * limit). Past `datagramBurst` saved up, datagrams are dropped unread (`rate_limited`). 0 turns
   * the limit off (the default for clients; servers use `DEFAULT_SERVER_DATAGRAM_RATE`).
   */
  readonly maxDatagramsPerSecond: number;
  /** Datagrams a connection may send at once above the rate (the token bucket's size; ours). */
  readonly datagramBurst: number;
  /**
   * Consecutive seconds in each of which more datagrams were dropped by the rate limit than the
   * rate allows (the peer sent over twice the rate) after which the connection closes (`flood`;
   * ours). 0 only drops, never closes.
   */
  readonly floodCloseSeconds: number;
  /** Largest stream `sendStream` accepts (ours). */
  readonly maxOutgoingStream: number;
  /** Streams queued for sending behind the current one (ours). */
  readonly maxQueuedStreams: number;
  /** Top up stream chunks when fewer reliable packets than this wait: `Net:PresizedQueueThreshold` = 5 (core.md §7). */
  readonly streamQueueThreshold: number;
  /** Stream chunks added per top-up: `Net:PresizedQueuePackets` = 25 (core.md §7). */
  readonly streamQueuePackets: number;
  /** Client: send `00 05` this often; Continuum syncs about every 5 s (core.md §8). 0 turns it off. */
  readonly syncIntervalMs: number;
  readonly bandwidth: BandwidthConfig;
}

export interface BandwidthConfig {
  readonly mode: BandwidthMode;
  /** Start of the adaptive limit in bytes/s: `Net:LimitInitial` = 5000 (core.md §11). */
  readonly initial: number;
  /** Clamp of the adaptive limit: `Net:LimitMinimum` 2500, `Net:LimitMaximum` 102 400 (core.md §11). */
  readonly minimum: number;
  readonly maximum: number;
  /** Bytes a class may save up: `Net:Burst` = 2048 (core.md §11). */
  readonly burst: number;
  /** Cap on the in-flight reliable window: `Net:SendAtOnce` = 255 (core.md §4, §11). */
  readonly sendAtOnce: number;
  /**
   * Length of the window, in ms, at whose end the limit may be raised without acks (ours;
   * default 250). ASSS grows only on acks of reliable packets, and a position-heavy arena sends
   * almost none, so its limit stays at `initial` while droppable positions are thrown away.
   * 0 turns both the raise and the cut below off (ASSS's behaviour).
   */
  readonly growIntervalMs: number;
  /**
   * Raise, in percent of the current limit, at the end of a window in which unreliable data
   * waited or was dropped for lack of budget, nothing had to be retransmitted, no loss was
   * reported and the peer was heard from (ours; default 25). 0 turns the raise off.
   */
  readonly growPercent: number;
  /** Largest single raise in bytes/s (ours; default 16 384), so high limits grow additively. */
  readonly growStepMax: number;
  /**
   * Cut, in percent, of the raise (what the windows above added on top of ASSS's own
   * ack-driven estimate) on a retransmission or a reported loss, at most once per window (ours,
   * like TCP halving its window; default 50). The limit never falls below ASSS's estimate this
   * way; ASSS's own decrease on retransmissions still applies to that. 0 keeps raises for good.
   */
  readonly backoffPercent: number;
  /**
   * Share of our datagrams, in percent, that a client's `00 05` may report missing since its
   * previous one before the raise is cut (ours; default 10). A client's counters are the only
   * loss signal when no reliable packets flow (core.md §8). 0 ignores the reports.
   */
  readonly reportedLossPercent: number;
}

export const DEFAULT_TRANSPORT_CONFIG: TransportConfig = Object.freeze({
  dropTimeoutMs: 30_000,
  connectTimeoutMs: 5_000,
  connectRetryMs: 1_000,
  maxRetries: 15,
  fastRetransmitAcks: 3,
  maxOutgoingReliable: 500,
  maxUnreliableQueue: 256,
  maxPendingAcks: 256,
  maxBigPacket: 65_536,
  maxIncomingStream: 4 * 1024 * 1024,
  maxReassemblyBytes: 65_536 + 4 * 1024 * 1024,
  maxDatagramsPerSecond: 0,
  datagramBurst: 0,
  floodCloseSeconds: 0,
  maxOutgoingStream: 16 * 1024 * 1024,
  maxQueuedStreams: 8,
  streamQueueThreshold: 5,
  streamQueuePackets: 25,
  syncIntervalMs: 5_000,
  bandwidth: Object.freeze({
    mode: BandwidthMode.Adaptive,
    initial: 5_000,
    minimum: 2_500,
    maximum: 102_400,
    burst: 2_048,
    sendAtOnce: 255,
    growIntervalMs: 250,
    growPercent: 25,
    growStepMax: 16_384,
    backoffPercent: 50,
    reportedLossPercent: 10,
  }),
});

/** Settings to override; `bandwidth` may be given in part. */
export type TransportConfigInput = Partial<Omit<TransportConfig, "bandwidth">> & {
  readonly bandwidth?: Partial<BandwidthConfig>;
};

/** Merges overrides onto the defaults and checks them once; the result is frozen. */
export function resolveTransportConfig(input: TransportConfigInput = {}): TransportConfig {
  const bandwidth = Object.freeze({ ...DEFAULT_TRANSPORT_CONFIG.bandwidth, ...input.bandwidth });
  const merged = { ...DEFAULT_TRANSPORT_CONFIG, ...input };
  const maxReassemblyBytes = input.maxReassemblyBytes ?? merged.maxBigPacket + merged.maxIncomingStream;
  const config: TransportConfig = Object.freeze({ ...merged, maxReassemblyBytes, bandwidth });
  for (const [key, value] of [...Object.entries(config), ...Object.entries(bandwidth)]) {
    if (typeof value === "number" && !(Number.isFinite(value) && value >= 0)) {
      throw new TransportConfigError(`transport config ${key} must be a finite number ≥ 0, got ${value}`);
    }
  }
  const bw = config.bandwidth;
  if (!(bw.minimum > 2 * 512 && bw.minimum <= bw.initial && bw.initial <= bw.maximum)) {
    // The shrink formula takes sqrt(limit² − 4·512²), so the limit must stay above 1024.
    throw new TransportConfigError("transport bandwidth needs 1024 < minimum ≤ initial ≤ maximum");
  }
  if (bw.backoffPercent >= 100 || bw.reportedLossPercent > 100) {
    throw new TransportConfigError("transport bandwidth needs backoffPercent < 100 and reportedLossPercent ≤ 100");
  }
  if (config.maxRetries < 1 || bw.sendAtOnce < 1)
    throw new TransportConfigError("maxRetries and sendAtOnce must be ≥ 1");
  return config;
}
