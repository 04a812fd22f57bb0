/**
 * A scriptable SubSpace 1.34 / VIE bot over one transport link (login-and-arena.md, gameplay.md):
 * logs in with `0x09`, enters arenas and collects the entry burst, flies, fires, chats, dies,
 * downloads and checks the map, answers keyed security requests, and reports every S2C packet as
 * a typed event. Used by end-to-end tests and the load generator.
 */
import { performance } from "node:perf_hooks";
import { inflateSync } from "node:zlib";
import {
  type ConnectionListener,
  type ConnectionStats,
  type CoreEvent,
  type DisconnectReason,
  TICK_MASK,
  ticksAt,
  UnreliablePriority,
} from "../core/index.js";
import { crc32 } from "../crypto/checksums.js";
import {
  type C2SRegistration,
  C2SType,
  type ChatType,
  decodeS2C,
  encodeC2S,
  type PlayerRecord,
  packWeapon,
  type S2CLoginResponse,
  type S2CMapInfo,
  type S2CPacket,
  type S2CRedirect,
  S2CType,
  type Weapon,
} from "../game/index.js";
import { type ArenaEntry, EntryCollector } from "./entry.js";
import { BotError, BotErrorCode } from "./errors.js";
import { DEFAULT_MAX_WAITERS, PacketEvents, type ReceiveInfo, type S2CHandler, type S2CPacketOf } from "./events.js";
import { type FlightPath, MAX_FLY_RATE_HZ, stationaryPath } from "./flight.js";
import { type PositionSample, positionSample } from "./latency.js";
import { type BotLink, type BotLinkOpener, udpLinkOpener } from "./link.js";
import { announcedMap, DEFAULT_MAX_MAP_BYTES, type DownloadedMap, verifyMap } from "./map.js";
import {
  type BotConnectOptions,
  type BotOptions,
  type BotStats,
  DEFAULT_BOT_TIMEOUT_MS,
  isLoginAccepted,
  newBotStats,
} from "./options.js";
import {
  type ArenaRequest,
  arenaLoginPacket,
  checkCredentials,
  loginPacket,
  machineIdFor,
  type PositionInput,
  positionPacket,
} from "./packets.js";
import { DEFAULT_MAX_KNOWN_PLAYERS, PlayerRoster } from "./roster.js";
import { SecurityAnswers } from "./security.js";

/** Where a bot that never sent a position fires from: the middle of the 1024×1024-tile map. */
export const MAP_CENTRE_PIXELS = 8192;

export class BotClient {
  readonly name: string;
  readonly stats: BotStats = newBotStats();
  private readonly options: BotOptions;
  private readonly clock: () => number;
  private readonly timeoutMs: number;
  private readonly events: PacketEvents;
  private readonly roster: PlayerRoster;
  private readonly closeHandlers = new Set<(reason: DisconnectReason) => void>();
  private link: BotLink | undefined;
  private closeReasonValue: DisconnectReason | undefined;
  private loggedInValue = false;
  private inArenaValue = false;
  private pidValue: number | undefined;
  private readonly entry = new EntryCollector();
  private readonly security = new SecurityAnswers();
  private mapInfoValue: S2CMapInfo | undefined;
  private redirectValue: S2CRedirect | undefined;
  /** How `connect` reached the server, so `followRedirect` can connect the same way elsewhere. */
  private connectOptions: BotConnectOptions | undefined;
  private last: Required<PositionInput> | undefined;
  private flight: NodeJS.Timeout | undefined;

  private constructor(options: BotOptions) {
    checkCredentials(options.name, options.password ?? "");
    this.options = options;
    this.name = options.name;
    this.clock = options.clock ?? (() => performance.now());
    this.timeoutMs = options.timeoutMs ?? DEFAULT_BOT_TIMEOUT_MS;
    this.events = new PacketEvents(options.maxWaiters ?? DEFAULT_MAX_WAITERS);
    this.roster = new PlayerRoster(options.maxKnownPlayers ?? DEFAULT_MAX_KNOWN_PLAYERS);
  }

