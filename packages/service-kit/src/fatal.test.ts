import { describe, expect, it } from "vitest";
import { ConfigError, KitErrorCode, OpsServerError } from "./errors.js";
import { formatFatal } from "./fatal.js";

describe("formatFatal", () => {
  it("prints kit errors as their own message", () => {
    expect(
      formatFatal(
        new ConfigError("unknown option --natsurl (did you mean --nats-url?)", KitErrorCode.ConfigUnknownOption),
      ),
    ).toBe("zonebus: error: unknown option --natsurl (did you mean --nats-url?)");
    expect(
      formatFatal(new OpsServerError("ops port 127.0.0.1:9100 is already in use", KitErrorCode.OpsPortInUse)),
    ).toBe("zonebus: error: ops port 127.0.0.1:9100 is already in use");
  });

  it("appends the code of other coded errors unless the message has it", () => {
    const refused = Object.assign(new Error("connect failed"), { code: "ECONNREFUSED" });
    expect(formatFatal(refused)).toBe("zonebus: error: connect failed (ECONNREFUSED)");
    const said = Object.assign(new Error("ENOENT: no such file, open 'x'"), { code: "ENOENT" });
    expect(formatFatal(said)).toBe("zonebus: error: ENOENT: no such file, open 'x'");
    expect(formatFatal(Object.assign(new Error("odd"), { code: 42 }))).toBe("zonebus: error: odd");
  });

  it("keeps anything on one line", () => {
    expect(formatFatal(new Error("first\n  second\r\nthird"))).toBe("zonebus: error: first second third");
    expect(formatFatal("plain text")).toBe("zonebus: error: plain text");
    expect(formatFatal(undefined)).toBe("zonebus: error: undefined");
    expect(formatFatal(new TypeError(""))).toBe("zonebus: error: TypeError");
  });
});
