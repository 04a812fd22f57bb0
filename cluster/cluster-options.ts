/** What `npm run cluster` was asked for; everything not listed here is forwarded to the services. */
export interface ClusterOptions {
  /** UDP game port of gateway 1; ping on +1, gateway 2 on +10 (ping +11). */
  readonly port: number;
  /** nats-server nodes: 1, or 3 for a JetStream cluster. */
  readonly natsNodes: 1 | 3;
  /** Loopback port of the control endpoint (0: any free port). */
  readonly controlPort: number;
  readonly zoneId: string;
  /** Options passed on as given, `--flag` with its value if it takes one. */
  readonly forwarded: readonly (readonly string[])[];
}

export const CLUSTER_USAGE = `usage: npm run cluster -- --port N [--nats 1|3] [--control-port P] [--zone DIR] [--passwd FILE] [service options]

Runs the distributed zone on this machine as separate processes: nats-server (1 node, or a
3-node JetStream cluster), gateway 1 on UDP N (ping N+1), gateway 2 on N+10 (ping N+11), an
active and a standby master, and two arena replicas. Any other option (--zone, --passwd,
--max-players, ...) goes to every service that takes it, as with npm start.

  --port <port>          game port of gateway 1 (default 5000)
  --nats <1|3>           nats-server nodes (default 1)
  --control-port <port>  loopback HTTP control: GET /children, POST /restart/<name> (default: any free port)
  --zone-id <string>     zone id shared by every service (default local)
`;

/** Options the launcher sets per process itself; a user value would break the layout. */
export const OWNED_FLAGS = new Set([
  "gateway-id",
  "master-id",
  "replica-id",
  "ops-port",
  "nats-url",
  "public-address",
  "data-dir",
]);

export class ClusterUsageError extends Error {
  override readonly name = "ClusterUsageError";
}

function parsePort(flag: string, value: string | undefined, allowZero: boolean): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1) || n > 65_524)
    throw new ClusterUsageError(`--${flag} needs a port number, got ${value ?? "nothing"}`);
  return n;
}

/**
 * Parses the launcher's arguments. `accepts` tells whether any service takes an option and
 * whether it has a value; an option no service takes is refused here rather than by a child.
 */
export function parseClusterArgs(
  argv: readonly string[],
  accepts: (flag: string) => { takesValue: boolean } | undefined,
): ClusterOptions {
  let port = 5000;
  let natsNodes: 1 | 3 = 1;
  let controlPort = 0;
  let zoneId = "local";
  const forwarded: string[][] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) throw new ClusterUsageError(`unexpected argument ${arg}`);
    const eq = arg.indexOf("=");
    const flag = arg.slice(2, eq < 0 ? undefined : eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case "port":
        port = parsePort(flag, value(), false);
        continue;
      case "control-port":
        controlPort = parsePort(flag, value(), true);
        continue;
      case "nats": {
        const v = value();
        if (v !== "1" && v !== "3") throw new ClusterUsageError(`--nats takes 1 or 3, got ${v ?? "nothing"}`);
        natsNodes = v === "3" ? 3 : 1;
        continue;
      }
      case "zone-id": {
        const v = value();
        if (!v) throw new ClusterUsageError("--zone-id needs a value");
        zoneId = v;
        continue;
      }
    }
    if (OWNED_FLAGS.has(flag)) throw new ClusterUsageError(`--${flag} is set by the launcher for each process`);
    const known = accepts(flag);
    if (!known) throw new ClusterUsageError(`no service takes --${flag}`);
    if (known.takesValue) {
      const v = value();
      if (v === undefined) throw new ClusterUsageError(`--${flag} needs a value`);
      forwarded.push([`--${flag}`, v]);
    } else if (inline !== undefined) {
      forwarded.push([`--${flag}`, inline]);
    } else if (/^(true|false|yes|no)$/.test(argv[i + 1] ?? "")) {
      forwarded.push([`--${flag}`, argv[++i]!]);
    } else {
      forwarded.push([`--${flag}`]);
    }
  }
  return Object.freeze({ port, natsNodes, controlPort, zoneId, forwarded });
}
