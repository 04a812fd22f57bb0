import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freeUdpPortPair, type ServiceProcess, startServiceProcess } from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LoadGenerator } from "./load-generator.js";
import { loadOptions } from "./options.js";
import type { SecondReport } from "./report.js";

describe("the load generator against an all-in-one zone over real UDP", () => {
  let zone: ServiceProcess;
  let port: number;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "zb-loadgen-"));
    port = await freeUdpPortPair();
    zone = await startServiceProcess({
      service: "all-in-one",
      args: ["--port", String(port), "--host", "127.0.0.1", "--data-dir", dir],
    });
  });
  afterAll(async () => {
    await zone?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("logs every bot in, measures relayed positions' latency and loses no connection", async () => {
    const seconds: SecondReport[] = [];
    let windowOpened = false;
    const generator = new LoadGenerator(
      loadOptions({ host: "127.0.0.1", port, bots: 6, arenas: 2, seconds: 5, rampMs: 1_000, warmupMs: 1_000 }),
      { onSecond: (r) => seconds.push(r), onMeasureStart: () => (windowOpened = true) },
    );
    const s = await generator.run();

    expect(windowOpened).toBe(true);
    expect(seconds.length).toBeGreaterThanOrEqual(4);
    expect(s.logins).toBe(6);
    expect(s.loginFailures).toBe(0);
    expect(s.disconnects).toBe(0);
    // Three bots per arena at 10 Hz: each receives the other two's positions.
    expect(s.positionsReceivedPerSecond).toBeGreaterThan(0);
    expect(s.latency.count).toBeGreaterThan(0);
    expect(s.latency.p50).toBeGreaterThan(0);
    expect(s.latency.max).toBeGreaterThanOrEqual(s.latency.p99);
    expect(s.unmatched).toBe(0);
    expect(s.deliveryRatio).toBeGreaterThan(0.5);
    expect(s.datagramsInPerSecond).toBeGreaterThan(0);
    expect(s.generatorCpuSeconds).toBeGreaterThan(0);
    await expect.poll(() => zone.output()).toContain(`${generator.options.namePrefix}-5`);
  });

  it("runs from the command line, printing JSON per second and a summary, exit code 0", async () => {
    const main = resolve(import.meta.dirname, "main.ts");
    const args = ["--server", `127.0.0.1:${port}`, "--bots", "4", "--seconds", "4", "--ramp", "1s", "--warmup", "1s"];
    const child = spawn(
      process.execPath,
      ["--conditions=@zonebus/source", "--import", "tsx", main, ...args, "--json"],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    const code = await new Promise<number | null>((done) => child.once("exit", done));
    const lines = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { type: string; logins?: number });
    expect(code).toBe(0);
    expect(lines.filter((l) => l.type === "second").length).toBeGreaterThanOrEqual(3);
    expect(lines.at(-1)).toMatchObject({ type: "summary", logins: 4, disconnects: 0 });
  });
});
