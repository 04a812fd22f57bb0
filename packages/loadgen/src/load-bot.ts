/**
 * One bot of a run: connects, logs in, enters its arena, then flies a circle near the map's
 * centre (every bot in range of every other), fires a bullet and chats now and then. The
 * generator's scheduler calls `tick(now)`; the bot sends whatever is due.
 */
import {
  BotClient,
  ChatType,
  circlePath,
  type FlightPath,
  isLoginAccepted,
  LoginResponseCode,
  MAP_CENTRE_PIXELS,
  type PositionSample,
  WeaponType,
} from "@zonebus/protocol";
import type { Counters } from "./counters.js";
import type { LoadOptions } from "./options.js";
import type { SendLog } from "./send-log.js";

/** Energy the bots report; a ship at rest with full energy, so no server takes it for dead. */
const ENERGY = 1000;

export const LoadBotState = {
  Idle: "idle",
  Starting: "starting",
  Playing: "playing",
  Failed: "failed",
  Closed: "closed",
} as const;
export type LoadBotState = (typeof LoadBotState)[keyof typeof LoadBotState];

/** What a bot needs from its generator. */
export interface LoadBotDeps {
  readonly options: LoadOptions;
  readonly sendLog: SendLog;
  readonly clock: () => number;
  /** The counters of the current second. */
  counters(): Counters;
  /** Bots of the run now playing in `arena`. */
  playingIn(arena: number): number;
  /** Called when the bot starts or stops playing. */
  onPlaying(arena: number, playing: boolean): void;
  /** A random number in [0, 1). */
  random(): number;
}

export class LoadBot {
  state: LoadBotState = LoadBotState.Idle;
  /** Why the login or arena entry failed, for the summary. */
  failure: string | undefined;
  private client: BotClient | undefined;
  private path: FlightPath;
  private flyStart = 0;
  private nextPosition = 0;
  private nextFire = 0;
  private nextChat = 0;
  private chats = 0;
  private stopping = false;
  private lastIn = 0;
  private lastOut = 0;
  private lastBytesIn = 0;
  private lastBytesOut = 0;

  constructor(
    readonly index: number,
    readonly arena: number,
    private readonly deps: LoadBotDeps,
  ) {
    const r = deps.random;
    this.path = circlePath({
      x: MAP_CENTRE_PIXELS + Math.round((r() - 0.5) * 400),
      y: MAP_CENTRE_PIXELS + Math.round((r() - 0.5) * 400),
      // At least 118 px/s: no two positions of one bot within a few seconds share x and y,
      // which the send log relies on.
      radius: 150 + Math.round(r() * 200),
      periodMs: 4_000 + Math.round(r() * 4_000),
    });
  }

  get name(): string {
    return `${this.deps.options.namePrefix}-${this.index}`;
  }

  /** Connects, logs in and enters the arena; failures are counted, never thrown. */
  async start(): Promise<void> {
    const { options, clock } = this.deps;
    this.state = LoadBotState.Starting;
    const began = clock();
    try {
      const client = await BotClient.connect({
        host: options.host,
        port: options.port,
        name: this.name,
        password: options.password,
        encryption: options.encryption,
        pollIntervalMs: options.pollIntervalMs,
        flushOnSend: true,
        clock,
        timeoutMs: 15_000,
        ...(options.sourceAddresses > 1 ? { localAddress: sourceAddress(this.index, options.sourceAddresses) } : {}),
      });
      this.client = client;
      client.onClose(() => this.closed());
      if (this.stopping) return;
      let login = await client.login();
      // A server with a user database asks before it creates an unknown name, as SubSpace does.
      if (login.code === LoginResponseCode.NewName) login = await client.login({ create: true });
      if (!isLoginAccepted(login.code)) throw new Error(`login refused with code ${login.code}`);
      const ship = this.index % 8;
      await client.enterArena({ arenaName: `${options.arenaPrefix}${this.arena}`, ship });
      if (this.stopping) return;
      // Servers that start every newcomer as a spectator whatever 0x01 asked need
      // the ship request a player would make; where the ship is already set it changes nothing.
      client.setShip(ship);
      client.onPosition((s) => this.received(s));
      const now = clock();
      const c = this.deps.counters();
      c.logins++;
      c.loginTime.record(now - began);
      this.state = LoadBotState.Playing;
      this.deps.onPlaying(this.arena, true);
      this.flyStart = now;
      this.nextPosition = now;
      this.nextFire = now + this.deps.random() * options.fireIntervalMs;
      this.nextChat = now + this.deps.random() * options.chatIntervalMs;
    } catch (err) {
      if (this.stopping) return;
      this.state = LoadBotState.Failed;
      this.failure = err instanceof Error ? err.message : String(err);
      this.deps.counters().loginFailures++;
      await this.client?.disconnect().catch(() => undefined);
    }
  }

