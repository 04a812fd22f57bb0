import { Gauge, type Registry } from "prom-client";

/** What the players gauge reads of an arena. */
export interface CountedArena {
  readonly name: string;
  readonly playerCount: number;
}

/**
 * The arenas a replica holds open, for `zb_arena_players{arena}`. The arena label is bounded:
 * the master opens at most --max-arenas arenas in the zone, and an arena's series goes when it
 * closes (handed over, fenced, closed empty), as every scrape reports only the open ones.
 */
export class OpenArenas {
  private readonly open = new Set<CountedArena>();

  constructor(registry: Registry | undefined) {
    const open = this.open;
    new Gauge({
      name: "zb_arena_players",
      help: "Players in each arena this replica holds",
      labelNames: ["arena"],
      registers: registry ? [registry] : [],
      collect() {
        this.reset();
        const players = new Map<string, number>();
        for (const a of open) players.set(a.name, (players.get(a.name) ?? 0) + a.playerCount);
        for (const [arena, n] of players) this.set({ arena }, n);
      },
    });
  }

  /** Counts an arena from its start; returns what stops counting it (on close). */
  add(arena: CountedArena): () => void {
    this.open.add(arena);
    return () => this.open.delete(arena);
  }
}
