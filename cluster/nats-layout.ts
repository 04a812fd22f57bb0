import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { freeTcpPort } from "./free-port.js";
import type { ProcessSpec } from "./supervised-process.js";

/** The NATS part of the cluster: the nodes to run and the URL the services connect with. */
export interface NatsLayout {
  readonly nodes: readonly ProcessSpec[];
  /** Every node's client URL, comma-separated, as NATS_URL takes them. */
  readonly url: string;
}

/**
 * One JetStream node, or three in a cluster, on loopback with their stores under `dir`. A node
 * is ready when its /healthz answers 200, which for a cluster means a JetStream meta leader has
 * been elected: the nodes must therefore be started together, not one after another.
 */
export async function natsLayout(nodes: 1 | 3, dir: string, binary: string): Promise<NatsLayout> {
  const specs: ProcessSpec[] = [];
  const clientPorts: number[] = [];
  const routePorts: number[] = [];
  const httpPorts: number[] = [];
  for (let i = 0; i < nodes; i++) {
    clientPorts.push(await freeTcpPort());
    routePorts.push(await freeTcpPort());
    httpPorts.push(await freeTcpPort());
  }
  // Every node gets the full route list: a seed node without routes does not start JetStream
  // in a cluster.
  const routes = routePorts.map((p) => `nats-route://127.0.0.1:${p}`).join(", ");
  for (let i = 0; i < nodes; i++) {
    const name = nodes === 1 ? "nats" : `nats-${i + 1}`;
    const store = join(dir, name);
    mkdirSync(store, { recursive: true });
    const conf = join(dir, `${name}.conf`);
    const lines = [
      `server_name: ${name}`,
      "host: 127.0.0.1",
      `port: ${clientPorts[i]}`,
      `http: "127.0.0.1:${httpPorts[i]}"`,
      `jetstream { store_dir: "${store}" }`,
    ];
    if (nodes > 1)
      lines.push(`cluster { name: zonebus, host: 127.0.0.1, port: ${routePorts[i]}, routes: [${routes}] }`);
    writeFileSync(conf, `${lines.join("\n")}\n`);
    specs.push({
      name,
      command: binary,
      args: ["-c", conf],
      env: {},
      readyUrl: `http://127.0.0.1:${httpPorts[i]}/healthz`,
      logFile: join(dir, `${name}.log`),
    });
  }
  return { nodes: specs, url: clientPorts.map((p) => `nats://127.0.0.1:${p}`).join(",") };
}
