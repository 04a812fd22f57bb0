import {
  type ConfigOf,
  createMetricsRegistry,
  createRootLogger,
  formatFatal,
  type Logger,
  type OpsServer,
  parseConfig,
  runServices,
  type Schema,
  type Service,
  startOpsServer,
} from "@zonebus/service-kit";
import type { Registry } from "prom-client";
import { natsSecurityFrom } from "./nats-security.js";
import { type CommonConfig, commonOptions } from "./options.js";

export interface MainContext<C> {
  readonly config: C;
  readonly logger: Logger;
  readonly metrics: Registry;
  readonly ops: OpsServer;
}

/**
 * The `main` of every zonebus process: parses flags and environment (printing --help or a
 * one-line error, exit 2; the NATS credential and TLS options are checked together here),
 * starts the logger and the ops endpoint, builds the services and runs them until SIGTERM/SIGINT.
 */
export async function runMain<S extends Schema>(
  program: string,
  schema: S,
  build: (ctx: MainContext<ConfigOf<S> & CommonConfig>) => Promise<Service[]>,
): Promise<void> {
  const full = { ...commonOptions, ...schema };
  let config: ConfigOf<S> & CommonConfig;
  try {
    const res = parseConfig(program, full, process.argv.slice(2), process.env);
    if ("help" in res) {
      process.stdout.write(`${res.help}\n`);
      return;
    }
    config = res.config as unknown as ConfigOf<S> & CommonConfig;
    // NATS credentials and TLS are checked (and their files read) before anything starts.
    natsSecurityFrom(config);
  } catch (err) {
    process.stderr.write(`${formatFatal(err)}\n`);
    process.exit(2);
  }
  const pretty = config.logPretty === "auto" ? undefined : config.logPretty === "yes";
  const logger = createRootLogger({ name: program, level: config.logLevel, pretty });
  try {
    const metrics = createMetricsRegistry(program);
    const ops = await startOpsServer({ host: config.opsHost, port: config.opsPort, registry: metrics });
    logger.info({ port: ops.port }, "ops endpoint listening");
    // Ready only once every service has started, and no longer once stopping begins. Registered
    // before the services are built, so checks they add while building cannot report ready early.
    let running = false;
    ops.setReadiness("started", () => running);
    const services = await build({ config, logger, metrics, ops });
    const opsService: Service = { name: "ops", start: async () => undefined, stop: () => ops.close() };
    const readiness: Service = {
      name: "readiness",
      start: async () => {
        running = true;
      },
      stop: async () => {
        running = false;
      },
    };
    await runServices([opsService, ...services, readiness], {
      logger,
      signals: process,
      exit: (code) => process.exit(code),
      onStartFailure: (_svc, err) => process.stderr.write(`${formatFatal(err)}\n`),
    });
  } catch (err) {
    logger.error(formatFatal(err));
    process.stderr.write(`${formatFatal(err)}\n`);
    process.exit(1);
  }
}
