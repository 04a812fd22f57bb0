import { ConfigError } from "./errors.js";

/** Declares one configuration key: where it comes from, its type, default and meaning. */
export type OptionSpec =
  | { type: "string"; default?: string; pattern?: RegExp }
  | { type: "int"; default?: number; min?: number; max?: number }
  | { type: "port"; default?: number; allowZero?: boolean }
  | { type: "boolean"; default?: boolean }
  | { type: "url"; default?: string; protocols: readonly string[]; list?: boolean }
  | { type: "enum"; default?: string; values: readonly string[] }
  | { type: "duration"; default?: number }
  | { type: "path"; default?: string };

export type OptionDef = OptionSpec & {
  /** Flag without the dashes, e.g. "nats-url". */
  flag: string;
  /** Environment variable, e.g. "NATS_URL"; omit for flag-only keys. */
  env?: string;
  /** One line for --help. */
  description: string;
  /** Fails when neither flag, env nor default gives a value. */
  required?: boolean;
};

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
  readonly [K in keyof S]: S[K] extends { default: unknown } | { required: true } ? ValueOf<S[K]> : ValueOf<S[K]> | undefined;
};

export type ParseResult<S extends Schema> = { help: string } | { config: ConfigOf<S> };

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      dp[i]![j] = Math.min(dp[i - 1]![j]! + 1, dp[i]![j - 1]! + 1, dp[i - 1]![j - 1]! + cost);
    }
  }
  return dp[a.length]![b.length]!;
}

function convert(def: OptionDef, raw: string, where: string): string | number | boolean {
  const bad = (expected: string) => new ConfigError(`${where}: expected ${expected}, got "${raw}"`, "CONFIG_BAD_VALUE");
  switch (def.type) {
    case "string":
      if (def.pattern && !def.pattern.test(raw)) throw bad(`a value matching ${def.pattern}`);
      return raw;
    case "path":
      if (raw.length === 0) throw bad("a path");
      return raw;
    case "int": {
      if (!/^-?\d+$/.test(raw)) throw bad("an integer");
      const n = Number(raw);
      if ((def.min !== undefined && n < def.min) || (def.max !== undefined && n > def.max)) {
        throw bad(`an integer ${def.min ?? "-∞"}-${def.max ?? "∞"}`);
      }
      return n;
    }
    case "port": {
      const min = def.allowZero ? 0 : 1;
      const n = Number(raw);
      if (!/^\d+$/.test(raw) || n < min || n > 65535) throw bad(`a port ${min}-65535`);
      return n;
    }
    case "boolean":
      if (/^(1|true|yes|on)$/i.test(raw)) return true;
      if (/^(0|false|no|off)$/i.test(raw)) return false;
      throw bad("true or false");
    case "enum":
      if (!def.values.includes(raw)) throw bad(`one of ${def.values.join(", ")}`);
      return raw;
    case "duration": {
      const m = DURATION.exec(raw);
      if (!m) throw bad("a duration like 500ms, 30s or 5m");
      return Math.round(Number(m[1]) * UNIT_MS[m[2] ?? "ms"]!);
    }
    case "url": {
      const parts = def.list ? raw.split(",").map((s) => s.trim()) : [raw];
      for (const p of parts) {
        let u: URL;
        try {
          u = new URL(p);
        } catch {
          throw bad(`a URL (${def.protocols.map((x) => `${x}//`).join(" or ")}host:port)`);
        }
        if (!def.protocols.includes(u.protocol)) throw bad(`a ${def.protocols.join(" or ")} URL`);
      }
      return raw;
    }
  }
}

/** Help text generated from the schema. */
export function helpText(program: string, schema: Schema): string {
  const lines = [`usage: ${program} [options]`, "", "options:"];
  for (const def of Object.values(schema)) {
    const dflt = def.default === undefined ? "" : ` (default ${String(def.default)})`;
    const env = def.env ? ` [env ${def.env}]` : "";
    lines.push(`  --${def.flag.padEnd(22)} ${def.description}${dflt}${env}`);
  }
  lines.push(`  --${"help".padEnd(22)} show this help`);
  return lines.join("\n");
}

/**
 * Parses flags (`--name value`, `--name=value`, bare `--flag` for booleans) and environment
 * against the schema: flags win over environment, environment over defaults. The result is
 * frozen. Every error is a ConfigError whose message names the key.
 */
export function parseConfig<S extends Schema>(program: string, schema: S, argv: readonly string[], env: Readonly<Record<string, string | undefined>>): ParseResult<S> {
  const byFlag = new Map(Object.entries(schema).map(([k, d]) => [d.flag, k] as const));
  const fromFlags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") return { help: helpText(program, schema) };
    if (!arg.startsWith("--")) throw new ConfigError(`unexpected argument "${arg}"`, "CONFIG_UNKNOWN_OPTION");
    const eq = arg.indexOf("=");
    const flag = arg.slice(2, eq < 0 ? undefined : eq);
    const key = byFlag.get(flag);
    if (key === undefined) {
      const near = [...byFlag.keys()].sort((a, b) => editDistance(flag, a) - editDistance(flag, b))[0];
      const hint = near !== undefined && editDistance(flag, near) <= 3 ? ` (did you mean --${near}?)` : "";
      throw new ConfigError(`unknown option --${flag}${hint}`, "CONFIG_UNKNOWN_OPTION");
    }
    const def = schema[key]!;
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (def.type === "boolean" && (argv[i + 1] === undefined || argv[i + 1]!.startsWith("--"))) value = "true";
    else value = argv[++i];
    if (value === undefined) throw new ConfigError(`--${flag}: missing value`, "CONFIG_BAD_VALUE");
    fromFlags.set(key, value);
  }
  const out: Record<string, unknown> = {};
  for (const [key, def] of Object.entries(schema)) {
    const flagValue = fromFlags.get(key);
    const envValue = def.env ? env[def.env] : undefined;
    if (flagValue !== undefined) out[key] = convert(def, flagValue, `--${def.flag}`);
    else if (envValue !== undefined && envValue !== "") out[key] = convert(def, envValue, def.env!);
    else if (def.default !== undefined) out[key] = def.default;
    else if (def.required) throw new ConfigError(`--${def.flag}${def.env ? ` (or ${def.env})` : ""} is required`, "CONFIG_MISSING");
  }
  return { config: Object.freeze(out) as ConfigOf<S> };
}
