import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort } from "./nats-server.js";

/** A zonebus service running as its own process, for end-to-end tests. */
export interface ServiceProcess {
  readonly name: string;
  readonly pid: number;
  /** Port of the service's ops endpoint (/healthz, /readyz, /metrics). */
  readonly opsPort: number;
  /** Everything the process wrote, for assertions and failure messages. */
  output(): string;
  /** SIGTERM and wait for exit (SIGKILL after `graceMs`); resolves to the exit code. */
  stop(graceMs?: number): Promise<number | null>;
  /** SIGKILL, as a crash. */
  kill(): Promise<void>;
  /** Resolves when the process exits. */
  readonly exited: Promise<number | null>;
}

export interface ServiceProcessOptions {
  /** Service folder under services/, e.g. "gateway". */
  readonly service: string;
  readonly args?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  /** Wait until /readyz answers 200 (default true). */
  readonly waitReady?: boolean;
  readonly readyTimeoutMs?: number;
  /**
   * Run the built `dist/main.js` with plain node instead of the sources under tsx (default
   * false): what benchmarks measure, without the transpiler's memory and start-up. Needs a build.
   */
  readonly compiled?: boolean;
}

const repoRoot = resolve(import.meta.dirname, "../../..");
const children = new Set<ChildProcess>();
process.once("exit", () => {
  for (const c of children) c.kill("SIGKILL");
});

/**
 * Starts `services/<service>/src/main.ts` under tsx (or its build, `compiled`) with an ops port of its own and waits until
 * its /readyz reports ready. The process is killed if the test process exits first.
 */
export async function startServiceProcess(opts: ServiceProcessOptions): Promise<ServiceProcess> {
  const opsPort = await freePort();
  const entry = opts.compiled
    ? [resolve(repoRoot, "services", opts.service, "dist", "main.js")]
    : [
        "--conditions=@zonebus/source",
        "--import",
        "tsx",
        resolve(repoRoot, "services", opts.service, "src", "main.ts"),
      ];
  const child = spawn(process.execPath, [...entry, "--ops-port", String(opsPort), ...(opts.args ?? [])], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: "info", ...opts.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  let out = "";
  const append = (d: Buffer) => {
    out = (out + d.toString()).slice(-64_000);
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  const exited = new Promise<number | null>((res) =>
    child.once("exit", (code) => {
      children.delete(child);
      res(code);
    }),
  );
  const handle: ServiceProcess = {
    name: opts.service,
    pid: child.pid ?? -1,
    opsPort,
    output: () => out,
    exited,
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      child.kill("SIGTERM");
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
  if (opts.waitReady !== false) {
    const deadline = Date.now() + (opts.readyTimeoutMs ?? 30_000);
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`${opts.service} exited with ${child.exitCode} before ready:\n${out}`);
      try {
        const res = await fetch(`http://127.0.0.1:${opsPort}/readyz`);
        if (res.status === 200) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`${opts.service} not ready after ${opts.readyTimeoutMs ?? 30_000} ms:\n${out}`);
      }
      await sleep(100);
    }
  }
  return handle;
}