  /** Sends what is due at `now`: a position, a bullet, a chat line. */
  tick(now: number): void {
    const client = this.client;
    if (this.state !== LoadBotState.Playing || !client?.inArena) return;
    const { options, sendLog } = this.deps;
    const c = this.deps.counters();
    const pid = client.pid ?? 0;
    if (now >= this.nextPosition) {
      const pos = this.path(now - this.flyStart);
      sendLog.recordSend(this.arena, pid, false, pos.x, pos.y, this.deps.clock(), this.index);
      client.sendPosition({ ...pos, energy: ENERGY });
      c.positionsSent++;
      c.positionsExpected += Math.max(0, this.deps.playingIn(this.arena) - 1);
      const interval = 1000 / options.rateHz;
      // Late by more than an interval (a busy loop): skip ahead rather than burst.
      this.nextPosition = Math.max(this.nextPosition + interval, now - interval + 1);
    }
    if (options.fireIntervalMs > 0 && now >= this.nextFire) {
      const from = client.lastPosition;
      if (from) sendLog.recordSend(this.arena, pid, true, from.x, from.y, this.deps.clock(), this.index);
      client.fire(WeaponType.Bullet);
      c.weaponsSent++;
      c.positionsExpected += Math.max(0, this.deps.playingIn(this.arena) - 1);
      this.nextFire = now + options.fireIntervalMs;
    }
    if (options.chatIntervalMs > 0 && now >= this.nextChat) {
      client.chat(ChatType.Public, `load test line ${++this.chats}`);
      c.chatsSent++;
      // Jittered so that chat does not come in waves.
      this.nextChat = now + options.chatIntervalMs * (0.5 + this.deps.random());
    }
  }

  /** Adds the transport counters since the last call to `c`. */
  collectTraffic(c: Counters): void {
    const s = this.client?.transportStats;
    if (!s) return;
    c.datagramsIn += s.datagramsIn - this.lastIn;
    c.datagramsOut += s.datagramsOut - this.lastOut;
    c.bytesIn += s.bytesIn - this.lastBytesIn;
    c.bytesOut += s.bytesOut - this.lastBytesOut;
    this.lastIn = s.datagramsIn;
    this.lastOut = s.datagramsOut;
    this.lastBytesIn = s.bytesIn;
    this.lastBytesOut = s.bytesOut;
  }

  /** Leaves (`00 07`) without counting a disconnect. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.leavePlaying();
    await this.client?.disconnect().catch(() => undefined);
  }

  private received(s: PositionSample): void {
    const c = this.deps.counters();
    c.positionsReceived++;
    const r = this.deps.sendLog.match(this.arena, s.playerId, s.weapon !== 0, s.x, s.y, s.receivedAt);
    if (r === "unmatched") c.unmatched++;
    else if (r === "ambiguous") c.ambiguous++;
    else c.latency.record(r);
  }

  private closed(): void {
    if (this.stopping) return;
    if (this.state === LoadBotState.Playing) this.deps.counters().disconnects++;
    this.leavePlaying();
    if (this.state !== LoadBotState.Failed) this.state = LoadBotState.Closed;
  }

  private leavePlaying(): void {
    if (this.state !== LoadBotState.Playing) return;
    this.deps.onPlaying(this.arena, false);
    this.state = LoadBotState.Closed;
  }
}

/** The loopback address bot `index` binds to when the bots spread over `count` addresses. */
export function sourceAddress(index: number, count: number): string {
  return `127.0.0.${1 + (index % count)}`;
}
