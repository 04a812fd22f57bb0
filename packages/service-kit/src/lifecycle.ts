import type { Logger } from "pino";

/** A startable part of a process (a service, a listener, a connection). `stop` undoes `start`. */
export interface Service {
  readonly name: string;
  start(): Promise<void>;
  /** `reason` is the signal name, or "start failed" when a later service could not start. */
  stop(reason: string): Promise<void>;
}

/** Where termination signals come from: `process` in production, an EventEmitter in tests. */
export interface SignalSource {
  on(event: "SIGTERM" | "SIGINT", listener: () => void): unknown;
  off(event: "SIGTERM" | "SIGINT", listener: () => void): unknown;
}

/** Default bound on a graceful stop before the process gives up and exits 1. */
export const DEFAULT_GRACE_MS = 30_000;

const SIGNALS = ["SIGTERM", "SIGINT"] as const;

export interface RunOptions {
  logger: Logger;
  signals: SignalSource;
  /** Longest a graceful stop may take before the process gives up (default 30 s). */
  graceMs?: number;
  /** Called once with the exit code when the run ends (`process.exit` in a `main`). */
  exit?: (code: number) => void;
  /** Called when a service fails to start, before the others stop (to print a one-line error). */
  onStartFailure?: (service: string, err: unknown) => void;
  /** Monotonic milliseconds for the timings in log lines; default `performance.now`. */
  now?: () => number;
}

function messageOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/\s*[\r\n]+\s*/g, " ");
}

/**
 * Starts services in order and runs them until SIGTERM or SIGINT, then stops them in reverse.
 * The first signal stops gracefully within `graceMs` (a signal during start lets the service
 * being started finish, then stops what started); a second signal or the grace running out
 * exits with 1 at once. A service failing to start is logged in one line and stops the ones
 * already started. Resolves with the exit code when the run ends, after calling `exit`:
 * 0 after a clean stop, 1 after a failed start, a failed stop, a second signal or grace expiry.
 */
export function runServices(services: readonly Service[], opts: RunOptions): Promise<number> {
  const { logger } = opts;
  const graceMs = opts.graceMs ?? DEFAULT_GRACE_MS;
  const now = opts.now ?? (() => performance.now());
  const elapsed = (since: number) => Math.round(now() - since);
  const started: Service[] = [];
  let running = false;
  let stopReason: string | undefined;
  let done = false;
  let grace: NodeJS.Timeout | undefined;
  let settle!: (code: number) => void;
  const result = new Promise<number>((resolve) => {
    settle = resolve;
  });

  const handlers = SIGNALS.map((signal) => [signal, () => onSignal(signal)] as const);
  const finish = (code: number) => {
    if (done) return;
    done = true;
    clearTimeout(grace);
    for (const [signal, handler] of handlers) opts.signals.off(signal, handler);
    opts.exit?.(code);
    settle(code);
  };
  const beginStop = (reason: string) => {
    stopReason = reason;
    // Not unref'd: a stop stuck on a promise must still end in exit 1, not a silent exit 0.
    grace = setTimeout(() => {
      logger.error({ graceMs }, `stopping took longer than ${graceMs} ms: exiting`);
      finish(1);
    }, graceMs);
  };
  /** Stops what started, newest first; resolves whether every stop succeeded. */
  const stopAll = async (reason: string): Promise<boolean> => {
    const t0 = now();
    let clean = true;
    for (const svc of [...started].reverse()) {
      if (done) return false;
      const t = now();
      try {
        await svc.stop(reason);
        logger.info({ svc: svc.name, ms: elapsed(t) }, `${svc.name} stopped`);
      } catch (err) {
        clean = false;
        logger.error({ svc: svc.name, err: messageOf(err) }, `${svc.name} failed to stop: ${messageOf(err)}`);
      }
    }
    if (!done) logger.info({ ms: elapsed(t0), reason }, clean ? "all services stopped" : "stopped with errors");
    return clean;
  };
  const shutdown = async (reason: string) => finish((await stopAll(reason)) ? 0 : 1);
  function onSignal(signal: string) {
    if (done) return;
    if (stopReason !== undefined) {
      logger.error({ signal }, `second signal (${signal}) while stopping: exiting now`);
      finish(1);
      return;
    }
    logger.info({ signal, graceMs }, `${signal} received: stopping`);
    beginStop(signal);
    // While starting, the start loop stops everything once the start in flight has settled.
    if (running) void shutdown(signal);
  }

  for (const [signal, handler] of handlers) opts.signals.on(signal, handler);
  void (async () => {
    const t0 = now();
    for (const svc of services) {
      if (stopReason !== undefined || done) break;
      const t = now();
      try {
        await svc.start();
      } catch (err) {
        if (done) return;
        logger.error({ svc: svc.name, err: messageOf(err) }, `${svc.name} failed to start: ${messageOf(err)}`);
        opts.onStartFailure?.(svc.name, err);
        if (stopReason === undefined) beginStop("start failed");
        await stopAll("start failed");
        finish(1);
        return;
      }
      started.push(svc);
      logger.info({ svc: svc.name, ms: elapsed(t) }, `${svc.name} started`);
    }
    if (done) return;
    if (stopReason !== undefined) {
      await shutdown(stopReason);
      return;
    }
    running = true;
    logger.info({ ms: elapsed(t0), services: services.length }, "all services started");
  })();
  return result;
}
