/**
 * One peer's core-protocol state machine, for either end (core.md §3–§11). It never touches a
 * socket or a clock: datagrams go in through `receive(datagram, now)`, datagrams to put on the
 * wire come out of `poll(now)` (clustered and encrypted), with `now` in ms from a monotonic clock.
 */
import { type BandwidthLimiter, createBandwidthLimiter, SendClass } from "./bandwidth.js";
import { ByteBudgetImpl } from "./byte-budget.js";
import { ClockSync, ticksAt } from "./clock-sync.js";
import { resolveTransportConfig, type TransportConfig } from "./config.js";
import type { ClientConnectionOptions, ServerConnectionOptions } from "./connection-options.js";
import {
  MAX_GAME_TYPE,
  MAX_IMMEDIATE,
  MAX_NESTING,
  MAX_RECEIVE_DATAGRAM,
  MAX_RELIABLE_PAYLOAD,
  MAX_SEND_DATAGRAM,
} from "./constants.js";
import { DatagramBuilder } from "./datagram-builder.js";
import { CoreErrorCode, refused, SENT, type SendResult } from "./errors.js";
import {
  type ConnectionListener,
  ConnectionState,
  type CoreEvent,
  DisconnectReason,
  Role,
  StreamDirection,
} from "./events.js";
import type { ClientKeyExchanger, DatagramCipher } from "./handshake.js";
import { InboundRateLimit, RateVerdict } from "./inbound-rate.js";
import { LossReport } from "./loss-report.js";
import { splitIntoChunks } from "./packets/big-data.js";
import { encodeControl } from "./packets/control.js";
import { type CorePacket, decodeCorePacket } from "./packets/core-packet.js";
import { CoreType } from "./packets/core-type.js";
import { decodeConnectionInit, decodeKeyResponse, encodeConnectionInit } from "./packets/key-exchange.js";
import { ACK_LENGTH, encodeAck } from "./packets/reliable.js";
import { encodeSyncRequest, encodeSyncResponse } from "./packets/time-sync.js";
import { AssemblyOutcome, type AssemblyResult, BigPacketAssembler, StreamAssembler } from "./reassembly.js";
import { ReliableReceiver, ReliableVerdict } from "./reliable-receiver.js";
import { AckOutcome, CollectOutcome, ReliableSender } from "./reliable-sender.js";
import { type ConnectionStats, DropReason, newConnectionStats } from "./stats.js";
import { StreamSender } from "./stream-sender.js";
import { type UnreliableOptions, UnreliablePriority, UnreliableQueue } from "./unreliable-queue.js";

interface Immediate {
  readonly bytes: Uint8Array;
  readonly encrypt: boolean;
}

export class Connection {
  readonly role: Role;
  readonly config: TransportConfig;
  readonly stats: ConnectionStats = newConnectionStats();
  private stateValue: ConnectionState;
  private reason: DisconnectReason | undefined;
  private cipher: DatagramCipher | undefined;
  private readonly listener: ConnectionListener;
  private readonly ticks: (now: number) => number;
  private readonly bandwidth: BandwidthLimiter;
  private readonly sender: ReliableSender;
  private readonly receiver = new ReliableReceiver();
  private readonly big: BigPacketAssembler;
  private readonly stream: StreamAssembler;
  private readonly streams: StreamSender;
  private readonly clock = new ClockSync();
  private readonly peerLoss = new LossReport();
  private readonly acks: number[] = [];
  private readonly unreliable: UnreliableQueue;
  private readonly inboundRate: InboundRateLimit;
  /** Bytes held by the reassembly buffers, charged to the shared budget too when one was given. */
  readonly reassemblyBudget: ByteBudgetImpl;
  private immediate: Immediate[] = [];
  private lastReceive: number;
  private readonly createdAt: number;
  private nextConnectTry: number;
  private nextSync = 0;
  private pendingClose: DisconnectReason | undefined;
  /** Set after we asked the peer to cancel its stream; its chunks are ignored until `00 0C`. */
  private cancellingIncoming = false;
  private readonly keyResponse: Uint8Array | undefined;
  private readonly connectInit: Uint8Array | undefined;
  private readonly keyExchange: ClientKeyExchanger | undefined;

