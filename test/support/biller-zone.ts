import { BotClient } from "@zonebus/protocol";
import { freeUdpPortPair, type ServiceProcess, startServiceProcess } from "@zonebus/testkit";
import { metric } from "./zone-probes.js";

/** Polls `cond` every 100 ms until it holds; throws naming `what` after `timeoutMs`. */
export async function until(what: string, cond: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await cond())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until a zone process reports its biller link up (`zb_biller_connected` 1). */
export function untilOnBiller(proc: ServiceProcess, timeoutMs = 15_000): Promise<void> {
  return until(`${proc.name} on the biller`, async () => (await metric(proc, "zb_biller_connected")) === 1, timeoutMs);
}

/** An all-in-one zone process with the id `zoneId` on the biller at `biller`, e.g. `tcp://127.0.0.1:1850`. */
export async function startZoneOnBiller(opts: {
  readonly zoneId: string;
  readonly biller: string;
  readonly dataDir: string;
  readonly args?: readonly string[];
}): Promise<{ proc: ServiceProcess; port: number }> {
  // The game port and the ping port above it, both free.
  const port = await freeUdpPortPair();
  const proc = await startServiceProcess({
    service: "all-in-one",
    env: { ZONE_ID: opts.zoneId },
    args: [
      ...["--port", String(port), "--host", "127.0.0.1", "--data-dir", opts.dataDir],
      ...["--biller", opts.biller, ...(opts.args ?? [])],
    ],
  });
  return { proc, port };
}

/** VIE bots on 127.0.0.1, kept so a test's afterAll can disconnect every one. */
export class Bots {
  readonly all: BotClient[] = [];

  async connect(port: number, name: string, password: string): Promise<BotClient> {
    const b = await BotClient.connect({ host: "127.0.0.1", port, name, password, encryption: "vie", timeoutMs: 8_000 });
    this.all.push(b);
    return b;
  }

  async disconnectAll(): Promise<void> {
    for (const b of this.all.splice(0)) await b.disconnect().catch(() => undefined);
  }
}
