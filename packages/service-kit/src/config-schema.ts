/**
 * The declarative configuration schema: each key is declared once with its flag, environment
 * variable, type, default and a one-line description (which `--help` prints).
 */

/** The value types a key can take. */
export const OptionType = {
  String: "string",
  Int: "int",
  Port: "port",
  Boolean: "boolean",
  Url: "url",
  Enum: "enum",
  /** `500ms`, `30s`, `5m`, `1h`, `1.5s`; parsed to whole milliseconds. */
  Duration: "duration",
  Path: "path",
} as const;
export type OptionType = (typeof OptionType)[keyof typeof OptionType];

/** Type-specific part of a key: its type, default and constraints. */
export type OptionSpec =
  | { type: "string"; default?: string; pattern?: RegExp }
  | { type: "int"; default?: number; min?: number; max?: number }
  | { type: "port"; default?: number; allowZero?: boolean }
  | { type: "boolean"; default?: boolean }
  /** `protocols` as `URL.protocol` gives them ("nats:"); `list` accepts a comma-separated list. */
  | { type: "url"; default?: string; protocols: readonly string[]; list?: boolean }
  | { type: "enum"; default?: string; values: readonly string[] }
  /** Default in milliseconds. */
  | { type: "duration"; default?: number }
  | { type: "path"; default?: string };

/** One configuration key. */
export type OptionDef = OptionSpec & {
  /** Flag without the dashes, e.g. "nats-url" for `--nats-url`. */
  flag: string;
  /** Environment variable, e.g. "NATS_URL"; omit for flag-only keys. */
  env?: string;
  /** One line for --help. */
  description: string;
  /** Fails when neither flag, environment nor default gives a value. */
  required?: boolean;
};

/** Keys of the parsed config mapped to their declarations; declare it `as const`. */
export type Schema = Record<string, OptionDef>;

type ValueOf<D extends OptionDef> = D["type"] extends "int" | "port" | "duration"
  ? number
  : D["type"] extends "boolean"
    ? boolean
    : D extends { values: readonly (infer V)[] }
      ? V
      : string;

/** The parsed configuration: every key with a default or `required` is present. */
export type ConfigOf<S extends Schema> = {
  readonly [K in keyof S]: S[K] extends { default: unknown } | { required: true }
    ? ValueOf<S[K]>
    : ValueOf<S[K]> | undefined;
};

/** `--help` asks for help text (the caller prints it and exits 0); otherwise the frozen config. */
export type ParseResult<S extends Schema> = { help: string } | { config: ConfigOf<S> };
