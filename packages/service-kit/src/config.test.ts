import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { helpText, parseConfig } from "./config.js";
import { ConfigError } from "./errors.js";

const schema = {
  natsUrl: {
    flag: "nats-url",
    env: "NATS_URL",
    type: "url",
    protocols: ["nats:", "tls:"],
    list: true,
    description: "NATS servers",
  },
  port: { flag: "port", env: "PORT", type: "port", default: 5000, description: "game port" },
  pretty: { flag: "pretty", env: "PRETTY", type: "boolean", default: false, description: "pretty logs" },
  idle: { flag: "idle", type: "duration", default: 30_000, description: "idle timeout" },
  zones: { flag: "zones-dir", env: "ZONES_DIR", type: "path", required: true, description: "zone folders" },
} as const;

const parse = (argv: string[], env: Record<string, string> = { ZONES_DIR: "/z" }) => {
  const res = parseConfig("svc", schema, argv, env);
  if ("help" in res) throw new Error("unexpected help");
  return res.config;
};

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error("expected a ConfigError");
}

describe("parseConfig sources", () => {
  it("takes defaults, then environment, then flags", () => {
    expect(parse([]).port).toBe(5000);
    expect(parse([], { ZONES_DIR: "/z", PORT: "6000" }).port).toBe(6000);
    expect(parse(["--port", "7000"], { ZONES_DIR: "/z", PORT: "6000" }).port).toBe(7000);
    expect(parse(["--port=7001"], { ZONES_DIR: "/z", PORT: "6000" }).port).toBe(7001);
  });

  it("treats an empty environment variable as unset", () => {
    expect(parse([], { ZONES_DIR: "/z", PORT: "" }).port).toBe(5000);
    const err = configError(() => parse([], { ZONES_DIR: "" }));
    expect(err.code).toBe("CONFIG_MISSING");
  });

  it("returns a frozen config holding only declared keys", () => {
    const config = parse(["--zones-dir", "/srv/zones"], { ZONES_DIR: "/z", UNRELATED: "x" });
    expect(Object.isFrozen(config)).toBe(true);
    expect(config.zones).toBe("/srv/zones");
    expect(Object.keys(config).sort()).toEqual(["idle", "port", "pretty", "zones"]);
    expect(config.natsUrl).toBeUndefined();
  });

  it("reads booleans as a bare flag, a following word, =value and --no-", () => {
    expect(parse(["--pretty"]).pretty).toBe(true);
    expect(parse(["--pretty", "false", "--port", "1"]).pretty).toBe(false);
    expect(parse(["--pretty=yes"]).pretty).toBe(true);
    expect(parse(["--no-pretty"], { ZONES_DIR: "/z", PRETTY: "on" }).pretty).toBe(false);
    expect(parse([], { ZONES_DIR: "/z", PRETTY: "1" }).pretty).toBe(true);
  });
});

describe("parseConfig errors", () => {
  it("names an unknown option and suggests the near one", () => {
    const err = configError(() => parse(["--natsurl", "nats://x:1"]));
    expect(err.message).toBe("unknown option --natsurl (did you mean --nats-url?)");
    expect(err.code).toBe("CONFIG_UNKNOWN_OPTION");
    expect(configError(() => parse(["--prot=1"])).message).toBe("unknown option --prot (did you mean --port?)");
    expect(configError(() => parse(["--completely-different"])).message).toBe("unknown option --completely-different");
  });

  it("rejects stray arguments and flags missing their value", () => {
    expect(configError(() => parse(["5000"])).message).toBe(
      'unexpected argument "5000" (options look like --name value)',
    );
    const missing = configError(() => parse(["--port", "--pretty"]));
    expect(missing.message).toBe("--port: missing value");
    expect([missing.code, missing.key]).toEqual(["CONFIG_BAD_VALUE", "port"]);
    expect(configError(() => parse(["--nats-url"])).message).toBe("--nats-url: missing value");
  });

  it("says which flag or variable a required key can come from", () => {
    const err = configError(() => parse([], {}));
    expect(err.message).toBe("--zones-dir (or ZONES_DIR) is required");
    expect(err.key).toBe("zones");
    const flagOnly = { token: { flag: "token", type: "string", required: true, description: "t" } } as const;
    expect(configError(() => parseConfig("svc", flagOnly, [], {})).message).toBe("--token is required");
  });

  it("refuses a schema declaring one flag twice", () => {
    const twice = {
      a: { flag: "port", type: "port", description: "a" },
      b: { flag: "port", type: "port", description: "b" },
    } as const;
    expect(() => parseConfig("svc", twice, [], {})).toThrow("flag --port is declared twice");
  });

  it("throws only ConfigErrors, whatever the arguments", () => {
    const arg = fc.oneof(
      fc.string(),
      fc.constantFrom("--port", "--pretty", "--nats-url", "--idle", "--no-pretty", "--"),
    );
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 6 }), (argv) => {
        try {
          parseConfig("svc", schema, argv, { ZONES_DIR: "/z" });
        } catch (err) {
          expect(err).toBeInstanceOf(ConfigError);
          expect((err as Error).message).not.toContain("\n");
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("--help", () => {
  it("returns help text naming every flag, default and variable", () => {
    const res = parseConfig("gateway", schema, ["--port", "1", "--help"], {});
    if (!("help" in res)) throw new Error("expected help");
    expect(res.help.split("\n")[0]).toBe("usage: gateway [options]");
    expect(res.help).toMatch(/--nats-url <url,\.\.\.>\s+NATS servers \[env NATS_URL\]/);
    expect(res.help).toMatch(/--port <port>\s+game port \(default 5000\) \[env PORT\]/);
    expect(res.help).toMatch(/--idle <duration>\s+idle timeout \(default 30s\)/);
    expect(res.help).toMatch(/--zones-dir <path>\s+zone folders \(required\)/);
    expect(helpText("gateway", schema)).toBe(res.help);
  });
});
