import { Counter, type CounterConfiguration, Histogram, type HistogramConfiguration, type Registry } from "prom-client";

/*
 * Parts built at every start of the master role (placement, lease watch) start again
 * after a lost and retaken master lease; their metrics are registered once per registry and
 * reused, since prom-client refuses a second metric of one name (and the role would not start).
 */

export function reuseCounter<T extends string>(
  registry: Registry | undefined,
  config: Omit<CounterConfiguration<T>, "registers">,
): Counter<T> {
  const existing = registry?.getSingleMetric(config.name);
  if (existing instanceof Counter) return existing as Counter<T>;
  return new Counter({ ...config, registers: registry ? [registry] : [] });
}

export function reuseHistogram<T extends string>(
  registry: Registry | undefined,
  config: Omit<HistogramConfiguration<T>, "registers">,
): Histogram<T> {
  const existing = registry?.getSingleMetric(config.name);
  if (existing instanceof Histogram) return existing as Histogram<T>;
  return new Histogram({ ...config, registers: registry ? [registry] : [] });
}
