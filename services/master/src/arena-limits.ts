/**
 * Most arenas a zone holds at once (`--max-arenas`). ASSS has no such cap; a zone of hundreds of
 * arenas is an attack (each one a lease, a snapshot and a replica's memory), not a zone.
 */
export const DEFAULT_MAX_ARENAS = 100;
/** New arenas one player may create per window (`--arena-creations`). */
export const DEFAULT_ARENA_CREATIONS = 5;
/** The window of `--arena-creations` (`--arena-creation-window`). */
export const DEFAULT_ARENA_CREATION_WINDOW_MS = 60_000;
/** Player names whose recent creations are remembered; the least recent goes first. */
export const MAX_ARENA_CREATORS = 4_096;

/** Why a new arena was refused; the `reason` label of `zb_master_arena_refusals_total`. */
export const ArenaRefusal = {
  /** The zone holds `--max-arenas` arenas. */
  ZoneFull: "zone_full",
  /** The player created `--arena-creations` arenas within the window. */
  PlayerRate: "player_rate",
} as const;
export type ArenaRefusal = (typeof ArenaRefusal)[keyof typeof ArenaRefusal];

export interface ArenaLimitOptions {
  readonly maxArenas: number;
  readonly creations: number;
  readonly windowMs: number;
  readonly maxCreators?: number;
}

/**
 * Limits on creating arenas: a cap on the zone's arenas and a sliding window of creations per
 * player name (names, not pids, so logging in again does not reset it). Time is monotonic ms.
 */
export class ArenaLimits {
  private readonly creators = new Map<string, number[]>();

  constructor(private readonly opts: ArenaLimitOptions) {
    if (!(opts.maxArenas >= 1 && opts.creations >= 1 && opts.windowMs > 0))
      throw new RangeError("arena limits must be positive");
  }

  /** Whether `name` may create one more arena while the zone holds `arenas`; undefined: yes. */
  refusal(name: string, arenas: number, now: number): ArenaRefusal | undefined {
    if (arenas >= this.opts.maxArenas) return ArenaRefusal.ZoneFull;
    const recent = this.recent(name.toLowerCase(), now);
    return recent.length >= this.opts.creations ? ArenaRefusal.PlayerRate : undefined;
  }

  /** Counts a creation by `name`. */
  created(name: string, now: number): void {
    const key = name.toLowerCase();
    const recent = this.recent(key, now);
    recent.push(now);
    this.creators.delete(key);
    this.creators.set(key, recent.slice(-this.opts.creations));
    while (this.creators.size > (this.opts.maxCreators ?? MAX_ARENA_CREATORS)) {
      const oldest = this.creators.keys().next().value;
      if (oldest === undefined) break;
      this.creators.delete(oldest);
    }
  }

  /** Names remembered now (bounded). */
  get size(): number {
    return this.creators.size;
  }

  /** What the player is told. */
  message(reason: ArenaRefusal): string {
    return reason === ArenaRefusal.ZoneFull
      ? `The zone holds its most arenas (${this.opts.maxArenas}); join an arena that exists (?arena lists them).`
      : `You created ${this.opts.creations} arenas in ${Math.round(this.opts.windowMs / 1000)} s; wait before creating another.`;
  }

  private recent(key: string, now: number): number[] {
    return (this.creators.get(key) ?? []).filter((t) => now - t < this.opts.windowMs);
  }
}
