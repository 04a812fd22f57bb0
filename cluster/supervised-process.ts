import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, type WriteStream } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

/** How to run one process of the cluster. */
export interface ProcessSpec {
  /** Name in the cluster's output and control, e.g. `gateway-1`. */
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  /** Answers 200 once the process is ready (a service's /readyz, a NATS node's /healthz). */
  readonly readyUrl: string;
  /** Everything the process writes is appended here. */
  readonly logFile: string;
}

/** Lines of a dead process's output shown with the news of its death. */
export const LAST_LINES = 20;
/** Longest a process may take to become ready; a slower one fails the start. */
export const READY_TIMEOUT_MS = 60_000;

/**
 * One process of the cluster: started, watched and stopped by the launcher. A process that exits
 * without being asked is reported through `onUnexpectedExit`, with its last output lines.
 */
export class SupervisedProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<number | null> = Promise.resolve(null);
  private stopping = false;
  private tail = "";
  private log: WriteStream | undefined;
  private unexpected: ((code: number | null, signal: NodeJS.Signals | null) => void) | undefined;

  constructor(readonly spec: ProcessSpec) {}

  get name(): string {
    return this.spec.name;
  }

  get pid(): number | undefined {
    return this.child?.exitCode === null && this.child.signalCode === null ? this.child.pid : undefined;
  }

  /** Called once for each exit the launcher did not ask for. */
  onUnexpectedExit(handler: (code: number | null, signal: NodeJS.Signals | null) => void): void {
    this.unexpected = handler;
  }

  /** The last `n` lines the process wrote (stdout and stderr together). */
  lastLines(n = LAST_LINES): string[] {
    return this.tail.trimEnd().split("\n").slice(-n);
  }

  /** Spawns the process and resolves once it is ready; rejects (and kills it) if it exits or times out first. */
  async start(): Promise<void> {
    if (this.pid !== undefined) throw new Error(`${this.name} is already running`);
    this.stopping = false;
    this.log = createWriteStream(this.spec.logFile, { flags: "a" });
    // Its own process group: Ctrl-C in a terminal reaches only the launcher, which stops the
    // processes in order (services drain before NATS goes) instead of all of them at once.
    const child = spawn(this.spec.command, [...this.spec.args], {
      env: { ...process.env, ...this.spec.env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    this.child = child;
    const append = (d: Buffer) => {
      this.log?.write(d);
      this.tail = (this.tail + d.toString()).slice(-16_000);
    };
    child.stdout?.on("data", append);
    child.stderr?.on("data", append);
    const spawnFailed = new Promise<never>((_, reject) => child.once("error", reject));
    this.exited = new Promise((resolve) =>
      child.once("exit", (code, signal) => {
        this.log?.end();
        if (!this.stopping) this.unexpected?.(code, signal);
        resolve(code);
      }),
    );
    spawnFailed.catch(() => undefined);
    try {
      await Promise.race([this.waitReady(child), spawnFailed]);
    } catch (err) {
      this.stopping = true;
      child.kill("SIGKILL");
      // A command that could not be spawned has no pid and never emits "exit".
      if (child.pid !== undefined) await this.exited;
      throw err;
    }
  }

  /** SIGTERM, then SIGKILL after `graceMs`; resolves to the exit code once the process is gone. */
  async stop(graceMs: number): Promise<number | null> {
    const child = this.child;
    this.stopping = true;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.kill("SIGTERM");
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }

  private async waitReady(child: ChildProcess): Promise<void> {
    const deadline = performance.now() + READY_TIMEOUT_MS;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(
          `${this.name} exited (${child.exitCode ?? child.signalCode}) before ready:\n${this.lastLines().join("\n")}`,
        );
      const status = await fetch(this.spec.readyUrl, { signal: AbortSignal.timeout(2_000) }).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) return;
      if (performance.now() > deadline)
        throw new Error(`${this.name} not ready after ${READY_TIMEOUT_MS} ms:\n${this.lastLines().join("\n")}`);
      await sleep(100);
    }
  }
}