  private constructor(
    init:
      | { role: typeof Role.Server; options: ServerConnectionOptions }
      | { role: typeof Role.Client; options: ClientConnectionOptions },
  ) {
    const { options } = init;
    this.role = init.role;
    this.config = resolveTransportConfig(options.config);
    this.listener = options.listener;
    this.ticks = options.ticks ?? ticksAt;
    this.bandwidth = createBandwidthLimiter(this.config.bandwidth, options.now);
    this.sender = new ReliableSender(this.config, this.bandwidth);
    this.unreliable = new UnreliableQueue(this.config.maxUnreliableQueue);
    this.reassemblyBudget = new ByteBudgetImpl(this.config.maxReassemblyBytes, options.sharedBudget);
    this.big = new BigPacketAssembler(this.config.maxBigPacket, this.reassemblyBudget);
    this.stream = new StreamAssembler(this.config.maxIncomingStream, this.reassemblyBudget);
    const { maxDatagramsPerSecond, datagramBurst, floodCloseSeconds } = this.config;
    this.inboundRate = new InboundRateLimit(maxDatagramsPerSecond, datagramBurst, floodCloseSeconds, options.now);
    this.streams = new StreamSender(this.config.maxQueuedStreams);
    this.lastReceive = options.now;
    this.createdAt = options.now;
    this.nextConnectTry = options.now;
    if (init.role === Role.Server) {
      this.stateValue = ConnectionState.Open;
      this.cipher = init.options.cipher;
      this.keyResponse = init.options.keyResponse;
    } else {
      this.stateValue = ConnectionState.Connecting;
      const { clientKey, clientType } = init.options.keyExchange;
      this.connectInit = encodeConnectionInit({ clientKey, clientType });
      this.keyExchange = init.options.keyExchange;
    }
  }

  /** The server end of a connection whose `00 01` was accepted and answered. */
  static server(options: ServerConnectionOptions): Connection {
    return new Connection({ role: Role.Server, options });
  }

  /** The client end; its first `poll` sends `00 01`. */
  static client(options: ClientConnectionOptions): Connection {
    return new Connection({ role: Role.Client, options });
  }

  get state(): ConnectionState {
    return this.stateValue;
  }

  /** Why the connection closed, once it has. */
  get closeReason(): DisconnectReason | undefined {
    return this.reason;
  }

  /** Reliable packets queued or unacknowledged (compare with `config.maxOutgoingReliable`). */
  get reliableBacklog(): number {
    return this.sender.backlog;
  }

  /** Unreliable packets waiting for bandwidth. */
  get unreliableBacklog(): number {
    return this.unreliable.size;
  }

  /** Outgoing streams not yet fully queued. */
  get pendingStreams(): number {
    return this.streams.pending;
  }

  /** Current bandwidth limit in bytes/s (Infinity when unlimited). */
  get bandwidthLimit(): number {
    return this.bandwidth.limit;
  }

  /** Smoothed reliable round trip in ms and the current retransmission timeout. */
  get rtt(): { readonly averageMs: number; readonly deviationMs: number; readonly timeoutMs: number } {
    const r = this.sender.rtt;
    return { averageMs: r.average, deviationMs: r.deviation, timeoutMs: r.timeout };
  }

  /** Client: estimated `server − client` clock offset in ticks, from `00 06` replies. */
  get clockOffsetTicks(): number {
    return this.clock.offsetTicks;
  }

  /** Queues a packet for reliable, in-order delivery; packets over 506 bytes go as `00 08`/`00 09` pieces. */
  sendReliable(payload: Uint8Array): SendResult {
    if (this.stateValue === ConnectionState.Closed) return refused(CoreErrorCode.Closed, "connection closed");
    if (payload.length === 0) return refused(CoreErrorCode.BadPayload, "empty payload");
    if (isCore(payload, CoreType.Reliable)) return refused(CoreErrorCode.BadPayload, "00 03 cannot ride in 00 03");
    if (payload.length <= MAX_RELIABLE_PAYLOAD) return this.enqueueReliable([payload]);
    // Reassembled big data must be one game packet: receivers reject a leading 0 or type ≥ 64 (core.md §5).
    if (!isGameType(payload[0]!)) return refused(CoreErrorCode.BadPayload, "big packets must be game packets");
    if (payload.length > this.config.maxBigPacket) {
      return refused(CoreErrorCode.TooLarge, `${payload.length} bytes > maxBigPacket; use sendStream`);
    }
    return this.enqueueReliable(splitIntoChunks(payload));
  }

