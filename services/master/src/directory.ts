import { zonebus } from "@zonebus/proto";
import type { KvBucket } from "@zonebus/store";

export type PlayerRecord = zonebus.PlayerRecord;

/**
 * The zone-wide player directory: every logged-in player by pid and by name, mirrored in memory
 * and written through to the store (bucket `players`, key = pid) so another master instance, or
 * this one after a restart, finds the same players.
 */
export class PlayerDirectory {
  private readonly byPid = new Map<number, PlayerRecord>();
  private readonly byName = new Map<string, number>();

  constructor(private readonly bucket: KvBucket) {}

  get size(): number {
    return this.byPid.size;
  }

  /** Loads every record from the store; returns them so the caller can claim their pids. */
  async load(): Promise<PlayerRecord[]> {
    this.byPid.clear();
    this.byName.clear();
    for (const key of await this.bucket.keys()) {
      const entry = await this.bucket.get(key);
      if (!entry) continue;
      const rec = zonebus.PlayerRecord.decode(entry.value);
      this.remember(rec);
    }
    return [...this.byPid.values()];
  }

  get(pid: number): PlayerRecord | undefined {
    return this.byPid.get(pid);
  }

  findByName(name: string): PlayerRecord | undefined {
    const pid = this.byName.get(name.toLowerCase());
    return pid === undefined ? undefined : this.byPid.get(pid);
  }

  /** Every player record (a snapshot). */
  all(): PlayerRecord[] {
    return [...this.byPid.values()];
  }

  /** Counts players per arena, for the arena list and placement. */
  arenaPopulation(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const r of this.byPid.values()) if (r.arena) counts.set(r.arena, (counts.get(r.arena) ?? 0) + 1);
    return counts;
  }

  /** The players in one arena (a failover rebuilds the arena from them). */
  inArena(arena: string): zonebus.IPlayerInfo[] {
    const out: zonebus.IPlayerInfo[] = [];
    for (const r of this.byPid.values()) if (r.arena === arena && r.info) out.push(r.info);
    return out;
  }

  async put(rec: PlayerRecord): Promise<void> {
    const pid = rec.info?.pid ?? 0;
    const old = this.byPid.get(pid);
    if (old?.info?.name) this.byName.delete(old.info.name.toLowerCase());
    this.remember(rec);
    await this.bucket.put(String(pid), zonebus.PlayerRecord.encode(rec).finish());
  }

  async setArena(pid: number, arena: string): Promise<PlayerRecord | undefined> {
    const rec = this.byPid.get(pid);
    if (!rec) return undefined;
    const next = zonebus.PlayerRecord.create({
      info: rec.info,
      arena,
      loginMs: rec.loginMs,
      authenticated: rec.authenticated,
    });
    await this.put(next);
    return next;
  }

  async remove(pid: number): Promise<PlayerRecord | undefined> {
    const rec = this.byPid.get(pid);
    if (!rec) return undefined;
    this.byPid.delete(pid);
    if (rec.info?.name) this.byName.delete(rec.info.name.toLowerCase());
    await this.bucket.delete(String(pid));
    return rec;
  }

  private remember(rec: PlayerRecord): void {
    const pid = rec.info?.pid ?? 0;
    this.byPid.set(pid, rec);
    if (rec.info?.name) this.byName.set(rec.info.name.toLowerCase(), pid);
  }
}
