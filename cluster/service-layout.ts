import { join, resolve } from "node:path";
import type { ClusterOptions } from "./cluster-options.js";
import { freeTcpPort } from "./free-port.js";
import type { ServiceFlag } from "./service-flags.js";
import type { ProcessSpec } from "./supervised-process.js";

export const REPO_ROOT = resolve(import.meta.dirname, "..");

/** The compiled entry of a service; `npm run build` makes it. */
export function serviceMain(service: string): string {
  return join(REPO_ROOT, "services", service, "dist", "main.js");
}

/** One zonebus service of the cluster, with where it listens. */
export interface ServiceSpec extends ProcessSpec {
  readonly service: "gateway" | "master" | "arena";
  readonly opsPort: number;
  /** Gateways only: UDP game port (ping port +1). */
  readonly gamePort?: number;
}

/** Gateway 2 listens this far above gateway 1. */
export const SECOND_GATEWAY_OFFSET = 10;

/**
 * The six services in start order: both masters (the first becomes active, having taken the
 * lease first), both arena replicas, both gateways. Forwarded options go to each service that
 * takes them; the launcher's own settings come first so a forwarded `--host` wins.
 */
export async function serviceLayout(
  opts: ClusterOptions,
  natsUrl: string,
  logDir: string,
  flagsOf: (service: string) => ReadonlyMap<string, ServiceFlag>,
): Promise<ServiceSpec[]> {
  const env = { NATS_URL: natsUrl, ZONE_ID: opts.zoneId };
  const kvReplicas =
    opts.natsNodes === 3 && !opts.forwarded.some(([f]) => f === "--kv-replicas") ? ["--kv-replicas", "3"] : [];
  const forwardedTo = (service: string) => opts.forwarded.filter(([f]) => flagsOf(service).has(f!.slice(2))).flat();
  const spec = async (
    name: string,
    service: ServiceSpec["service"],
    own: string[],
    extraEnv: Record<string, string> = {},
    gamePort?: number,
  ): Promise<ServiceSpec> => {
    const opsPort = await freeTcpPort();
    return {
      name,
      service,
      command: process.execPath,
      args: [
        serviceMain(service),
        ...["--ops-host", "127.0.0.1", "--ops-port", String(opsPort)],
        ...own,
        ...kvReplicas,
        ...forwardedTo(service),
      ],
      env: { ...env, ...extraEnv },
      readyUrl: `http://127.0.0.1:${opsPort}/readyz`,
      logFile: join(logDir, `${name}.log`),
      opsPort,
      gamePort,
    };
  };
  const gateway = (n: number, port: number) =>
    spec(
      `gateway-${n}`,
      "gateway",
      ["--gateway-id", `gateway-${n}`, "--host", "127.0.0.1", "--port", String(port)],
      { PUBLIC_ADDRESS: `127.0.0.1:${port}` },
      port,
    );
  return [
    await spec("master-1", "master", ["--master-id", "master-1"]),
    await spec("master-2", "master", ["--master-id", "master-2"]),
    await spec("arena-1", "arena", ["--replica-id", "arena-1"]),
    await spec("arena-2", "arena", ["--replica-id", "arena-2"]),
    await gateway(1, opts.port),
    await gateway(2, opts.port + SECOND_GATEWAY_OFFSET),
  ];
}