  /** Queues a packet to be sent once, by priority, within the bandwidth budget. */
  sendUnreliable(
    payload: Uint8Array,
    priority: UnreliablePriority = UnreliablePriority.Normal,
    options: UnreliableOptions = {},
  ): SendResult {
    if (this.stateValue === ConnectionState.Closed) return refused(CoreErrorCode.Closed, "connection closed");
    if (payload.length === 0) return refused(CoreErrorCode.BadPayload, "empty payload");
    if (payload.length > MAX_SEND_DATAGRAM) return refused(CoreErrorCode.TooLarge, `${payload.length} bytes > 512`);
    if (!this.unreliable.push(payload, priority, options.droppable ?? false)) {
      this.drop(DropReason.UnreliableQueueFull);
      return refused(CoreErrorCode.QueueFull, "unreliable queue full");
    }
    return SENT;
  }

  /** Queues a game packet (map, file …) to go as a paced `00 0A` stream (core.md §7). */
  sendStream(payload: Uint8Array): SendResult {
    if (this.stateValue === ConnectionState.Closed) return refused(CoreErrorCode.Closed, "connection closed");
    if (payload.length === 0 || !isGameType(payload[0]!)) return refused(CoreErrorCode.BadPayload, "not a game packet");
    if (payload.length > this.config.maxOutgoingStream) return refused(CoreErrorCode.TooLarge, "stream too large");
    if (!this.streams.add(payload)) {
      this.drop(DropReason.StreamQueueFull);
      return refused(CoreErrorCode.QueueFull, "too many streams queued");
    }
    return SENT;
  }

  /** Asks the peer to stop the stream it is sending us (`00 0B`); false if none is under way. */
  cancelIncomingStream(): boolean {
    if (!this.stream.active || this.cancellingIncoming || this.stateValue !== ConnectionState.Open) return false;
    this.stream.reset();
    this.cancellingIncoming = true;
    this.sendReliable(encodeControl(CoreType.StreamCancelRequest));
    return true;
  }

  /** Closes the connection; the next `poll` returns a `00 07` for the peer. */
  close(reason: DisconnectReason = DisconnectReason.Local): void {
    this.shutdown(reason, true);
  }

  /** Feeds one datagram from the peer. Takes ownership of the bytes (decrypted in place). */
  receive(datagram: Uint8Array, now: number): void {
    this.stats.datagramsIn++;
    this.stats.bytesIn += datagram.length;
    if (this.stateValue === ConnectionState.Closed) this.drop(DropReason.Closed);
    else if (!this.admit(now)) this.drop(DropReason.RateLimited);
    else if (datagram.length === 0 || datagram.length > MAX_RECEIVE_DATAGRAM) this.drop(DropReason.BadDatagramSize);
    else {
      this.lastReceive = now;
      this.bandwidth.onHeard();
      this.receiveValid(datagram, now);
    }
  }

  /** The inbound rate limit's verdict; a sustained flood closes the connection. */
  private admit(now: number): boolean {
    const verdict = this.inboundRate.admit(now);
    if (verdict === RateVerdict.Flood) this.shutdown(DisconnectReason.Flood, true);
    return verdict === RateVerdict.Accept;
  }

  private receiveValid(datagram: Uint8Array, now: number): void {
    // Handshake packets always travel unencrypted, and a cipher leaves bytes 0–1 of core packets in clear.
    if (datagram[0] === 0 && isHandshakeType(datagram[1])) this.receiveHandshake(datagram, now);
    else if (this.stateValue === ConnectionState.Open && this.cipher) {
      this.cipher.decrypt(datagram);
      this.dispatch(datagram, 0, false, now);
    } else if (datagram.length === 2 && datagram[0] === 0 && datagram[1] === CoreType.Disconnect) {
      // A server with no free slot answers `00 01` with `00 07` (core.md §3 rule 3); being 2 bytes
      // it reads the same encrypted or not.
      this.shutdown(DisconnectReason.Remote, false);
    } else this.drop(DropReason.Unexpected);
  }