  /** Connects over UDP (`00 01` with a VIE key, or key 0 for `"none"`); rejects when no `00 02` comes back. */
  static async connect(options: BotConnectOptions): Promise<BotClient> {
    const clock = options.clock ?? (() => performance.now());
    const opener = udpLinkOpener({
      localAddress: options.localAddress,
      host: options.host,
      port: options.port,
      encryption: options.encryption,
      transport: options.transport,
      pollIntervalMs: options.pollIntervalMs,
      clock,
    });
    const connectOptions = { ...options, clock };
    const bot = await BotClient.open(connectOptions, opener);
    bot.connectOptions = connectOptions;
    return bot;
  }

  /** A bot over any link; `opener` receives the listener the link must feed. */
  static async open(options: BotOptions, opener: BotLinkOpener): Promise<BotClient> {
    const bot = new BotClient(options);
    bot.link = await opener(bot.listener);
    return bot;
  }

  // ---- state ----

  /** The pid from the last `0x01`, once an arena was entered. */
  get pid(): number | undefined {
    return this.pidValue;
  }

  get loggedIn(): boolean {
    return this.loggedInValue;
  }

  get inArena(): boolean {
    return this.inArenaValue;
  }

  /** The players the bot knows in its arena, by pid; live, changed by later packets. */
  get players(): ReadonlyMap<number, PlayerRecord> {
    return this.roster.all;
  }

  get mapInfo(): S2CMapInfo | undefined {
    return this.mapInfoValue;
  }

  /** The last S2C `0x3B` redirect received, if any. */
  get redirect(): S2CRedirect | undefined {
    return this.redirectValue;
  }

  /** The last position sent (with defaults filled in). */
  get lastPosition(): Readonly<Required<PositionInput>> | undefined {
    return this.last;
  }

  /** Why the connection closed, once it has. */
  get closeReason(): DisconnectReason | undefined {
    return this.closeReasonValue;
  }

  get transportStats(): ConnectionStats | undefined {
    return this.link?.stats;
  }

  /** Handler exceptions swallowed so far (a throwing handler cannot stop the bot). */
  get handlerErrors(): number {
    return this.events.handlerErrors;
  }

  /** The bot's estimate of the server's tick count at local time `now` (default: now). */
  serverTicks(now = this.clock()): number {
    return (ticksAt(now) + (this.link?.clockOffsetTicks ?? 0)) & TICK_MASK;
  }

  // ---- events ----

  /** Calls `handler` for each S2C packet of `type`; returns the unsubscribe function. */
  on<T extends S2CType>(type: T, handler: S2CHandler<T>): () => void {
    return this.events.on(type, handler);
  }

  /** Calls `handler` for every decoded S2C packet. */
  onAny(handler: (packet: S2CPacket, info: ReceiveInfo) => void): () => void {
    return this.events.onAny(handler);
  }

  /** Calls `handler` for every relayed position (`0x28`) and weapon (`0x05`): the load generator's feed. */
  onPosition(handler: (sample: PositionSample) => void): () => void {
    const offs = [
      this.events.on(S2CType.Position, (p, info) => handler(positionSample(p, info))),
      this.events.on(S2CType.Weapon, (p, info) => handler(positionSample(p, info))),
    ];
    return () => {
      for (const off of offs) off();
    };
  }

  /** Calls `handler` once the connection closes. */
  onClose(handler: (reason: DisconnectReason) => void): () => void {
    this.closeHandlers.add(handler);
    return () => {
      this.closeHandlers.delete(handler);
    };
  }

  /** The next packet of `type` accepted by `predicate`; rejects with Timeout or Closed. */
  waitFor<T extends S2CType>(
    type: T,
    predicate: (packet: S2CPacketOf<T>, info: ReceiveInfo) => boolean = () => true,
    timeoutMs = this.timeoutMs,
  ): Promise<S2CPacketOf<T>> {
    if (this.closeReasonValue) return Promise.reject(this.closedError());
    return this.events.waitFor(type, predicate, timeoutMs);
  }

  // ---- session ----

  /** Sends `0x09` (101 bytes, version 134) and resolves with the server's `0x0A`, whatever its code. */
  async login(
    options: { create?: boolean; timeoutMs?: number; zeroPassword?: boolean; loginId?: number } = {},
  ): Promise<S2CLoginResponse> {
    const wait = this.waitFor(S2CType.LoginResponse, () => true, options.timeoutMs);
    this.sendOrThrow(
      loginPacket({
        name: this.name,
        // After a redirect a client sends no password, only the redirect's login id (§8).
        password: options.zeroPassword ? "" : (this.options.password ?? ""),
        machineId: this.options.machineId ?? machineIdFor(this.name),
        features: this.options.features ?? 0,
        create: options.create,
        loginId: options.loginId,
      }),
      wait,
    );
    const response = await wait;
    this.loggedInValue = isLoginAccepted(response.code);
    return response;
  }

