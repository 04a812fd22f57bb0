import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createSocket, type Socket } from "node:dgram";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fetchMonitor } from "./nats-monitor.js";

/** A running nats-server child process owned by a test. */
export interface NatsServerHandle {
  /** Client URL, e.g. `nats://127.0.0.1:41234`. */
  readonly url: string;
  readonly pid: number;
  /** The HTTP monitoring endpoint (`/varz`, `/connz`, …) when started with `monitor: true`. */
  readonly monitorUrl?: string;
  /** Stops the server (SIGTERM, then SIGKILL) and removes its store directory. */
  stop(): Promise<void>;
  /** Kills the server with SIGKILL, keeping its store directory (for restart tests). */
  kill(): Promise<void>;
}

export interface NatsServerOptions {
  jetstream?: boolean;
  /** Extra nats-server arguments. */
  args?: string[];
  /** Path to nats-server; defaults to `NATS_SERVER_BIN` or the one on PATH. */
  binary?: string;
  startTimeoutMs?: number;
  /** Serve the HTTP monitoring endpoint on a free loopback port (`-m`); see `monitorUrl`. */
  monitor?: boolean;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Children must not outlive the test process, even when a test crashes it.
  process.once("exit", () => {
    for (const child of live) child.kill("SIGKILL");
  });
}

export function natsServerBinary(explicit?: string): string {
  return explicit ?? process.env.NATS_SERVER_BIN ?? "nats-server";
}

/** Returns the version of the local nats-server binary, or undefined if none is installed. */
export function localNatsServerVersion(binary?: string): string | undefined {
  const res = spawnSync(natsServerBinary(binary), ["--version"], { encoding: "utf8" });
  if (res.error || res.status !== 0) return undefined;
  return res.stdout.trim();
}

/** Asks the OS for a free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A UDP port whose next port is free too, on loopback: a gateway listens on the game port and
 * the ping port one above it.
 */
export async function freeUdpPortPair(): Promise<number> {
  const bind = (port: number) =>
    new Promise<Socket | undefined>((resolve) => {
      const s = createSocket("udp4");
      s.once("error", () => {
        s.close();
        resolve(undefined);
      });
      s.bind(port, "127.0.0.1", () => resolve(s));
    });
  for (let attempt = 0; attempt < 50; attempt++) {
    const first = await bind(0);
    if (!first) continue;
    const port = first.address().port;
    const second = port < 65535 ? await bind(port + 1) : undefined;
    first.close();
    second?.close();
    if (second) return port;
  }
  throw new Error("no free pair of UDP ports found on 127.0.0.1");
}

async function waitForPortsFile(dir: string, child: ChildProcess, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nats-server exited with code ${child.exitCode} before listening`);
    const file = readdirSync(dir).find((f) => f.endsWith(".ports"));
    if (file) {
      // The server may not have finished writing the file: an unreadable one is read again.
      let ports: { nats?: string[] } | undefined;
      try {
        ports = JSON.parse(readFileSync(join(dir, file), "utf8")) as { nats?: string[] };
      } catch {
        ports = undefined;
      }
      const url = ports?.nats?.[0];
      if (url) return url;
    }
    await sleep(20);
  }
  throw new Error(`nats-server did not report its ports within ${timeoutMs} ms`);
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      live.delete(child);
      resolve();
    });
    child.kill(signal);
  });
}

/**
 * Spawns the local `nats-server` binary on a free loopback port with its own store directory.
 * The server is killed when the test process exits, whatever happens to the test.
 */
export async function startNatsServer(opts: NatsServerOptions = {}): Promise<NatsServerHandle> {
  // The monitoring port is picked free and bound a moment later: retried if taken in between.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startServerOnce(opts);
    } catch (err) {
      if (attempt >= PORT_RACE_ATTEMPTS || !isPortTaken(err)) throw err;
    }
  }
}

async function startServerOnce(opts: NatsServerOptions): Promise<NatsServerHandle> {
  const dir = mkdtempSync(join(tmpdir(), "zb-nats-"));
  const args = ["-a", "127.0.0.1", "-p", "-1", "--ports_file_dir", dir, ...(opts.args ?? [])];
  if (opts.jetstream !== false) args.push("-js", "-sd", join(dir, "js"));
  const monitorPort = opts.monitor ? await freePort() : undefined;
  if (monitorPort !== undefined) args.push("-m", String(monitorPort));
  const handle = await spawnServer(natsServerBinary(opts.binary), args, dir, opts.startTimeoutMs ?? 10_000, true);
  return monitorPort === undefined ? handle : { ...handle, monitorUrl: `http://127.0.0.1:${monitorPort}` };
}

