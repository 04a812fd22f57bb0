import { type Server, createServer } from "node:http";
import { Registry, collectDefaultMetrics } from "prom-client";
import { OpsServerError } from "./errors.js";

/** A named readiness check: true when the service can take traffic. */
export type ReadinessCheck = () => boolean;

export interface OpsServerOptions {
  host?: string;
  /** 0 = any free port. */
  port: number;
  registry: Registry;
}

export interface OpsServer {
  readonly port: number;
  /** Registers (or replaces) a readiness check; /readyz is 200 only when all pass. */
  setReadiness(name: string, check: ReadinessCheck): void;
  close(): Promise<void>;
}

/** A metrics registry with Node's default metrics, every series labelled with the service. */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

/** Serves /healthz (alive), /readyz (every readiness check passes) and /metrics (Prometheus). */
export async function startOpsServer(opts: OpsServerOptions): Promise<OpsServer> {
  const host = opts.host ?? "127.0.0.1";
  const checks = new Map<string, ReadinessCheck>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/healthz") {
      res.writeHead(200, { "content-type": "text/plain" }).end("ok\n");
    } else if (path === "/readyz") {
      const failing = [...checks].filter(([, check]) => !check()).map(([name]) => name);
      res.writeHead(failing.length === 0 ? 200 : 503, { "content-type": "application/json" });
      res.end(JSON.stringify({ ready: failing.length === 0, failing }));
    } else if (path === "/metrics") {
      opts.registry.metrics().then(
        (body) => res.writeHead(200, { "content-type": opts.registry.contentType }).end(body),
        (err: Error) => res.writeHead(500).end(err.message),
      );
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (err: NodeJS.ErrnoException) => {
      const what = `${host}:${opts.port}`;
      reject(
        new OpsServerError(
          err.code === "EADDRINUSE" ? `ops port ${what} is already in use` : `ops port ${what}: ${err.message}`,
          { cause: err },
        ),
      );
    });
    server.listen(opts.port, host, () => resolve());
  });
  const addr = server.address();
  return {
    port: typeof addr === "object" && addr ? addr.port : opts.port,
    setReadiness: (name, check) => checks.set(name, check),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
