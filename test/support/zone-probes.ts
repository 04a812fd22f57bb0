import { readFileSync } from "node:fs";
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
 * The sum of a /metrics family's series whose labels contain `labels` (e.g. `reason="flood"`;
 * "" takes every series); 0 when none is there yet.
 */
export async function metricSum(proc: Pick<ServiceProcess, "opsPort">, name: string, labels = ""): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${proc.opsPort}/metrics`)).text();
  return text
    .split("\n")
    .filter((l) => (l.startsWith(`${name}{`) || l.startsWith(`${name} `)) && l.includes(labels))
    .reduce((sum, l) => sum + Number(l.split(" ").pop()), 0);
}

/** A process's resident set in MiB, to one decimal, from /proc. */
export function rssMiB(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
  return Math.round(kb / 102.4) / 10;
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

/** What a run of back-to-back logins saw. */
export interface LoginProbe {
  attempts: number;
  successes: number;
  /** Longest time from `since` or a successful login to the next successful one. */
  longestOutageMs: number;
  /** Whether the last attempt succeeded. */
  lastOk: boolean;
}

/**
 * Logs fresh bots in one after another (each connects, logs in, leaves) for `durationMs`, so a
 * fault in the middle shows as the longest stretch without a successful login, measured from
 * `since` (performance.now() ms).
 */
export async function probeLogins(
  port: number,
  prefix: string,
  since: number,
  durationMs: number,
): Promise<LoginProbe> {
  const probe: LoginProbe = { attempts: 0, successes: 0, longestOutageMs: 0, lastOk: false };
  let lastSuccess = since;
  const end = performance.now() + durationMs;
  while (performance.now() < end || !probe.lastOk) {
    if (performance.now() > end + 20_000) break;
    probe.attempts++;
    const bot = await BotClient.connect({
      host: "127.0.0.1",
      port,
      name: `${prefix}${probe.attempts}`,
      encryption: "vie",
    });
    const resp = await bot.login({ timeoutMs: 6_000 }).catch(() => undefined);
    const now = performance.now();
    probe.lastOk = resp?.code === 0;
    if (probe.lastOk) {
      probe.successes++;
      probe.longestOutageMs = Math.max(probe.longestOutageMs, Math.round(now - lastSuccess));
      lastSuccess = now;
    }
    await bot.disconnect().catch(() => undefined);
    await sleep(200);
  }
  return probe;
}
