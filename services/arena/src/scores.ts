import { arenaToken, playerToken } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import type { KvBucket } from "@zonebus/store";

/** What a player keeps in an arena across entries, logins and replica moves. */
export interface Score {
  killPoints: number;
  flagPoints: number;
  kills: number;
  deaths: number;
}

export function zeroScore(): Score {
  return { killPoints: 0, flagPoints: 0, kills: 0, deaths: 0 };
}

/**
 * One arena's scores in the store (bucket `scores`, key `<arena token>.<player token>`), as ASSS
 * persists them per arena. Writes go out at once, one at a time per player, and a read waits for
 * that player's pending write, so leaving and re-entering quickly cannot read an older score.
 */
export class ScoreBook {
  private readonly prefix: string;
  /** The last pending write per key; removed once it settles and nothing newer is queued. */
  private readonly pending = new Map<string, Promise<void>>();

  constructor(
    private readonly bucket: KvBucket,
    arena: string,
    private readonly onError: (name: string, err: Error) => void,
  ) {
    this.prefix = `${arenaToken(arena)}.`;
  }

  /** The stored score of `name` here; a zero score if there is none or the store failed (reported). */
  async load(name: string): Promise<Score> {
    const key = this.key(name);
    await this.pending.get(key);
    try {
      const entry = await this.bucket.get(key);
      if (!entry) return zeroScore();
      const s = zonebus.ArenaScore.decode(entry.value);
      return { killPoints: s.killPoints, flagPoints: s.flagPoints, kills: s.kills, deaths: s.deaths };
    } catch (err) {
      this.onError(name, err as Error);
      return zeroScore();
    }
  }

  /** Queues a write of `score` for `name`; failures are reported, never thrown. */
  save(name: string, score: Score): void {
    const key = this.key(name);
    const value = zonebus.ArenaScore.encode(clampScore(score)).finish();
    const before = this.pending.get(key) ?? Promise.resolve();
    const write: Promise<void> = before
      .then(() => this.bucket.put(key, value))
      .then(
        () => undefined,
        (err: Error) => this.onError(name, err),
      )
      .finally(() => {
        if (this.pending.get(key) === write) this.pending.delete(key);
      });
    this.pending.set(key, write);
  }

  /** Resolves when every write queued so far has settled. */
  async flush(): Promise<void> {
    await Promise.all(this.pending.values());
  }

  private key(name: string): string {
    return this.prefix + playerToken(name);
  }
}

/** Scores are u32 on the wire and in the store. */
function clampScore(s: Score): Score {
  const u32 = (n: number) => Math.min(0xffffffff, Math.max(0, Math.trunc(n)));
  return { killPoints: u32(s.killPoints), flagPoints: u32(s.flagPoints), kills: u32(s.kills), deaths: u32(s.deaths) };
}
