/** After a fuzz run: do ordinary players still play? */
import { setTimeout as sleep } from "node:timers/promises";
import { BotClient, ChatType, S2CType } from "@zonebus/protocol";

/** The arena the fuzzed players and the ordinary ones share. */
export const FUZZ_ARENA = "fuzz";

export interface Liveness {
  /** Neither ordinary player was disconnected during the run; why each one that was, was. */
  readonly observersConnected: boolean;
  readonly observerCloses: readonly string[];
  /** The ordinary players saw each other's chat after the run; after how long. */
  readonly observersChat: boolean;
  readonly heardAfterMs: number | undefined;
  /** A client connecting after the run logged in, entered and heard an ordinary player. */
  readonly newcomerPlays: boolean;
}

/** Longest the liveness check waits for an ordinary player to hear another after the run. */
const HEAR_TIMEOUT_MS = 15_000;

/**
 * The ordinary players are still connected and hear each other, and a newcomer logs in, enters
 * and hears them. The fuzzed players flooded the arena with chat and positions, so a watcher's
 * send queue may still be working through what it was sent: a line is said again each second
 * until one arrives, and how long that took is reported.
 */
export async function checkLiveness(
  host: string,
  port: number,
  observers: BotClient[],
  closers: (() => Promise<void>)[],
): Promise<Liveness> {
  const [a, b] = observers as [BotClient, BotClient];
  const hears = async (listener: BotClient, prefix: string): Promise<number | undefined> => {
    const t0 = performance.now();
    let heard = false;
    const off = listener.on(S2CType.Chat, (p) => {
      if (p.text.startsWith(prefix)) heard = true;
    });
    try {
      for (let i = 0; !heard && performance.now() - t0 < HEAR_TIMEOUT_MS; i++) {
        if (i % 10 === 0) a.chat(ChatType.Public, `${prefix} ${i / 10}`);
        await sleep(100);
      }
    } finally {
      off();
    }
    return heard ? performance.now() - t0 : undefined;
  };
  const observersConnected = a.closeReason === undefined && b.closeReason === undefined;
  const heardAfterMs = await hears(b, "still here");
  let newcomerHeardAfterMs: number | undefined;
  try {
    const late = await BotClient.connect({ host, port, name: "newcomer", encryption: "vie" });
    closers.push(() => late.disconnect().catch(() => undefined));
    if ((await late.login()).code === 0) {
      await late.enterArena({ arenaName: FUZZ_ARENA });
      newcomerHeardAfterMs = await hears(late, "welcome");
    }
  } catch {
    newcomerHeardAfterMs = undefined;
  }
  const observerCloses = observers.filter((o) => o.closeReason !== undefined).map((o) => `${o.name}: ${o.closeReason}`);
  return {
    observersConnected,
    observerCloses,
    observersChat: heardAfterMs !== undefined,
    heardAfterMs,
    newcomerPlays: newcomerHeardAfterMs !== undefined,
  };
}
