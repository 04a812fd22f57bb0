import { parseConfig } from "@zonebus/service-kit";
import { describe, expect, it } from "vitest";
import { LoadgenErrorCode } from "./errors.js";
import { sourceAddress } from "./load-bot.js";
import { fromConfig, loadOptions, loadOptionTable, parseServer } from "./options.js";

const base = { host: "127.0.0.1", port: 5000 };

describe("load options", () => {
  it("reads host:port, including a bracketed IPv6 host", () => {
    expect(parseServer("127.0.0.1:5000")).toEqual({ host: "127.0.0.1", port: 5000 });
    expect(parseServer("[::1]:5000")).toEqual({ host: "::1", port: 5000 });
  });

  it.each(["127.0.0.1", "host:0", "host:70000", ":5000", ""])("refuses --server %j with a clear error", (text) => {
    expect(() => parseServer(text)).toThrow(expect.objectContaining({ code: LoadgenErrorCode.BadOption }));
  });

  it("refuses a run no longer than its ramp and warm-up", () => {
    expect(() => loadOptions({ ...base, seconds: 5, rampMs: 4_000, warmupMs: 1_000 })).toThrow(/must be longer/);
  });

  it("refuses more bots per arena than 0x28's 8-bit pid tells apart", () => {
    expect(() => loadOptions({ ...base, bots: 300, arenas: 1 })).toThrow(/at most 255 bots per arena/);
    expect(loadOptions({ ...base, bots: 300, arenas: 2 }).bots).toBe(300);
  });

  it("spreads bots over loopback source addresses only for a loopback server", () => {
    expect(loadOptions({ ...base, sourceAddresses: 64 }).sourceAddresses).toBe(64);
    expect(() => loadOptions({ ...base, host: "10.0.0.5", sourceAddresses: 2 })).toThrow(/loopback/);
    expect(() => loadOptions({ ...base, sourceAddresses: 255 })).toThrow(/1 to 254/);
    expect([0, 63, 64].map((i) => sourceAddress(i, 64))).toEqual(["127.0.0.1", "127.0.0.64", "127.0.0.1"]);
  });

  it("refuses a password the login packet cannot carry", () => {
    expect(() => loadOptions({ ...base, password: "x".repeat(32) })).toThrow(/longer than 31/);
  });

  it("turns the command line into options, durations in ms", () => {
    const parsed = parseConfig(
      "load",
      loadOptionTable,
      [
        "--server",
        "127.0.0.2:6000",
        "--bots",
        "40",
        "--arenas",
        "4",
        "--seconds",
        "20",
        "--ramp",
        "3s",
        "--name-prefix",
        "ab",
      ],
      {},
    );
    if (!("config" in parsed)) throw new Error("expected a config");
    const o = fromConfig(parsed.config);
    expect(o).toMatchObject({ host: "127.0.0.2", port: 6000, bots: 40, arenas: 4, seconds: 20, rampMs: 3_000 });
    expect(o).toMatchObject({ rateHz: 10, fireIntervalMs: 2_000, encryption: "vie", namePrefix: "ab" });
  });
});
