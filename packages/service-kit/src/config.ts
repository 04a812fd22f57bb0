import type { ConfigOf, OptionDef, ParseResult, Schema } from "./config-schema.js";
import { convertValue, formatDuration, isBooleanWord } from "./config-values.js";
import { ConfigError, KitErrorCode } from "./errors.js";
import { closest } from "./suggest.js";

const FLAG_NAME = /^[a-z][a-z0-9-]*$/;

/** Schema mistakes are the program's, not the operator's: they throw a plain Error at once. */
function checkSchema(schema: Schema): Map<string, string> {
  const byFlag = new Map<string, string>();
  const envs = new Set<string>();
  for (const [key, def] of Object.entries(schema)) {
    if (!FLAG_NAME.test(def.flag) || def.flag === "help" || def.flag.startsWith("no-")) {
      throw new Error(`config schema: key ${key} has an unusable flag name "${def.flag}"`);
    }
    if (byFlag.has(def.flag)) throw new Error(`config schema: flag --${def.flag} is declared twice`);
    if (def.env !== undefined && envs.has(def.env)) throw new Error(`config schema: ${def.env} is declared twice`);
    byFlag.set(def.flag, key);
    if (def.env !== undefined) envs.add(def.env);
  }
  return byFlag;
}

function placeholder(def: OptionDef): string {
  switch (def.type) {
    case "boolean":
      return "";
    case "enum":
      return ` <${def.values.join("|")}>`;
    case "url":
      return def.list ? " <url,...>" : " <url>";
    default:
      return ` <${def.type}>`;
  }
}

function shownDefault(def: OptionDef): string {
  if (def.default === undefined) return def.required ? " (required)" : "";
  const text = def.type === "duration" ? formatDuration(def.default) : String(def.default);
  return ` (default ${text})`;
}

/** `--help` text generated from the schema: one line per key with its default and variable. */
export function helpText(program: string, schema: Schema): string {
  const rows: [string, string][] = Object.values(schema).map((def) => [
    `--${def.flag}${placeholder(def)}`,
    `${def.description}${shownDefault(def)}${def.env ? ` [env ${def.env}]` : ""}`,
  ]);
  rows.push(["--help", "print this help and exit"]);
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return [`usage: ${program} [options]`, "", "options:", ...rows.map(([l, r]) => `  ${l.padEnd(width)}${r}`)].join(
    "\n",
  );
}

/**
 * Reads flags into raw strings by key. Accepts `--name value`, `--name=value`, and for
 * booleans a bare `--name` (true), `--name false` and `--no-name` (false).
 */
function readFlags(schema: Schema, byFlag: Map<string, string>, argv: readonly string[]): Map<string, string> | "help" {
  const raw = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") return "help";
    if (!arg.startsWith("-")) {
      throw new ConfigError(
        `unexpected argument ${JSON.stringify(arg)} (options look like --name value)`,
        KitErrorCode.ConfigUnknownOption,
      );
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(arg.startsWith("--") ? 2 : 1, eq < 0 ? undefined : eq);
    let key = byFlag.get(name);
    let negated = false;
    if (key === undefined && name.startsWith("no-")) {
      const positive = byFlag.get(name.slice(3));
      if (positive !== undefined && schema[positive]!.type === "boolean" && eq < 0) {
        key = positive;
        negated = true;
      }
    }
    if (key === undefined) {
      const near = closest(name, [...byFlag.keys(), "help"]);
      throw new ConfigError(
        `unknown option --${name}${near ? ` (did you mean --${near}?)` : ""}`,
        KitErrorCode.ConfigUnknownOption,
      );
    }
    const def = schema[key]!;
    let value: string | undefined;
    if (negated) value = "false";
    else if (eq >= 0) value = arg.slice(eq + 1);
    else if (def.type === "boolean")
      value = argv[i + 1] !== undefined && isBooleanWord(argv[i + 1]!) ? argv[++i] : "true";
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith("--")) value = argv[++i];
    if (value === undefined) throw new ConfigError(`--${def.flag}: missing value`, KitErrorCode.ConfigBadValue, key);
    raw.set(key, value);
  }
  return raw;
}

/**
 * Parses flags and environment against the schema, once at boot: flags win over environment,
 * environment over defaults; an empty environment variable counts as unset. Takes `argv`
 * (without node and the script) and `env` as parameters so nothing else reads `process.env`.
 * Returns help text for `--help`, else the frozen config. Every operator mistake is a
 * ConfigError with a stable code and a one-line message naming the flag or variable.
 */
export function parseConfig<S extends Schema>(
  program: string,
  schema: S,
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ParseResult<S> {
  const byFlag = checkSchema(schema);
  const flags = readFlags(schema, byFlag, argv);
  if (flags === "help") return { help: helpText(program, schema) };
  const out: Record<string, unknown> = {};
  for (const [key, def] of Object.entries(schema)) {
    const fromFlag = flags.get(key);
    const fromEnv = def.env !== undefined ? env[def.env] : undefined;
    if (fromFlag !== undefined) out[key] = convertValue(key, def, fromFlag, `--${def.flag}`);
    else if (def.env !== undefined && fromEnv !== undefined && fromEnv !== "")
      out[key] = convertValue(key, def, fromEnv, def.env);
    else if (def.default !== undefined) out[key] = def.default;
    else if (def.required) {
      const where = `--${def.flag}${def.env ? ` (or ${def.env})` : ""}`;
      throw new ConfigError(`${where} is required`, KitErrorCode.ConfigMissing, key);
    }
  }
  return { config: Object.freeze(out) as ConfigOf<S> };
}
