import { freeUdpPortPair, type ServiceProcess, startServiceProcess } from "@zonebus/testkit";

/**
 * A distributed zone as real processes: master-a (active, started first), master-b (its
 * standby), the arena replica arena-1 and the gateway gw-1 on 127.0.0.1:`port`.
 */
export interface StandbyZone {
  readonly masterA: ServiceProcess;
  readonly masterB: ServiceProcess;
  readonly gateway: ServiceProcess;
  /** The gateway's game port (its ping port is the one above). */
  readonly port: number;
  /** Stops every process, the last started first (a process already killed is fine). */
  stop(): Promise<void>;
}

/**
 * Starts the zone on the NATS of `env` (`NATS_URL`, `ZONE_ID`, …); `masterArgs` go to both
 * masters. If a process fails to start, those already started are stopped before the error.
 */
export async function startStandbyZone(
  env: Readonly<Record<string, string>>,
  masterArgs: readonly string[] = [],
): Promise<StandbyZone> {
  const procs: ServiceProcess[] = [];
  const stop = async () => {
    for (const p of procs.reverse()) await p.stop();
    procs.length = 0;
  };
  const start = async (service: string, args: readonly string[]) => {
    const proc = await startServiceProcess({ service, env, args });
    procs.push(proc);
    return proc;
  };
  try {
    const masterA = await start("master", ["--master-id", "master-a", ...masterArgs]);
    const masterB = await start("master", ["--master-id", "master-b", ...masterArgs]);
    await start("arena", ["--replica-id", "arena-1"]);
    const port = await freeUdpPortPair();
    const gateway = await start("gateway", ["--port", String(port), "--host", "127.0.0.1", "--gateway-id", "gw-1"]);
    return { masterA, masterB, gateway, port, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
