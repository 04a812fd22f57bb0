/** Base class of service-kit errors; `code` is stable across releases. */
export class KitError extends Error {
  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A configuration problem, with a one-line message naming the key. */
export class ConfigError extends KitError {
  constructor(message: string, code: ConfigErrorCode) {
    super(message, code);
  }
}

export type ConfigErrorCode = "CONFIG_UNKNOWN_OPTION" | "CONFIG_BAD_VALUE" | "CONFIG_MISSING";

/** The ops HTTP endpoint could not start. */
export class OpsServerError extends KitError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "OPS_SERVER", options);
  }
}

/** One line for a fatal error at start, for the service's `main`. */
export function formatFatal(err: unknown): string {
  if (err instanceof KitError) return `zonebus: error: ${err.message}`;
  const e = err as { message?: string; code?: string } | undefined;
  if (e?.code && e.message) return `zonebus: error: ${e.message} (${e.code})`;
  return `zonebus: error: ${e?.message ?? String(err)}`;
}
