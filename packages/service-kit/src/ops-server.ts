import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Registry } from "prom-client";
import { KitErrorCode, OpsServerError } from "./errors.js";

/** True when the part it checks can take traffic; a throw or a timeout counts as false. */
export type ReadinessCheck = () => boolean | Promise<boolean>;

/** Connections the ops endpoint holds at once; scrapers and probes need a handful. */
export const OPS_MAX_CONNECTIONS = 64;
/** Default time one readiness check may take before it counts as failing. */
export const DEFAULT_READINESS_TIMEOUT_MS = 2_000;

export interface OpsServerOptions {
  /** Default 127.0.0.1; "0.0.0.0" in a container so probes can reach it. */
  host?: string;
  /** 0 = any free port (read the bound one from `OpsServer.port`). */
  port: number;
  registry: Registry;
  /** Readiness checks by name, also addable later with `setReadiness`. */
  readiness?: Readonly<Record<string, ReadinessCheck>>;
  /** Longest one readiness check may take; default 2 s. */
  readinessTimeoutMs?: number;
  /** Errors after listening (e.g. out of file descriptors on accept); default: ignored. */
  onError?: (err: Error) => void;
}

/** The running ops endpoint: /healthz, /readyz and /metrics. */
export interface OpsServer {
  /** The bound port (the real one when asked for port 0). */
  readonly port: number;
  readonly host: string;
  /** Registers or replaces a readiness check; /readyz is 200 only when all pass. */
  setReadiness(name: string, check: ReadinessCheck): void;
  /** Removes a readiness check. */
  clearReadiness(name: string): void;
  /** Stops listening and drops open connections (probes and scrapes retry). */
  close(): Promise<void>;
}

function hostPort(host: string, port: number): string {
  return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
}

function listenError(err: NodeJS.ErrnoException, host: string, port: number): OpsServerError {
  const where = hostPort(host, port);
  switch (err.code) {
    case "EADDRINUSE":
      return new OpsServerError(`ops port ${where} is already in use`, KitErrorCode.OpsPortInUse, { cause: err });
    case "EACCES":
      return new OpsServerError(`ops port ${where}: permission denied`, KitErrorCode.OpsListenFailed, { cause: err });
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
      return new OpsServerError(`ops host ${host} is not an address of this machine`, KitErrorCode.OpsListenFailed, {
        cause: err,
      });
    default:
      return new OpsServerError(`ops port ${where}: ${err.message}`, KitErrorCode.OpsListenFailed, { cause: err });
  }
}

async function passes(check: ReadinessCheck, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return (await Promise.race([Promise.resolve().then(check), timeout])) === true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts the ops endpoint: `/healthz` is 200 while the process runs, `/readyz` is 200 only when
 * every readiness check passes (else 503 with `{ ready: false, failing: [names] }`), `/metrics`
 * serves the registry in Prometheus text format. Fails with an OpsServerError whose one-line
 * message names the address when it cannot listen.
 */
export async function startOpsServer(opts: OpsServerOptions): Promise<OpsServer> {
  const host = opts.host ?? "127.0.0.1";
  const timeoutMs = opts.readinessTimeoutMs ?? DEFAULT_READINESS_TIMEOUT_MS;
  const checks = new Map<string, ReadinessCheck>(Object.entries(opts.readiness ?? {}));

  const readyz = async (res: ServerResponse) => {
    const entries = [...checks];
    const results = await Promise.all(entries.map(([, check]) => passes(check, timeoutMs)));
    const failing = entries.filter((_, i) => !results[i]).map(([name]) => name);
    res.writeHead(failing.length === 0 ? 200 : 503, {
      "content-type": "application/json",
      "cache-control": "no-store",
    });
    res.end(JSON.stringify({ ready: failing.length === 0, failing }));
  };
  const metrics = async (res: ServerResponse) => {
    try {
      const body = await opts.registry.metrics();
      res.writeHead(200, { "content-type": opts.registry.contentType }).end(body);
    } catch (err) {
      res.writeHead(500, { "content-type": "text/plain" }).end(`metrics failed: ${(err as Error).message}\n`);
    }
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/healthz") res.writeHead(200, { "content-type": "text/plain" }).end("ok\n");
    else if (path === "/readyz") void readyz(res);
    else if (path === "/metrics") void metrics(res);
    else res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
  };

  const server: Server = createServer(handle);
  server.maxConnections = OPS_MAX_CONNECTIONS;
  await new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => reject(listenError(err, host, opts.port));
    server.once("error", onError);
    server.listen(opts.port, host, () => {
      server.off("error", onError);
      // A later accept failure must not crash the process: the ops endpoint is not the service.
      server.on("error", (err) => opts.onError?.(err));
      resolve();
    });
  });
  const addr = server.address();
  let closing: Promise<void> | undefined;
  return {
    port: typeof addr === "object" && addr ? addr.port : opts.port,
    host,
    setReadiness: (name, check) => void checks.set(name, check),
    clearReadiness: (name) => void checks.delete(name),
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
