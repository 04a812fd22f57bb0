import { describe, expect, it } from "vitest";
import { parseConfig } from "./config.js";
import { ConfigError } from "./errors.js";

const schema = {
  natsUrl: { flag: "nats-url", env: "NATS_URL", type: "url", protocols: ["nats:"], list: true, description: "NATS servers" },
  port: { flag: "port", env: "PORT", type: "port", default: 5000, description: "game port" },
  maxPlayers: { flag: "max-players", type: "int", min: 1, max: 1024, default: 255, description: "players" },
  pretty: { flag: "pretty", type: "boolean", default: false, description: "pretty logs" },
  level: { flag: "log-level", env: "LOG_LEVEL", type: "enum", values: ["debug", "info", "warn"], default: "info", description: "level" },
  timeout: { flag: "timeout", type: "duration", default: 30_000, description: "idle timeout" },
} as const;

const parse = (argv: string[], env: Record<string, string> = {}) => {
  const res = parseConfig("svc", schema, argv, env);
  if ("help" in res) throw new Error("unexpected help");
  return res.config;
};
const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err as ConfigError;
  }
  throw new Error("no error");
};

describe("parseConfig", () => {
  it("takes defaults, then environment, then flags", () => {
    expect(parse([]).port).toBe(5000);
    expect(parse([], { PORT: "6000" }).port).toBe(6000);
    expect(parse(["--port", "7000"], { PORT: "6000" }).port).toBe(7000);
    expect(parse(["--port=7001"]).port).toBe(7001);
  });

  it("converts booleans, durations, enums and URL lists", () => {
    const c = parse(["--pretty", "--timeout", "1.5s", "--log-level", "debug", "--nats-url", "nats://a:4222,nats://b:4222"]);
    expect([c.pretty, c.timeout, c.level, c.natsUrl]).toEqual([true, 1500, "debug", "nats://a:4222,nats://b:4222"]);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it("names the unknown option and suggests the near one", () => {
    const err = errorOf(() => parse(["--natsurl", "nats://x:1"]));
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toBe("unknown option --natsurl (did you mean --nats-url?)");
  });

  it("explains bad values in one line naming the key", () => {
    expect(errorOf(() => parse(["--port", "70000"])).message).toBe('--port: expected a port 1-65535, got "70000"');
    expect(errorOf(() => parse([], { NATS_URL: "http://x" })).message).toBe('NATS_URL: expected a nats: URL, got "http://x"');
    expect(errorOf(() => parse(["--max-players", "0"])).code).toBe("CONFIG_BAD_VALUE");
    expect(errorOf(() => parse(["--timeout", "soon"])).message).toContain("a duration");
  });

  it("returns help text instead of a config for --help", () => {
    const res = parseConfig("svc", schema, ["--help"], {});
    expect("help" in res && res.help).toContain("--nats-url");
  });

  it("fails when a required key has no value", () => {
    const req = { url: { flag: "url", env: "U", type: "string", required: true, description: "x" } } as const;
    expect(errorOf(() => parseConfig("svc", req, [], {})).message).toBe("--url (or U) is required");
  });
});