  /**
   * Sends `0x01` and collects the entry burst up to `0x02`: own pid (`0x01`), settings (`0x0F`),
   * player records (`0x03`), map info (`0x29`). Rejects with BurstIncomplete if one is missing.
   */
  enterArena(request: ArenaRequest & { timeoutMs?: number } = {}): Promise<ArenaEntry> {
    if (this.closeReasonValue) return Promise.reject(this.closedError());
    if (this.entry.active) return Promise.reject(new BotError("already entering an arena", BotErrorCode.Busy));
    const packet = arenaLoginPacket(request);
    // A new 0x01 implies leaving the current arena (login-and-arena.md §7).
    this.resetArena();
    const entry = this.entry.begin(request.timeoutMs ?? this.timeoutMs);
    if (!this.send(packet, true)) this.entry.fail(this.closedError());
    return entry;
  }

  /**
   * Follows an S2C `0x3B` (default: the last one received) as Continuum does: closes this
   * connection, connects to the redirect's address the way `connect` did, logs in with the same
   * name, an all-zero password and the redirect's login id, and, if let in, enters the arena the
   * redirect names. Returns the new bot (this one stays closed) with its login response and,
   * when it got in, its arena entry. `from` overrides connection options (a test sending the
   * re-login from another local address).
   */
  async followRedirect(
    options: {
      redirect?: S2CRedirect;
      from?: Partial<BotConnectOptions>;
      /** Keep this connection open (to replay the same redirect from a second client). */
      keepOpen?: boolean;
      timeoutMs?: number;
    } = {},
  ): Promise<{ bot: BotClient; login: S2CLoginResponse; entry: ArenaEntry | undefined }> {
    const redirect = options.redirect ?? this.redirectValue;
    if (!redirect) throw new BotError("no 0x3B redirect received", BotErrorCode.InvalidOption);
    if (!this.connectOptions)
      throw new BotError("followRedirect needs a bot made by BotClient.connect", BotErrorCode.InvalidOption);
    if (!options.keepOpen) await this.disconnect();
    const bot = await BotClient.connect({
      ...this.connectOptions,
      ...options.from,
      host: redirect.ip,
      port: redirect.port,
    });
    const login = await bot.login({ zeroPassword: true, loginId: redirect.loginId, timeoutMs: options.timeoutMs });
    if (!isLoginAccepted(login.code)) return { bot, login, entry: undefined };
    const entry = await bot.enterArena({
      arenaType: redirect.arenaType,
      arenaName: redirect.arenaType === -3 ? redirect.arenaName : "",
      timeoutMs: options.timeoutMs,
    });
    return { bot, login, entry };
  }

  /** Sends `0x02`; the bot forgets the arena (others get `0x04`). */
  leaveArena(): void {
    this.send(encodeC2S({ type: C2SType.LeaveArena }), true);
    this.resetArena();
  }

  /** Closes the connection (the server gets `00 07`) and waits for the socket to close. */
  async disconnect(): Promise<void> {
    this.stopFlying();
    await this.link?.close();
  }

  // ---- flying and fighting ----

  /**
   * Sends a 22-byte `0x03` stamped with the estimated server time; returns that time. Omitted
   * energy and bounty keep their last sent values; other omitted fields are 0.
   */
  sendPosition(input: PositionInput): number {
    this.requireArena("send positions");
    const full: Required<PositionInput> = {
      x: input.x,
      y: input.y,
      xSpeed: input.xSpeed ?? 0,
      ySpeed: input.ySpeed ?? 0,
      rotation: input.rotation ?? 0,
      energy: input.energy ?? this.last?.energy ?? 0,
      bounty: input.bounty ?? this.last?.bounty ?? 0,
      status: input.status ?? 0,
      weapon: input.weapon ?? 0,
    };
    const time = this.serverTicks();
    // Weapons go first when bandwidth is short, as ASSS ranks them (gameplay.md §2.7).
    const priority = full.weapon !== 0 ? UnreliablePriority.High : UnreliablePriority.Normal;
    if (this.send(positionPacket(full, time), false, priority)) this.stats.positionsSent++;
    this.last = { ...full, weapon: 0 };
    return time;
  }

