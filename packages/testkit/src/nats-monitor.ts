/** Reads a nats-server's `/varz` counters (monitoring port, `-m`), for benchmarks and tests. */

/** The message and byte totals of `/varz` since the server started, with its CPU and memory. */
export interface NatsVarz {
  readonly inMsgs: number;
  readonly outMsgs: number;
  readonly inBytes: number;
  readonly outBytes: number;
  /** Percent of one core, as the server samples it. */
  readonly cpu: number;
  /** Resident memory, bytes. */
  readonly mem: number;
  readonly connections: number;
}

/** GETs one monitoring endpoint: its status and JSON body (undefined when not JSON). */
export async function fetchMonitor(url: string, timeoutMs = 2_000): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  return { status: res.status, body: await res.json().catch(() => undefined) };
}

/** Fetches `<monitorUrl>/varz`; throws with the status or the missing field named. */
export async function natsVarz(monitorUrl: string, timeoutMs = 2_000): Promise<NatsVarz> {
  const res = await fetchMonitor(`${monitorUrl}/varz`, timeoutMs);
  if (res.status !== 200) throw new Error(`GET ${monitorUrl}/varz answered ${res.status}`);
  const v = (res.body ?? {}) as Record<string, unknown>;
  const num = (field: string): number => {
    const n = v[field];
    if (typeof n !== "number") throw new Error(`/varz has no numeric ${field}`);
    return n;
  };
  return {
    inMsgs: num("in_msgs"),
    outMsgs: num("out_msgs"),
    inBytes: num("in_bytes"),
    outBytes: num("out_bytes"),
    cpu: num("cpu"),
    mem: num("mem"),
    connections: num("connections"),
  };
}
