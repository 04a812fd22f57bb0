/**
 * `npm run cluster`: the distributed zone on one machine, as separate processes. A process that
 * dies unasked stops the whole cluster (with its last output lines), so a broken cluster is never
 * left half-running; restarts are asked for through the control endpoint instead.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLUSTER_USAGE, ClusterUsageError, parseClusterArgs } from "./cluster-options.js";
import { startControlServer } from "./control-server.js";
import { freeTcpPort } from "./free-port.js";
import { LocalCluster } from "./local-cluster.js";
import { natsLayout } from "./nats-layout.js";
import { type ServiceFlag, serviceFlags } from "./service-flags.js";
import { serviceLayout, serviceMain } from "./service-layout.js";

const SERVICES = ["gateway", "master", "arena"] as const;

function fail(message: string): never {
  process.stderr.write(`cluster: ${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes("--help")) {
    process.stdout.write(CLUSTER_USAGE);
    return;
  }
  for (const s of SERVICES)
    if (!existsSync(serviceMain(s))) fail(`${serviceMain(s)} is missing: run npm run build first`);
  const flags = new Map<string, ReadonlyMap<string, ServiceFlag>>(
    SERVICES.map((s) => [s, serviceFlags(serviceMain(s))]),
  );
  let opts: ReturnType<typeof parseClusterArgs>;
  try {
    opts = parseClusterArgs(argv, (flag) => {
      for (const f of flags.values()) if (f.has(flag)) return f.get(flag);
      return undefined;
    });
  } catch (err) {
    if (err instanceof ClusterUsageError) fail(`${err.message}\n\n${CLUSTER_USAGE}`);
    throw err;
  }

  const dir = mkdtempSync(join(tmpdir(), "zb-cluster-"));
  const nats = await natsLayout(opts.natsNodes, dir, process.env.NATS_SERVER_BIN ?? "nats-server");
  const specs = await serviceLayout(opts, nats.url, dir, (s) => flags.get(s) ?? new Map());
  let stopping: Promise<void> | undefined;
  let exitCode = 0;
  const cluster = new LocalCluster(nats, specs, (name, why, lines) => {
    process.stderr.write(`cluster: ${name} ${why}; its last lines:\n${lines.map((l) => `  ${l}`).join("\n")}\n`);
    exitCode = 1;
    void shutdown();
  });
  const control = await startControlServer(cluster, opts.controlPort || (await freeTcpPort()));
  const shutdown = (): Promise<void> => {
    stopping ??= (async () => {
      process.stdout.write("cluster: stopping (gateways, replicas, masters, then NATS)\n");
      control.close();
      await cluster.stop();
      // Logs of a failed cluster stay for a look; a clean stop leaves nothing behind.
      if (exitCode === 0) rmSync(dir, { recursive: true, force: true });
      else process.stderr.write(`cluster: logs kept in ${dir}\n`);
      process.stdout.write("cluster: stopped\n");
      process.exit(exitCode);
    })();
    return stopping;
  };
  process.on("SIGINT", () => void shutdown());
  process.on("SIGTERM", () => void shutdown());

  try {
    await cluster.start();
  } catch (err) {
    process.stderr.write(`cluster: start failed: ${(err as Error).message}\n`);
    exitCode = 1;
    await shutdown();
    return;
  }
  const addr = control.address();
  const controlPort = typeof addr === "object" && addr ? addr.port : opts.controlPort;
  const rows = cluster.status().map((c) => {
    const spec = specs.find((s) => s.name === c.name);
    const game = spec?.gamePort ? `udp 127.0.0.1:${spec.gamePort} (ping ${spec.gamePort + 1})  ` : "";
    const ops = spec ? `ops http://127.0.0.1:${spec.opsPort}` : "";
    return `  ${c.name.padEnd(10)} pid ${String(c.pid).padEnd(8)} ${game}${ops}`;
  });
  process.stdout.write(
    [
      `zonebus cluster, zone id ${opts.zoneId}`,
      `  NATS       ${nats.url}`,
      ...rows,
      `  control    http://127.0.0.1:${controlPort} (GET /children, POST /restart/<name>)`,
      `  logs       ${dir}`,
      "cluster ready: Ctrl-C stops everything",
      "",
    ].join("\n"),
  );
}

await main();