  /** Fires from the last position: a weapon type (level 1) or a full weapon description. Returns the time sent. */
  fire(weapon: number | Weapon): number {
    const word = typeof weapon === "number" ? weapon & 0x1f : packWeapon(weapon);
    const at = this.last ?? { x: MAP_CENTRE_PIXELS, y: MAP_CENTRE_PIXELS };
    return this.sendPosition({ ...at, weapon: word });
  }

  /** Sends positions at `rateHz` from `path` (default: hover at the last position) until `stopFlying`. */
  startFlying(options: { rateHz: number; path?: FlightPath }): void {
    const { rateHz } = options;
    if (!(rateHz > 0 && rateHz <= MAX_FLY_RATE_HZ)) {
      throw new BotError(`rateHz must be in (0, ${MAX_FLY_RATE_HZ}]`, BotErrorCode.InvalidOption);
    }
    this.requireArena("fly");
    this.stopFlying();
    const at = this.last ?? { x: MAP_CENTRE_PIXELS, y: MAP_CENTRE_PIXELS };
    const path = options.path ?? stationaryPath(at.x, at.y);
    const start = this.clock();
    const tick = () => {
      if (this.inArenaValue) this.sendPosition(path(this.clock() - start));
      else this.stopFlying();
    };
    tick();
    this.flight = setInterval(tick, 1000 / rateHz);
  }

  stopFlying(): void {
    if (this.flight) clearInterval(this.flight);
    this.flight = undefined;
  }

  get flying(): boolean {
    return this.flight !== undefined;
  }

  /** Sends `0x06` chat; `targetPid` is the recipient of private messages (type 5). */
  chat(type: ChatType, text: string, targetPid = -1): void {
    this.send(encodeC2S({ type: C2SType.Chat, chatType: type, sound: 0, target: targetPid, text }), true);
  }

  /** Sends the registration form `0x17`, as a client does after a `0x0A` that asks for it (demographics). */
  register(form: Omit<C2SRegistration, "type">): void {
    this.send(encodeC2S({ type: C2SType.Registration, ...form }), true);
  }

  /** Sets the player's 96-byte banner with `0x19`. */
  setBanner(banner: Uint8Array): void {
    this.send(encodeC2S({ type: C2SType.SetBanner, banner }), true);
  }

  /** Asks for a ship with `0x18` (0..7, 8 = spectator). */
  setShip(ship: number): void {
    this.send(encodeC2S({ type: C2SType.ShipChange, ship }), true);
  }

  /** Asks for a freq with `0x0F`. */
  setFreq(freq: number): void {
    this.send(encodeC2S({ type: C2SType.FreqChange, freq }), true);
  }

  /** Reports the bot's death with `0x05`: who killed it and its own bounty. */
  die(killerPid: number, bounty: number): void {
    this.send(encodeC2S({ type: C2SType.Death, killerId: killerPid, bounty }), true);
  }

  /**
   * Requests the map (`0x0C`), waits for the `0x2A` stream, inflates it and checks its CRC-32
   * against the `0x29` of the arena. Later security answers include the map checksum.
   */
  async downloadMap(options: { timeoutMs?: number } = {}): Promise<DownloadedMap> {
    const info = this.mapInfoValue && announcedMap(this.mapInfoValue);
    if (!info) throw new BotError("no 0x29 map information received", BotErrorCode.NoMapInfo);
    const wait = this.waitFor(S2CType.MapData, () => true, options.timeoutMs);
    this.sendOrThrow(encodeC2S({ type: C2SType.FileRequest, fileIndex: undefined }), wait);
    const map = await verifyMap(await wait, info, this.options.maxMapBytes ?? DEFAULT_MAX_MAP_BYTES);
    this.security.rememberMap(map.bytes);
    return map;
  }