async function spawnServer(
  binary: string,
  args: string[],
  dir: string,
  timeoutMs: number,
  removeDirOnStop: boolean,
): Promise<NatsServerHandle & { portsDir: string }> {
  installExitHook();
  const child = spawn(binary, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const spawnError = new Promise<never>((_, reject) =>
    child.once("error", (err) =>
      reject(
        new Error(`cannot run ${binary}: ${err.message}. Install nats-server (Debian: apt-get install nats-server)`),
      ),
    ),
  );
  live.add(child);
  child.once("exit", () => live.delete(child));
  let url: string;
  try {
    url = await Promise.race([waitForPortsFile(dir, child, timeoutMs), spawnError]);
  } catch (err) {
    child.kill("SIGKILL");
    throw new Error(`${(err as Error).message}\n${stderr}`, { cause: err });
  }
  return {
    url,
    pid: child.pid ?? -1,
    portsDir: dir,
    async stop() {
      await stopChild(child, "SIGTERM");
      if (removeDirOnStop) rmSync(dir, { recursive: true, force: true });
    },
    async kill() {
      await stopChild(child, "SIGKILL");
    },
  };
}

/** One node of a test cluster; it can be killed and started again on the same ports and store. */
export interface NatsClusterNode {
  readonly name: string;
  readonly url: string;
  /** The node's HTTP monitoring endpoint (`/healthz`, `/connz`, `/jsz`). */
  readonly monitorUrl: string;
  readonly running: boolean;
  /** SIGKILL, as a crash; the store directory stays for `restart`. */
  kill(): Promise<void>;
  restart(): Promise<void>;
}

export interface NatsClusterHandle {
  readonly nodes: readonly NatsClusterNode[];
  /** Client URLs of every node. */
  readonly servers: string[];
  /**
   * Resolves once every running node reports healthy JetStream (`/healthz`: a meta leader and
   * current streams); bucket creation with replicas fails before that.
   */
  waitHealthy(timeoutMs?: number): Promise<void>;
  /** The running node a client connection with this name is on (its `/connz`), if any. */
  nodeOf(connectionName: string): Promise<NatsClusterNode | undefined>;
  stop(): Promise<void>;
}

/**
 * Starts a JetStream cluster of `size` nats-server processes on loopback. Every node gets the same
 * route list (a seed node without routes refuses to start JetStream in a cluster).
 */
export async function startNatsCluster(size = 3, opts: NatsServerOptions = {}): Promise<NatsClusterHandle> {
  // Ports are picked free, then bound by nats-server a moment later: a test running beside this
  // one may take one in between. Such a start is retried on fresh ports.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startClusterOnce(size, opts);
    } catch (err) {
      if (attempt >= PORT_RACE_ATTEMPTS || !isPortTaken(err)) throw err;
    }
  }
}

const PORT_RACE_ATTEMPTS = 3;

function isPortTaken(err: unknown): boolean {
  return err instanceof Error && err.message.includes("address already in use");
}

async function startClusterOnce(size: number, opts: NatsServerOptions): Promise<NatsClusterHandle> {
  const root = mkdtempSync(join(tmpdir(), "zb-natsc-"));
  const clientPorts: number[] = [];
  const clusterPorts: number[] = [];
  const httpPorts: number[] = [];
  for (let i = 0; i < size; i++) {
    clientPorts.push(await freePort());
    clusterPorts.push(await freePort());
    httpPorts.push(await freePort());
  }
  const routes = clusterPorts.map((p) => `nats-route://127.0.0.1:${p}`);
  const binary = natsServerBinary(opts.binary);
  const nodes = clientPorts.map((port, i) => {
    const name = `n${i + 1}`;
    const dir = join(root, name);
    const conf = join(root, `${name}.conf`);
    writeFileSync(
      conf,
      [
        `server_name: ${name}`,
        "host: 127.0.0.1",
        `port: ${port}`,
        `http: "127.0.0.1:${httpPorts[i]}"`,
        `jetstream { store_dir: "${join(dir, "js")}" }`,
        `cluster { name: zbtest, host: 127.0.0.1, port: ${clusterPorts[i]}, routes: [${routes.join(", ")}] }`,
      ].join("\n"),
    );
    let handle: NatsServerHandle | undefined;
    const start = async () => {
      const portsDir = mkdtempSync(join(root, `${name}-ports-`));
      handle = await spawnServer(
        binary,
        ["-c", conf, "--ports_file_dir", portsDir],
        portsDir,
        opts.startTimeoutMs ?? 15_000,
        true,
      );
    };
    const node: NatsClusterNode & { start(): Promise<void> } = {
      name,
      url: `nats://127.0.0.1:${port}`,
      monitorUrl: `http://127.0.0.1:${httpPorts[i]}`,
      get running() {
        return handle !== undefined;
      },
      start,
      async kill() {
        await handle?.kill();
        handle = undefined;
      },
      async restart() {
        if (handle) await node.kill();
        await start();
      },
    };
    return node;
  });
  const started = await Promise.allSettled(nodes.map((n) => n.start()));
  const failed = started.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) {
    await Promise.all(nodes.map((n) => n.kill()));
    rmSync(root, { recursive: true, force: true });
    throw failed.reason;
  }
  return {
    nodes,
    servers: nodes.map((n) => n.url),
    async waitHealthy(timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      let last = "";
      for (;;) {
        const states = await Promise.all(
          nodes
            .filter((n) => n.running)
            .map((n) =>
              fetchMonitor(`${n.monitorUrl}/healthz`).then(
                (r) => `${n.name}:${r.status}`,
                (err: Error) => `${n.name}:${err.message}`,
              ),
            ),
        );
        last = states.join(" ");
        if (states.every((s) => s.endsWith(":200"))) return;
        if (Date.now() > deadline) throw new Error(`cluster not healthy after ${timeoutMs} ms: ${last}`);
        await sleep(100);
      }
    },
    async nodeOf(connectionName) {
      for (const n of nodes) {
        if (!n.running) continue;
        const r = await fetchMonitor(`${n.monitorUrl}/connz?limit=1024`).catch(() => undefined);
        const conns = (r?.body as { connections?: { name?: string }[] } | undefined)?.connections ?? [];
        if (conns.some((c) => c.name === connectionName)) return n;
      }
      return undefined;
    },
    async stop() {
      await Promise.all(nodes.map((n) => n.kill()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
