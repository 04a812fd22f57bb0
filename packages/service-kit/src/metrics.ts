import { collectDefaultMetrics, Registry } from "prom-client";

export interface MetricsRegistryOptions {
  /** Service name, put on every series as the `service` label. */
  service: string;
  /** Node's process metrics (CPU, memory, event loop lag, GC); default true. */
  defaultMetrics?: boolean;
}

/**
 * A fresh metrics registry for one process, every series labelled `service`. A registry per
 * process rather than prom-client's global one, so tests and several services in one process
 * never collide on metric names.
 */
export function createMetricsRegistry(options: MetricsRegistryOptions | string): Registry {
  const opts = typeof options === "string" ? { service: options } : options;
  const registry = new Registry();
  registry.setDefaultLabels({ service: opts.service });
  if (opts.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  return registry;
}
