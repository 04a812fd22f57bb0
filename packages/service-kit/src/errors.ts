/**
 * Stable error codes of the kit, grouped by area. Callers and tests match on these, never on
 * message text, so a code never changes meaning once released.
 */
export const KitErrorCode = {
  /** A flag that no schema key declares, or a stray positional argument. */
  ConfigUnknownOption: "CONFIG_UNKNOWN_OPTION",
  /** A flag or environment value that does not convert to the key's type. */
  ConfigBadValue: "CONFIG_BAD_VALUE",
  /** A required key with no flag, environment value or default. */
  ConfigMissing: "CONFIG_MISSING",
  /** The ops endpoint's port is taken by another process. */
  OpsPortInUse: "OPS_PORT_IN_USE",
  /** The ops endpoint could not listen for another reason (bad host, no permission). */
  OpsListenFailed: "OPS_LISTEN_FAILED",
} as const;
export type KitErrorCode = (typeof KitErrorCode)[keyof typeof KitErrorCode];

export type ConfigErrorCode =
  | typeof KitErrorCode.ConfigUnknownOption
  | typeof KitErrorCode.ConfigBadValue
  | typeof KitErrorCode.ConfigMissing;
export type OpsServerErrorCode = typeof KitErrorCode.OpsPortInUse | typeof KitErrorCode.OpsListenFailed;

/** Base class of service-kit errors; `code` is stable across releases. */
export class KitError extends Error {
  constructor(
    message: string,
    readonly code: KitErrorCode,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A configuration problem, with a one-line message naming the key (`--port`, `NATS_URL`). */
export class ConfigError extends KitError {
  constructor(
    message: string,
    override readonly code: ConfigErrorCode,
    /** The schema key concerned, when there is one (not for unknown options). */
    readonly key?: string,
  ) {
    super(message, code);
  }
}

/** The ops HTTP endpoint could not start. */
export class OpsServerError extends KitError {
  constructor(
    message: string,
    override readonly code: OpsServerErrorCode,
    options?: { cause?: unknown },
  ) {
    super(message, code, options);
  }
}
