/**
 * A biller double for tests: a real-socket stand-in for a billing server speaking either
 * biller protocol exactly as biller.md describes it (TCP line protocol or the old UDP one),
 * with a user table tests control and a log of everything zones sent.
 */
import { Registry } from "prom-client";
import { Directory } from "./directory.js";
import { RecordLog } from "./record-log.js";
import { TcpEndpoint, type TcpZone } from "./tcp-endpoint.js";
import type { BillerDouble, BillerDoubleOptions, BillerUser } from "./types.js";
import { UdpEndpoint, type UdpZone } from "./udp-endpoint.js";

export type { BillerDouble, BillerDoubleOptions, BillerRecord, BillerRecordScore, BillerUser } from "./types.js";

/** Default wait of `waitFor`. */
const DEFAULT_WAIT_MS = 5_000;

interface Endpoint {
  listen(host: string, port: number): Promise<number>;
  close(): Promise<void>;
  sendRaw(raw: string | Uint8Array): void;
  broadcast(text: string): void;
  kick(zoneName: string, pid: number, reason: string): void;
  scoreReset(): void;
  staff?(text: string): void;
}

export async function startBillerDouble(opts: BillerDoubleOptions): Promise<BillerDouble> {
  const host = opts.host ?? "127.0.0.1";
  const registry = opts.registry ?? new Registry();
  const users = new Map<string, BillerUser>();
  for (const u of opts.users ?? []) users.set(u.name.toLowerCase(), { ...u });
  const log = new RecordLog(registry, opts.logger);
  const endpoint: Endpoint =
    opts.protocol === "tcp"
      ? new TcpEndpoint(new Directory<TcpZone>(users), log)
      : new UdpEndpoint(new Directory<UdpZone>(users), log);
  const port = await endpoint.listen(host, opts.port ?? 0);
  let running = true;
  return {
    port,
    protocol: opts.protocol,
    users,
    log: log.records,
    registry,
    malformed: () => log.malformedCounts(),
    waitFor: (pred, timeoutMs = DEFAULT_WAIT_MS) => log.waitFor(pred, timeoutMs),
    send: (raw) => endpoint.sendRaw(raw),
    broadcast: (text) => endpoint.broadcast(text),
    staff: (text) => endpoint.staff?.(text),
    kick: (zoneName, pid, reason) => endpoint.kick(zoneName, pid, reason),
    scoreReset: () => endpoint.scoreReset(),
    async stop() {
      running = false;
      await endpoint.close();
    },
    async restart() {
      if (running) await endpoint.close();
      await endpoint.listen(host, port);
      running = true;
    },
  };
}
