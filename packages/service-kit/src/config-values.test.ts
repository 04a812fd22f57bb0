import { describe, expect, it } from "vitest";
import type { OptionDef, OptionSpec } from "./config-schema.js";
import { convertValue, formatDuration } from "./config-values.js";
import { ConfigError } from "./errors.js";

const def = (spec: OptionSpec): OptionDef => ({ flag: "x", description: "x", ...spec });
const convert = (spec: OptionSpec, raw: string) => convertValue("x", def(spec), raw, "--x");

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError && err.code === "CONFIG_BAD_VALUE" && err.key === "x") return err.message;
    throw err;
  }
  throw new Error("expected a ConfigError");
}

describe("value types", () => {
  it("ports: 1-65535, or 0 when allowed", () => {
    expect(convert({ type: "port" }, "9100")).toBe(9100);
    expect(convert({ type: "port", allowZero: true }, "0")).toBe(0);
    expect(messageOf(() => convert({ type: "port" }, "70000"))).toBe('--x: expected a port 1-65535, got "70000"');
    expect(messageOf(() => convert({ type: "port" }, "0"))).toBe('--x: expected a port 1-65535, got "0"');
    expect(messageOf(() => convert({ type: "port" }, "80a"))).toBe('--x: expected a port 1-65535, got "80a"');
  });

  it("integers: whole numbers inside the declared range", () => {
    expect(convert({ type: "int", min: -5, max: 5 }, "-5")).toBe(-5);
    expect(messageOf(() => convert({ type: "int", min: 1, max: 1024 }, "0"))).toBe(
      '--x: expected an integer 1-1024, got "0"',
    );
    expect(messageOf(() => convert({ type: "int", min: 1 }, "1.5"))).toBe('--x: expected an integer >= 1, got "1.5"');
    expect(messageOf(() => convert({ type: "int", max: 9 }, "10"))).toBe('--x: expected an integer <= 9, got "10"');
    expect(messageOf(() => convert({ type: "int" }, "99999999999999999999"))).toContain("expected an integer,");
  });

  it("booleans: true/false, yes/no, on/off, 1/0", () => {
    expect(["true", "YES", "on", "1"].map((v) => convert({ type: "boolean" }, v))).toEqual([true, true, true, true]);
    expect(["false", "no", "OFF", "0"].map((v) => convert({ type: "boolean" }, v))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(messageOf(() => convert({ type: "boolean" }, "maybe"))).toBe('--x: expected true or false, got "maybe"');
  });

  it("durations: a number with ms, s, m or h, in whole milliseconds", () => {
    const d = (raw: string) => convert({ type: "duration" }, raw);
    expect([d("500ms"), d("30s"), d("1.5s"), d("5m"), d("1h"), d("0")]).toEqual([
      500, 30_000, 1500, 300_000, 3_600_000, 0,
    ]);
    expect(messageOf(() => d("30"))).toBe('--x: expected a duration like 500ms, 30s or 5m, got "30"');
    expect(messageOf(() => d("soon"))).toContain("expected a duration");
    expect([formatDuration(30_000), formatDuration(1500), formatDuration(7_200_000), formatDuration(0)]).toEqual([
      "30s",
      "1500ms",
      "2h",
      "0ms",
    ]);
  });

  it("URLs: parseable, with an allowed protocol, optionally a list", () => {
    const nats = { type: "url", protocols: ["nats:", "tls:"], list: true } as const;
    expect(convert(nats, "nats://a:4222, tls://b:4222")).toBe("nats://a:4222, tls://b:4222");
    expect(messageOf(() => convert(nats, "http://a:80"))).toBe('--x: expected a nats: or tls: URL, got "http://a:80"');
    expect(messageOf(() => convert(nats, "nats://a:4222,,"))).toBe(
      '--x: expected a URL like nats://host:port, got "nats://a:4222,,"',
    );
    expect(messageOf(() => convert({ type: "url", protocols: ["http:"] }, "localhost"))).toBe(
      '--x: expected a URL like http://host:port, got "localhost"',
    );
  });

  it("enums, strings with a pattern, and paths", () => {
    expect(convert({ type: "enum", values: ["info", "debug"] }, "debug")).toBe("debug");
    expect(messageOf(() => convert({ type: "enum", values: ["info", "debug"] }, "loud"))).toBe(
      '--x: expected one of info, debug, got "loud"',
    );
    expect(convert({ type: "string", pattern: /^[a-z]+$/ }, "zone")).toBe("zone");
    expect(messageOf(() => convert({ type: "string", pattern: /^[a-z]+$/ }, "Zone 1"))).toBe(
      '--x: expected a value matching /^[a-z]+$/, got "Zone 1"',
    );
    expect(convert({ type: "path" }, "./zones/svs")).toBe("./zones/svs");
    expect(messageOf(() => convert({ type: "path" }, ""))).toBe('--x: expected a path, got ""');
  });

  it("keeps an error one bounded line whatever the input", () => {
    const msg = messageOf(() => convert({ type: "port" }, `${"9".repeat(500)}\n--evil`));
    expect(msg).not.toContain("\n");
    expect(msg.length).toBeLessThan(140);
  });
});
