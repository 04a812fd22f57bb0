/**
 * Collecting the arena-entry burst (login-and-arena.md §6): after C2S `0x01`, the server's
 * `0x01` pid, `0x0F` settings, `0x03` records and `0x29` map info, closed by `0x02`.
 */
import type { PlayerRecord, S2CMapInfo, S2CSettings } from "../game/index.js";
import { BotError, BotErrorCode } from "./errors.js";

/** What `enterArena` resolves with: the entry burst as the bot collected it. */
export interface ArenaEntry {
  readonly pid: number;
  /** Everyone in the arena by pid, the bot included; a snapshot at `0x02`. */
  readonly players: Map<number, PlayerRecord>;
  readonly mapInfo: S2CMapInfo;
  readonly settings: S2CSettings;
}

interface Pending {
  pid: number | undefined;
  settings: S2CSettings | undefined;
  mapInfo: S2CMapInfo | undefined;
  readonly resolve: (entry: ArenaEntry) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/** At most one entry at a time; each ends exactly once (complete, failed or timed out). */
export class EntryCollector {
  private pending: Pending | undefined;

  get active(): boolean {
    return this.pending !== undefined;
  }

  /** Starts collecting; the promise rejects with Timeout unless `complete` runs within `timeoutMs`. */
  begin(timeoutMs: number): Promise<ArenaEntry> {
    if (this.pending) return Promise.reject(new BotError("already entering an arena", BotErrorCode.Busy));
    return new Promise<ArenaEntry>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending = undefined;
        reject(new BotError(`arena entry burst not complete within ${timeoutMs} ms`, BotErrorCode.Timeout));
      }, timeoutMs);
      this.pending = { pid: undefined, settings: undefined, mapInfo: undefined, resolve, reject, timer };
    });
  }

  pid(pid: number): void {
    if (this.pending) this.pending.pid = pid;
  }

  settings(settings: S2CSettings): void {
    if (this.pending) this.pending.settings = settings;
  }

  mapInfo(mapInfo: S2CMapInfo): void {
    if (this.pending) this.pending.mapInfo = mapInfo;
  }

  /**
   * `0x02` arrived: resolves the entry with `players()` and returns true, or rejects it with
   * BurstIncomplete when a required packet never came. False when no entry was under way.
   */
  complete(players: () => Map<number, PlayerRecord>): boolean {
    const p = this.take();
    if (!p) return false;
    const { pid, settings, mapInfo } = p;
    if (pid === undefined || !settings || !mapInfo) {
      const missing = [pid === undefined && "0x01", !settings && "0x0F", !mapInfo && "0x29"].filter(Boolean);
      p.reject(new BotError(`arena entry ended without ${missing.join(", ")}`, BotErrorCode.BurstIncomplete));
      return false;
    }
    p.resolve({ pid, players: players(), mapInfo, settings });
    return true;
  }

  fail(error: Error): void {
    this.take()?.reject(error);
  }

  private take(): Pending | undefined {
    const p = this.pending;
    this.pending = undefined;
    if (p) clearTimeout(p.timer);
    return p;
  }
}
