import { BotClient } from "@zonebus/protocol";
import type { ServiceProcess } from "@zonebus/testkit";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One series of a process's /metrics (the first, whatever its labels); NaN when absent. */
export async function metric(proc: ServiceProcess, name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${proc.opsPort}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
  return line === undefined ? Number.NaN : Number(line.split(" ").pop());
}

/**
 * Logs a fresh bot in, trying again every 100 ms until the zone says yes or `deadline`
 * (performance.now() ms) passes; resolves to the bot, logged in.
 */
export async function loginWhenServed(port: number, name: string, deadline: number): Promise<BotClient> {
  const bot = await BotClient.connect({ host: "127.0.0.1", port, name, encryption: "vie" });
  for (;;) {
    const resp = await bot.login({ timeoutMs: 2_000 }).catch(() => undefined);
    if (resp?.code === 0) return bot;
    if (performance.now() > deadline) {
      await bot.disconnect();
      throw new Error(`${name}: no successful login by the deadline (last code ${resp?.code})`);
    }
    await sleep(100);
  }
}
