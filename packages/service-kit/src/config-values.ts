import type { OptionDef } from "./config-schema.js";
import { ConfigError, KitErrorCode } from "./errors.js";

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;
const TRUE = /^(1|true|yes|on)$/i;
const FALSE = /^(0|false|no|off)$/i;

/** True for the words a boolean key accepts as a value. */
export function isBooleanWord(raw: string): boolean {
  return TRUE.test(raw) || FALSE.test(raw);
}

/** Milliseconds as the shortest exact duration text (`30s`, `1500ms`), for help and logs. */
export function formatDuration(ms: number): string {
  for (const unit of ["h", "m", "s"] as const) {
    if (ms !== 0 && ms % UNIT_MS[unit] === 0) return `${ms / UNIT_MS[unit]}${unit}`;
  }
  return `${ms}ms`;
}

function intRange(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `an integer ${min}-${max}`;
  if (min !== undefined) return `an integer >= ${min}`;
  if (max !== undefined) return `an integer <= ${max}`;
  return "an integer";
}

/**
 * Converts one raw flag or environment value to the key's type. `where` names the source
 * (`--port` or `PORT`) so the error line says which input to fix.
 */
export function convertValue(key: string, def: OptionDef, raw: string, where: string): string | number | boolean {
  // Echo at most a bounded slice of the input: the message must stay one readable line.
  const shown = JSON.stringify(raw.length > 80 ? `${raw.slice(0, 80)}…` : raw);
  const bad = (expected: string) =>
    new ConfigError(`${where}: expected ${expected}, got ${shown}`, KitErrorCode.ConfigBadValue, key);
  switch (def.type) {
    case "string":
      if (def.pattern && !def.pattern.test(raw)) throw bad(`a value matching ${def.pattern}`);
      return raw;
    case "path":
      if (raw.length === 0 || raw.includes("\0")) throw bad("a path");
      return raw;
    case "int": {
      const n = Number(raw);
      const ok = /^-?\d+$/.test(raw) && Number.isSafeInteger(n);
      if (!ok || (def.min !== undefined && n < def.min) || (def.max !== undefined && n > def.max)) {
        throw bad(intRange(def.min, def.max));
      }
      return n;
    }
    case "port": {
      const min = def.allowZero ? 0 : 1;
      const n = Number(raw);
      if (!/^\d{1,5}$/.test(raw) || n < min || n > 65535) throw bad(`a port ${min}-65535`);
      return n;
    }
    case "boolean":
      if (TRUE.test(raw)) return true;
      if (FALSE.test(raw)) return false;
      throw bad("true or false");
    case "enum":
      if (!def.values.includes(raw)) throw bad(`one of ${def.values.join(", ")}`);
      return raw;
    case "duration": {
      if (raw === "0") return 0;
      const m = DURATION.exec(raw);
      const ms = m ? Math.round(Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS]) : Number.NaN;
      if (!Number.isSafeInteger(ms)) throw bad("a duration like 500ms, 30s or 5m");
      return ms;
    }
    case "url": {
      const parts = def.list ? raw.split(",").map((s) => s.trim()) : [raw];
      const protocols = def.protocols.join(" or ");
      for (const part of parts) {
        const url = URL.canParse(part) ? new URL(part) : undefined;
        if (!url) throw bad(`a URL like ${def.protocols[0] ?? "scheme:"}//host:port`);
        if (!def.protocols.includes(url.protocol)) throw bad(`a ${protocols} URL`);
      }
      return raw;
    }
  }
}