  /**
   * Requests the news (`0x0D`), waits for the `0x10` stream and inflates it; the caller compares
   * its CRC-32 with the login response's news checksum.
   */
  async downloadNews(
    options: { timeoutMs?: number } = {},
  ): Promise<{ readonly bytes: Uint8Array; readonly crc32: number }> {
    const wait = this.waitFor(S2CType.IncomingFile, () => true, options.timeoutMs);
    this.sendOrThrow(encodeC2S({ type: C2SType.NewsRequest }), wait);
    const file = await wait;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(
        inflateSync(file.data, { maxOutputLength: this.options.maxMapBytes ?? DEFAULT_MAX_MAP_BYTES }),
      );
    } catch (err) {
      throw new BotError(`news did not inflate: ${(err as Error).message}`, BotErrorCode.MapCorrupt);
    }
    return { bytes, crc32: crc32(bytes) };
  }

  // ---- receiving ----

  private readonly listener: ConnectionListener = {
    onPacket: (raw, reliable) => this.receive(raw, reliable),
    onEvent: (event) => this.onCoreEvent(event),
  };

  private receive(raw: Uint8Array, reliable: boolean): void {
    const receivedAt = this.clock();
    this.stats.packetsIn++;
    const decoded = decodeS2C(raw);
    if (!decoded.ok) {
      this.stats.undecodable++;
      this.stats.undecodableByType[raw[0] ?? 0]!++;
      this.stats.lastDecodeError = decoded.error;
      return;
    }
    const packet = decoded.packet;
    this.absorb(packet, raw);
    this.events.emit(packet, { receivedAt, serverTicks: this.serverTicks(receivedAt), reliable });
  }

  /** Applies a packet to the bot's own state before handlers see it. */
  private absorb(packet: S2CPacket, raw: Uint8Array): void {
    this.roster.apply(packet);
    switch (packet.type) {
      case S2CType.WhoAmI:
        this.pidValue = packet.playerId;
        if (this.entry.active) this.entry.pid(packet.playerId);
        // Outside an entry it pushes the client out of a recycled arena; the script re-enters
        // (login-and-arena.md §7).
        else this.resetArena();
        return;
      case S2CType.Settings:
        this.security.rememberSettings(raw);
        this.entry.settings(packet);
        return;
      case S2CType.MapInfo:
        this.mapInfoValue = packet;
        this.entry.mapInfo(packet);
        return;
      case S2CType.EnteringComplete:
        if (this.entry.complete(() => this.roster.snapshot())) this.inArenaValue = true;
        return;
      case S2CType.Weapon:
        this.stats.weaponsReceived++;
        return;
      case S2CType.Redirect:
        this.redirectValue = packet;
        return;
      case S2CType.SecuritySeeds:
        if (packet.key !== 0 && (this.options.answerSecurity ?? true)) {
          if (this.send(this.security.answer(packet.key, this.stats.weaponsReceived), true))
            this.stats.securityAnswers++;
        }
        return;
      default:
        return;
    }
  }

  private onCoreEvent(event: CoreEvent): void {
    if (event.type !== "disconnected" || this.closeReasonValue) return;
    this.closeReasonValue = event.reason;
    this.stopFlying();
    this.inArenaValue = false;
    this.loggedInValue = false;
    const error = this.closedError();
    this.entry.fail(error);
    this.events.failAll(error);
    for (const h of this.closeHandlers) h(event.reason);
  }

  // ---- helpers ----

  private resetArena(): void {
    this.stopFlying();
    this.inArenaValue = false;
    this.roster.clear();
    this.last = undefined;
  }

  private requireArena(what: string): void {
    if (!this.inArenaValue) throw new BotError(`cannot ${what} outside an arena`, BotErrorCode.NotInArena);
  }

  private closedError(): BotError {
    return new BotError(`connection closed (${this.closeReasonValue ?? "not open"})`, BotErrorCode.Closed);
  }

  /** Queues a packet; false (and counted) when the transport refused it. */
  private send(packet: Uint8Array, reliable: boolean, priority?: UnreliablePriority): boolean {
    const link = this.link;
    const result = !link ? undefined : reliable ? link.sendReliable(packet) : link.sendUnreliable(packet, priority);
    if (result?.ok) {
      if (this.options.flushOnSend) link?.flush?.();
      return true;
    }
    this.stats.sendsRefused++;
    return false;
  }

  /** Sends a request whose answer `wait` expects; if the send is refused, `wait` is abandoned and Closed thrown. */
  private sendOrThrow(packet: Uint8Array, wait: Promise<unknown>): void {
    if (this.send(packet, true)) return;
    wait.catch(() => undefined);
    throw this.closedError();
  }
}