  /** Runs timers and returns the datagrams to send now, in order. */
  poll(now: number): Uint8Array[] {
    const out: Uint8Array[] = [];
    if (this.stateValue !== ConnectionState.Closed) this.runTimers(now);
    for (const m of this.immediate) out.push(this.seal(m.bytes, m.encrypt));
    this.immediate = [];
    if (this.stateValue !== ConnectionState.Open) return out;
    this.bandwidth.refill(now);
    const builder = new DatagramBuilder();
    for (const seq of this.acks) {
      this.bandwidth.forceSpend(SendClass.Ack, ACK_LENGTH);
      builder.add(encodeAck(seq));
    }
    this.stats.acksSent += this.acks.length;
    this.acks.length = 0;
    this.topUpStreams();
    const outcome = this.sender.collect(now, (p) => builder.add(p));
    if (outcome === CollectOutcome.GaveUp) {
      this.shutdown(DisconnectReason.TooManyRetries, true);
      for (const m of this.immediate) out.push(this.seal(m.bytes, m.encrypt));
      this.immediate = [];
      return out;
    }
    this.stats.reliableSent = this.sender.sent;
    this.stats.retransmits = this.sender.retransmits;
    this.stats.drops[DropReason.Bandwidth] += this.unreliable.collect(this.bandwidth, (p) => {
      builder.add(p);
      this.stats.unreliableSent++;
    });
    for (const d of builder.finish()) out.push(this.seal(d, true));
    this.stats.clustersSent += builder.clusters;
    return out;
  }

  private runTimers(now: number): void {
    if (this.pendingClose) this.shutdown(this.pendingClose, true);
    else if (now - this.lastReceive >= this.config.dropTimeoutMs) this.shutdown(DisconnectReason.Timeout, true);
    else if (this.stateValue === ConnectionState.Connecting) {
      if (now - this.createdAt >= this.config.connectTimeoutMs) this.shutdown(DisconnectReason.ConnectTimeout, false);
      else if (now >= this.nextConnectTry && this.connectInit) {
        this.nextConnectTry = now + this.config.connectRetryMs;
        this.pushImmediate(new Uint8Array(this.connectInit), false);
      }
    } else if (this.role === Role.Client && this.config.syncIntervalMs > 0 && now >= this.nextSync) {
      this.nextSync = now + this.config.syncIntervalMs;
      const { datagramsOut: packetsSent, datagramsIn: packetsReceived } = this.stats;
      this.pushImmediate(encodeSyncRequest({ clientTime: this.ticks(now), packetsSent, packetsReceived }), true);
    }
  }

  private receiveHandshake(datagram: Uint8Array, now: number): void {
    const type = datagram[1];
    if (this.role === Role.Server && type === CoreType.ConnectionInit) {
      if (!decodeConnectionInit(datagram).ok) this.drop(DropReason.Malformed);
      // Before anything was delivered the client only missed our `00 02`: answer again (core.md §3
      // rule 4). Later, a new `00 01` means it restarted; ASSS kicks the old session (rule 5).
      else if (this.receiver.nextSeq === 0 && this.keyResponse)
        this.pushImmediate(new Uint8Array(this.keyResponse), false);
      else this.shutdown(DisconnectReason.Reconnect, false);
    } else if (this.role === Role.Client && type === CoreType.KeyResponse) {
      const response = decodeKeyResponse(datagram);
      if (!response.ok) this.drop(DropReason.Malformed);
      else if (this.stateValue !== ConnectionState.Connecting || !this.keyExchange) this.drop(DropReason.Unexpected);
      else this.establish(this.keyExchange.accept(response.value.serverKey), response.value.serverKey, now);
    } else {
      const continuumOnly = type === CoreType.ContinuumKeyAck || type === CoreType.ContinuumKeyResponse;
      this.drop(continuumOnly ? DropReason.Unsupported : DropReason.Unexpected);
    }
  }

  private establish(cipher: DatagramCipher | Error, serverKey: number, now: number): void {
    if (cipher instanceof Error) {
      this.shutdown(DisconnectReason.KeyRejected, false);
      return;
    }
    this.cipher = cipher;
    this.stateValue = ConnectionState.Open;
    this.nextSync = now;
    this.emit({ type: "connected", serverKey });
  }

  private dispatch(p: Uint8Array, depth: number, reliable: boolean, now: number): void {
    if (p.length === 0) this.drop(DropReason.Malformed);
    else if (p[0] !== 0) {
      if (isGameType(p[0]!)) this.deliver(p, reliable);
      else this.drop(DropReason.BadGameType);
    } else {
      const decoded = decodeCorePacket(p);
      if (decoded.ok) this.handleCore(decoded.value, depth, reliable, now);
      else this.drop(decoded.error.code === CoreErrorCode.BadType ? DropReason.UnknownCoreType : DropReason.Malformed);
    }
  }

