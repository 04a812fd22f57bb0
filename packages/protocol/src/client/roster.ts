/**
 * The players a bot knows in its arena, kept the way a client keeps its player list: added by
 * `0x03`, removed by `0x04`, ship/freq changed by `0x1D` and `0x0D`, scores by `0x09`.
 */
import type { PlayerRecord, S2CPacket } from "../game/index.js";
import { S2CType } from "../game/index.js";

/** Players one arena may hold before further `0x03` records are ignored and counted (ASSS's pid space is 0..1023 in practice). */
export const DEFAULT_MAX_KNOWN_PLAYERS = 1024;

export class PlayerRoster {
  private readonly players = new Map<number, PlayerRecord>();
  /** `0x03` records ignored because the roster was full. */
  overflow = 0;

  constructor(private readonly limit: number = DEFAULT_MAX_KNOWN_PLAYERS) {}

  /** Every known player by pid (the bot itself included once it entered). */
  get all(): ReadonlyMap<number, PlayerRecord> {
    return this.players;
  }

  get(pid: number): PlayerRecord | undefined {
    return this.players.get(pid);
  }

  get size(): number {
    return this.players.size;
  }

  clear(): void {
    this.players.clear();
  }

  /** A snapshot that later packets do not change. */
  snapshot(): Map<number, PlayerRecord> {
    return new Map([...this.players].map(([pid, p]) => [pid, { ...p }]));
  }

  /** Applies a packet that changes the list; returns whether it did. */
  apply(packet: S2CPacket): boolean {
    switch (packet.type) {
      case S2CType.PlayerEntering:
        for (const record of packet.players) {
          if (!this.players.has(record.playerId) && this.players.size >= this.limit) {
            this.overflow++;
            continue;
          }
          this.players.set(record.playerId, { ...record });
        }
        return true;
      case S2CType.PlayerLeaving:
        return this.players.delete(packet.playerId);
      case S2CType.ShipFreqChange:
        return this.update(packet.playerId, (p) => {
          p.ship = packet.ship;
          p.freq = packet.freq;
        });
      case S2CType.FreqChange:
        return this.update(packet.playerId, (p) => {
          p.freq = packet.freq;
        });
      case S2CType.ScoreUpdate:
        return this.update(packet.playerId, (p) => {
          p.killPoints = packet.killPoints;
          p.flagPoints = packet.flagPoints;
          p.kills = packet.kills;
          p.deaths = packet.deaths;
        });
      default:
        return false;
    }
  }

  private update(pid: number, change: (p: PlayerRecord) => void): boolean {
    const p = this.players.get(pid);
    if (!p) return false;
    change(p);
    return true;
  }
}
