import { performance } from "node:perf_hooks";
import type { NatsLayout } from "./nats-layout.js";
import type { ServiceSpec } from "./service-layout.js";
import { SupervisedProcess } from "./supervised-process.js";

/**
 * How long a service may take to stop after SIGTERM before SIGKILL: covers the gateway's drain
 * grace (10 s by default) and a replica's handover, with margin.
 */
export const SERVICE_STOP_GRACE_MS = 40_000;
const NATS_STOP_GRACE_MS = 10_000;

/** How long one restart took: SIGTERM to exit, then start to ready. */
export interface RestartTiming {
  readonly name: string;
  readonly stopMs: number;
  readonly startMs: number;
}

/** One row of the cluster's status. */
export interface ChildStatus {
  readonly name: string;
  readonly pid: number | undefined;
  readonly opsPort?: number;
  readonly gamePort?: number;
}

/**
 * The processes of a local cluster. Services stop before NATS so they can drain over it; a
 * process that dies unasked is reported to `onFailure` (the launcher then stops the cluster).
 */
export class LocalCluster {
  private readonly nats: SupervisedProcess[];
  private readonly services: SupervisedProcess[];
  private restarting: string | undefined;
  private stopped = false;

  constructor(
    natsLayout: NatsLayout,
    readonly serviceSpecs: readonly ServiceSpec[],
    private readonly onFailure: (name: string, why: string, lastLines: string[]) => void,
  ) {
    this.nats = natsLayout.nodes.map((s) => new SupervisedProcess(s));
    this.services = serviceSpecs.map((s) => new SupervisedProcess(s));
    for (const p of [...this.nats, ...this.services])
      p.onUnexpectedExit((code, signal) => {
        if (!this.stopped) this.onFailure(p.name, `exited unexpectedly (${code ?? signal})`, p.lastLines());
      });
  }

  /** NATS nodes together (a cluster elects its meta leader only with its peers up), then each service in order. */
  async start(): Promise<void> {
    try {
      await Promise.all(this.nats.map((n) => n.start()));
      for (const s of this.services) await s.start();
    } catch (err) {
      await this.stop();
      throw err;
    }
  }

  status(): ChildStatus[] {
    return [
      ...this.nats.map((n) => ({ name: n.name, pid: n.pid })),
      ...this.services.map((s, i) => ({
        name: s.name,
        pid: s.pid,
        opsPort: this.serviceSpecs[i]!.opsPort,
        gamePort: this.serviceSpecs[i]!.gamePort,
      })),
    ];
  }

  /** SIGTERM one service, wait for it to exit, start it again on the same ports and wait until ready. */
  async restart(name: string): Promise<RestartTiming> {
    const proc = this.services.find((s) => s.name === name);
    if (!proc) throw new Error(`no service named ${name}`);
    if (this.restarting) throw new Error(`${this.restarting} is restarting`);
    if (this.stopped) throw new Error("the cluster is stopping");
    this.restarting = name;
    try {
      const t0 = performance.now();
      await proc.stop(SERVICE_STOP_GRACE_MS);
      const t1 = performance.now();
      await proc.start().catch((err: Error) => {
        this.onFailure(name, `did not come back: ${err.message}`, proc.lastLines());
        throw err;
      });
      return { name, stopMs: Math.round(t1 - t0), startMs: Math.round(performance.now() - t1) };
    } finally {
      this.restarting = undefined;
    }
  }

  /**
   * Gateways first (they drain their players), then replicas, then masters (standby first), each
   * group at once; NATS last. Safe to call more than once.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    const byService = (svc: ServiceSpec["service"]) =>
      this.services.filter((_, i) => this.serviceSpecs[i]!.service === svc);
    await Promise.all(byService("gateway").map((p) => p.stop(SERVICE_STOP_GRACE_MS)));
    await Promise.all(byService("arena").map((p) => p.stop(SERVICE_STOP_GRACE_MS)));
    for (const m of byService("master").reverse()) await m.stop(SERVICE_STOP_GRACE_MS);
    await Promise.all(this.nats.map((n) => n.stop(NATS_STOP_GRACE_MS)));
  }
}