  private handleCore(packet: CorePacket, depth: number, reliable: boolean, now: number): void {
    switch (packet.type) {
      case CoreType.Reliable:
        // A reliable payload is never another reliable (ASSS asserts against it).
        if (reliable || depth >= MAX_NESTING) this.drop(DropReason.TooDeep);
        else this.receiveReliable(packet.seq, packet.payload, depth, now);
        break;
      case CoreType.Ack:
        this.stats.acksReceived++;
        if (this.sender.onAck(packet.seq, now) === AckOutcome.Unknown) this.drop(DropReason.UnknownAck);
        break;
      case CoreType.Cluster:
        if (depth >= MAX_NESTING) this.drop(DropReason.TooDeep);
        else this.receiveCluster(packet.items, packet.complete, depth, reliable, now);
        break;
      case CoreType.SyncRequest:
        this.pushImmediate(encodeSyncResponse({ clientTime: packet.clientTime, serverTime: this.ticks(now) }), true);
        this.onPeerCounters(packet.packetsReceived);
        break;
      case CoreType.SyncResponse: {
        const sample = this.role === Role.Client ? this.clock.onResponse(packet, this.ticks(now)) : undefined;
        if (sample) this.emit({ type: "time_sync", ...sample });
        else this.drop(DropReason.Unexpected);
        break;
      }
      case CoreType.Disconnect:
        this.shutdown(DisconnectReason.Remote, false);
        break;
      case CoreType.Chunk:
      case CoreType.ChunkTail:
        this.assembled(this.big.push(packet.data, packet.tail), DropReason.BigPacketOverflow, reliable);
        break;
      case CoreType.Stream:
        if (this.cancellingIncoming) this.drop(DropReason.StreamCancelled);
        else this.assembled(this.stream.push(packet.total, packet.data), DropReason.StreamRejected, reliable);
        break;
      case CoreType.StreamCancelRequest:
        if (this.streams.cancelCurrent()) this.emit({ type: "stream_cancelled", direction: StreamDirection.Outgoing });
        // Always confirm, reliably, even when nothing was being sent (core.md §7).
        this.sendReliable(encodeControl(CoreType.StreamCancelled));
        break;
      case CoreType.StreamCancelled: {
        const had = this.cancellingIncoming || this.stream.active;
        this.cancellingIncoming = false;
        this.stream.reset();
        if (had) this.emit({ type: "stream_cancelled", direction: StreamDirection.Incoming });
        break;
      }
      case CoreType.NoOp:
        break;
      case CoreType.ContinuumKeyExpansionRequest:
      case CoreType.ContinuumKeyExpansionResponse:
      case CoreType.ContinuumTimerMode:
      case CoreType.ContinuumKeyResponse:
      case CoreType.ContinuumKeyAck:
        this.drop(DropReason.Unsupported);
        break;
      default:
        // `00 01` / `00 02` inside a cluster or after decryption: only valid bare and in clear.
        this.drop(DropReason.Unexpected);
    }
  }

  private receiveCluster(
    items: readonly Uint8Array[],
    complete: boolean,
    depth: number,
    reliable: boolean,
    now: number,
  ): void {
    for (const item of items) {
      if (this.stateValue === ConnectionState.Closed) return;
      this.dispatch(item, depth + 1, reliable, now);
    }
    if (!complete) this.drop(DropReason.ClusterCut);
  }

  private receiveReliable(seq: number, payload: Uint8Array, depth: number, now: number): void {
    const verdict = this.receiver.accept(seq, payload);
    if (verdict === ReliableVerdict.OutOfWindow) {
      this.drop(DropReason.OutOfWindow);
      return;
    }
    if (this.acks.length < this.config.maxPendingAcks) this.acks.push(seq);
    else this.drop(DropReason.AckQueueFull);
    if (verdict === ReliableVerdict.Duplicate) {
      this.drop(DropReason.Duplicate);
      return;
    }
    for (let next = this.receiver.takeNext(); next; next = this.receiver.takeNext()) {
      this.dispatch(next, depth + 1, true, now);
      if (this.stateValue === ConnectionState.Closed) return;
    }
  }

