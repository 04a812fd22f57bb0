import type { EventEmitter } from "node:events";
import type { Logger } from "pino";

/** A startable part of a process (a service, a listener). `stop` undoes `start`. */
export interface Service {
  readonly name: string;
  start(): Promise<void>;
  stop(reason: string): Promise<void>;
}

export interface RunOptions {
  logger: Logger;
  /** Where SIGTERM/SIGINT come from (process in production, an EventEmitter in tests). */
  signals: Pick<EventEmitter, "on" | "off">;
  /** Longest a graceful stop may take before the process gives up (default 30 s). */
  graceMs?: number;
  /** Called with the exit code when everything has stopped (process.exit in production). */
  exit: (code: number) => void;
  /** Called when a service fails to start, before the others stop (to print a one-line error). */
  onStartFailure?: (service: string, err: unknown) => void;
}

/**
 * Starts services in order and stops them in reverse. The first SIGTERM/SIGINT stops them
 * gracefully within `graceMs`; a second signal or the grace running out exits with code 1.
 * A service failing to start stops the ones already started and exits with code 1.
 */
export async function runServices(services: readonly Service[], opts: RunOptions): Promise<void> {
  const { logger } = opts;
  const started: Service[] = [];
  let stopping = false;

  const stopAll = async (reason: string): Promise<boolean> => {
    let clean = true;
    for (const svc of [...started].reverse()) {
      const t0 = performance.now();
      try {
        await svc.stop(reason);
        logger.info({ svc: svc.name, ms: Math.round(performance.now() - t0) }, "stopped");
      } catch (err) {
        clean = false;
        logger.error({ svc: svc.name, err: (err as Error).message }, "stop failed");
      }
    }
    return clean;
  };

  const onSignal = (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, "second signal: exiting now");
      opts.exit(1);
      return;
    }
    stopping = true;
    logger.info({ signal }, "shutting down");
    const grace = setTimeout(() => {
      logger.error({ graceMs: opts.graceMs ?? 30_000 }, "graceful stop took too long: exiting");
      opts.exit(1);
    }, opts.graceMs ?? 30_000);
    grace.unref?.();
    void stopAll(signal).then((clean) => {
      clearTimeout(grace);
      opts.signals.off("SIGTERM", onSignal);
      opts.signals.off("SIGINT", onSignal);
      opts.exit(clean ? 0 : 1);
    });
  };
  opts.signals.on("SIGTERM", onSignal);
  opts.signals.on("SIGINT", onSignal);

  for (const svc of services) {
    if (stopping) return;
    const t0 = performance.now();
    try {
      await svc.start();
    } catch (err) {
      logger.error({ svc: svc.name, err: (err as Error).message }, `${svc.name} failed to start: ${(err as Error).message}`);
      opts.onStartFailure?.(svc.name, err);
      stopping = true;
      await stopAll("start failed");
      opts.signals.off("SIGTERM", onSignal);
      opts.signals.off("SIGINT", onSignal);
      opts.exit(1);
      return;
    }
    started.push(svc);
    logger.info({ svc: svc.name, ms: Math.round(performance.now() - t0) }, "started");
  }
}
