import { describe, expect, it } from "vitest";
import { KvServerError } from "./errors.js";
import { checkServerInfo } from "./server-check.js";

describe("checkServerInfo", () => {
  it("accepts 2.9 and newer servers with JetStream", () => {
    for (const version of ["2.9.10", "2.9.0", "2.10.22", "2.11.0-beta.1", "3.0.0", "v2.12.1"])
      expect(() => checkServerInfo({ version, jetstream: true })).not.toThrow();
  });

  it("refuses older servers, naming the version and the minimum", () => {
    for (const version of ["2.8.4", "2.2.0", "1.4.1"]) {
      expect(() => checkServerInfo({ version, jetstream: true })).toThrow(KvServerError);
      expect(() => checkServerInfo({ version, jetstream: true })).toThrow(`nats-server ${version} is too old`);
    }
    expect(() => checkServerInfo({ version: "2.8.4", jetstream: true })).toThrow("2.9 or newer");
  });

  it("refuses a server without JetStream, an unreadable version and a missing INFO", () => {
    expect(() => checkServerInfo({ version: "2.9.10" })).toThrow(/no JetStream: start it with -js/);
    expect(() => checkServerInfo({ version: "2.9.10", jetstream: false })).toThrow(KvServerError);
    expect(() => checkServerInfo({ version: "nightly", jetstream: true })).toThrow(/cannot be read/);
    expect(() => checkServerInfo(undefined)).toThrow(/no server info/);
    const thrown = (() => {
      try {
        checkServerInfo({ version: "2.8.0", jetstream: true });
      } catch (err) {
        return err;
      }
    })();
    expect(thrown).toMatchObject({ code: "KV_SERVER", name: "KvServerError" });
  });
});
