import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { ConfigError } from "./errors.js";
import { createRootLogger } from "./logger.js";

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  });
  return { stream, text: () => chunks.join("") };
}

describe("createRootLogger", () => {
  it("writes JSON lines carrying the process name and a child's fields", () => {
    const out = sink();
    const root = createRootLogger({ name: "gateway", level: "info", pretty: false, destination: out.stream });
    root.child({ svc: "udp", conn: "1.2.3.4:5000" }).info({ pid: 7 }, "entered arena");
    root.debug("hidden below info");
    const lines = out.text().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      name: "gateway",
      svc: "udp",
      conn: "1.2.3.4:5000",
      pid: 7,
      msg: "entered arena",
      level: 30,
    });
  });

  it("writes human lines when pretty", () => {
    const out = sink();
    const root = createRootLogger({ name: "master", pretty: true, destination: out.stream });
    root.child({ svc: "login" }).warn("slow login");
    const text = out.text();
    expect(text).toContain("WARN");
    expect(text).toContain("slow login");
    expect(text).toContain('svc: "login"');
    expect(() => JSON.parse(text)).toThrow();
  });

  it("rejects an unknown level at creation", () => {
    const create = () => createRootLogger({ name: "x", level: "loud", pretty: false, destination: sink().stream });
    expect(create).toThrow(ConfigError);
    expect(create).toThrow('log level: expected one of trace, debug, info, warn, error, fatal, silent, got "loud"');
  });
});