  private assembled(result: AssemblyResult, rejected: DropReason, reliable: boolean): void {
    if (result.outcome === AssemblyOutcome.Complete) {
      if (isGameType(result.packet[0]!)) this.deliver(result.packet, reliable);
      else this.drop(DropReason.BadGameType);
    } else if (result.outcome === AssemblyOutcome.OverBudget) {
      this.drop(DropReason.OverBudget);
      this.shutdown(DisconnectReason.OverBudget, true);
    } else if (result.outcome === AssemblyOutcome.Rejected) {
      this.drop(rejected);
      // A stream we will not take: ask the sender to stop instead of ignoring it chunk by chunk.
      if (rejected === DropReason.StreamRejected && !this.cancellingIncoming) {
        this.cancellingIncoming = true;
        this.sendReliable(encodeControl(CoreType.StreamCancelRequest));
      }
    }
  }

  /** The peer's count of datagrams received, against ours sent: too many missing cuts the limit. */
  private onPeerCounters(receivedByPeer: number): void {
    const threshold = this.config.bandwidth.reportedLossPercent;
    if (threshold <= 0) return;
    const loss = this.peerLoss.next(this.stats.datagramsOut, receivedByPeer);
    if (loss === undefined) return;
    this.stats.reportedLossPercent = loss * 100;
    if (loss * 100 > threshold) this.bandwidth.onReportedLoss();
  }

  private deliver(packet: Uint8Array, reliable: boolean): void {
    this.stats.packetsDelivered++;
    this.listener.onPacket(packet, reliable);
  }

  private enqueueReliable(payloads: Uint8Array[]): SendResult {
    if (this.sender.backlog + payloads.length > this.config.maxOutgoingReliable) {
      // ASSS drops a client that lets this many reliable packets pile up (core.md §9).
      this.pendingClose = DisconnectReason.OutgoingOverflow;
      this.drop(DropReason.ReliableQueueFull);
      return refused(CoreErrorCode.QueueFull, "too many outgoing reliable packets");
    }
    for (const p of payloads) this.sender.enqueue(p);
    return SENT;
  }

  private topUpStreams(): void {
    if (this.streams.pending === 0 || this.sender.unsent >= this.config.streamQueueThreshold) return;
    const room = this.config.maxOutgoingReliable - this.sender.backlog;
    for (const chunk of this.streams.take(Math.min(this.config.streamQueuePackets, room))) this.sender.enqueue(chunk);
  }

  private shutdown(reason: DisconnectReason, notifyPeer: boolean): void {
    if (this.stateValue === ConnectionState.Closed) return;
    const wasOpen = this.stateValue === ConnectionState.Open;
    this.stateValue = ConnectionState.Closed;
    this.reason = reason;
    this.immediate = [];
    // Partial transfers give their bytes back to the budgets at once.
    this.big.reset();
    this.stream.reset();
    if (notifyPeer && wasOpen) this.pushImmediate(encodeControl(CoreType.Disconnect), true);
    this.emit({ type: "disconnected", reason });
  }

  /** Queues a datagram that bypasses queues and bandwidth; `bytes` must be a fresh copy. */
  private pushImmediate(bytes: Uint8Array, encrypt: boolean): void {
    if (this.immediate.length >= MAX_IMMEDIATE) {
      this.drop(DropReason.ReplyQueueFull);
      return;
    }
    this.immediate.push({ bytes, encrypt });
  }

  /** Encrypts a fresh datagram in place (unless it is a handshake packet) and counts it. */
  private seal(datagram: Uint8Array, encrypt: boolean): Uint8Array {
    if (encrypt) this.cipher?.encrypt(datagram);
    this.stats.datagramsOut++;
    this.stats.bytesOut += datagram.length;
    return datagram;
  }

  private emit(event: CoreEvent): void {
    this.listener.onEvent?.(event);
  }

  private drop(reason: DropReason): void {
    this.stats.drops[reason]++;
  }
}

const isGameType = (t: number): boolean => t >= 1 && t <= MAX_GAME_TYPE;

const isCore = (p: Uint8Array, type: number): boolean => p.length >= 2 && p[0] === 0 && p[1] === type;

const isHandshakeType = (t: number | undefined): boolean =>
  t === CoreType.ConnectionInit ||
  t === CoreType.KeyResponse ||
  t === CoreType.ContinuumKeyResponse ||
  t === CoreType.ContinuumKeyAck;
