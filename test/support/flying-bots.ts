import { BotClient } from "@zonebus/protocol";

/**
 * Bots in one arena, each flying at 10 Hz and watching the others' relayed positions: the
 * probe of "players keep playing" while a service or a NATS node dies. For every (receiver,
 * sender) pair it keeps the longest pause between two positions received.
 */
export class FlyingBots {
  private readonly last = new Map<string, number>();
  private windowStart = Number.POSITIVE_INFINITY;
  private worst = { gapMs: 0, pair: "" };

  private constructor(readonly bots: BotClient[]) {}

  /**
   * Connects, logs in and enters `arena` (the default public arena if unset), then flies. If a
   * bot fails to get in, those already in are disconnected before the error.
   */
  static async start(port: number, names: readonly string[], arena?: string): Promise<FlyingBots> {
    const bots: BotClient[] = [];
    const fleet = new FlyingBots(bots);
    try {
      for (const name of names) {
        const bot = await BotClient.connect({ host: "127.0.0.1", port, name, encryption: "vie" });
        bots.push(bot);
        const login = await bot.login();
        if (login.code !== 0) throw new Error(`${name}: login refused with code ${login.code}`);
        await bot.enterArena(arena === undefined ? { arenaType: -1 } : { arenaType: -3, arenaName: arena });
        bot.onPosition((s) => fleet.seen(name, s.playerId));
        // Spectators' positions are not relayed: every bot takes a warbird.
        bot.setShip(0);
        bot.startFlying({ rateHz: 10 });
      }
    } catch (err) {
      await fleet.stop();
      throw err;
    }
    return fleet;
  }

  /** True once every bot has a position from every other, received after `since` (performance.now ms). */
  allSeeing(since = Number.NEGATIVE_INFINITY): boolean {
    for (const r of this.bots)
      for (const s of this.bots) {
        if (r === s) continue;
        const at = this.last.get(this.key(r.name, s.pid ?? -1));
        if (at === undefined || at <= since) return false;
      }
    return true;
  }

  /** Starts measuring gaps from now. */
  measure(): void {
    this.windowStart = performance.now();
    this.worst = { gapMs: 0, pair: "" };
    for (const k of this.last.keys()) this.last.set(k, this.windowStart);
  }

  /** The longest pause of any pair since `measure()`, counting pauses still going on. */
  largestGap(): { gapMs: number; pair: string } {
    const now = performance.now();
    let worst = this.worst;
    for (const [pair, at] of this.last) if (now - at > worst.gapMs) worst = { gapMs: now - at, pair };
    return { gapMs: Math.round(worst.gapMs), pair: worst.pair };
  }

  /** Names of bots whose connection closed, with why. */
  disconnected(): string[] {
    return this.bots.filter((b) => b.closeReason !== undefined).map((b) => `${b.name}: ${b.closeReason}`);
  }

  async stop(): Promise<void> {
    for (const b of this.bots) {
      b.stopFlying();
      await b.disconnect().catch(() => undefined);
    }
  }

  private seen(receiver: string, sender: number): void {
    const now = performance.now();
    const k = this.key(receiver, sender);
    const prev = this.last.get(k);
    if (prev !== undefined && prev >= this.windowStart && now - prev > this.worst.gapMs)
      this.worst = { gapMs: now - prev, pair: k };
    this.last.set(k, now);
  }

  private key(receiver: string, sender: number): string {
    return `${receiver}<-${sender & 0xff}`;
  }
}
