import { spawn } from "node:child_process";
import { createSocket } from "node:dgram";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BotClient, S2CType } from "@zonebus/protocol";
import { freePort, startServiceProcess } from "@zonebus/testkit";
import { describe, expect, inject, it } from "vitest";

/** Runs a service's main with arguments until it exits; returns its exit code and stderr. */
function runToExit(
  service: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--conditions=@zonebus/source", "--import", "tsx", `services/${service}/src/main.ts`, ...args],
      {
        env: { ...process.env, ...env },
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

/** Pings a zone's ping port, retrying: UDP may drop a datagram on a loaded machine. */
async function ping(port: number, tries = 10): Promise<Buffer> {
  const sock = createSocket("udp4");
  try {
    return await new Promise<Buffer>((resolve, reject) => {
      let sent = 0;
      const send = () => {
        if (sent++ === tries) return reject(new Error(`no ping reply after ${tries} tries`));
        sock.send(Buffer.from([0x44, 0x33, 0x22, 0x11]), port, "127.0.0.1");
        timer = setTimeout(send, 1_000);
      };
      let timer: NodeJS.Timeout | undefined;
      sock.on("message", (m) => {
        clearTimeout(timer);
        resolve(m);
      });
      send();
    });
  } finally {
    sock.close();
  }
}

describe("starting zonebus", () => {
  it("runs the all-in-one zone, answers the ping port and exits 0 on SIGINT", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zb-aio-"));
    try {
      const port = await freePort();
      const zone = await startServiceProcess({
        service: "all-in-one",
        args: ["--port", String(port), "--data-dir", dir],
      });
      const reply = await ping(port + 1).catch((err: Error) => {
        throw new Error(`${err.message}; zone output:\n${zone.output()}`);
      });
      expect(reply.toString("hex")).toBe("0000000044332211");
      const code = await zone.stop();
      expect(code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("runs master, arena and gateway as separate processes against NATS", async () => {
    const env = { NATS_URL: inject("natsUrl"), ZONE_ID: `z${Date.now()}` };
    const port = await freePort();
    const procs = [
      await startServiceProcess({ service: "master", env }),
      await startServiceProcess({ service: "arena", env, args: ["--replica-id", "a1"] }),
      await startServiceProcess({ service: "gateway", env, args: ["--port", String(port), "--host", "127.0.0.1"] }),
    ];
    expect((await ping(port + 1)).length).toBe(8);
    const metrics = await (await fetch(`http://127.0.0.1:${procs[2]!.opsPort}/metrics`)).text();
    expect(metrics).toContain('zb_gateway_ping_datagrams_total{port="ping",result="answered",service="gateway"} 1');
    for (const p of procs.reverse()) expect(await p.stop()).toBe(0);
  });

  it("refuses an unknown option in one line", async () => {
    const res = await runToExit("master", ["--natsurl", "nats://127.0.0.1:1"]);
    expect(res.code).toBe(2);
    expect(res.stderr.trim()).toBe("zonebus: error: unknown option --natsurl (did you mean --nats-url?)");
  });

  it("refuses a bad NATS URL in one line", async () => {
    const res = await runToExit("gateway", [], { NATS_URL: "http://127.0.0.1:4222" });
    expect(res.code).toBe(2);
    expect(res.stderr.trim()).toBe(
      'zonebus: error: NATS_URL: expected a nats: or tls: URL, got "http://127.0.0.1:4222"',
    );
  });

  it("says which port is in use", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zb-aio-"));
    const blocker = createSocket("udp4");
    try {
      const port = await freePort();
      await new Promise<void>((r) => blocker.bind(port, "0.0.0.0", () => r()));
      const res = await runToExit("all-in-one", ["--port", String(port), "--ops-port", "0", "--data-dir", dir]);
      expect(res.code).toBe(1);
      expect(res.stderr.trim()).toBe(`zonebus: error: game port UDP 0.0.0.0:${port} is already in use`);
    } finally {
      blocker.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a client send limit that starts above its ceiling, naming the rule", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zb-aio-"));
    try {
      const args = ["--bandwidth-initial", "9000", "--bandwidth-max", "6000", "--ops-port", "0", "--data-dir", dir];
      const res = await runToExit("all-in-one", args);
      expect(res.code).toBe(1);
      expect(res.stderr.trim()).toBe(
        "zonebus: error: --bandwidth-initial (9000) must not exceed --bandwidth-max (6000)",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("sends S2C 0x27 keepalives to a player in an arena, and none to one who has not entered", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zb-aio-"));
    const port = await freePort();
    const zone = await startServiceProcess({
      service: "all-in-one",
      args: ["--port", String(port), "--host", "127.0.0.1", "--data-dir", dir, "--keepalive", "200ms"],
    });
    const bots: BotClient[] = [];
    try {
      for (const name of ["inside", "outside"]) {
        const bot = await BotClient.connect({ host: "127.0.0.1", port, name, encryption: "vie" });
        bots.push(bot);
        expect((await bot.login()).code).toBe(0);
      }
      const [inside, outside] = bots;
      await inside!.enterArena();
      const unexpected = outside!.waitFor(S2CType.KeepAlive, () => true, 1_000);
      await inside!.waitFor(S2CType.KeepAlive, () => true, 2_000);
      await inside!.waitFor(S2CType.KeepAlive, () => true, 2_000);
      await expect(unexpected).rejects.toThrow();
    } finally {
      for (const b of bots) await b.disconnect().catch(() => undefined);
      await zone.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("forgets, after a kill -9 and a restart, the players the killed zone had (nobody is connected then)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zb-aio-"));
    const port = await freePort();
    const args = ["--port", String(port), "--host", "127.0.0.1", "--data-dir", dir];
    const players = async (opsPort: number) => {
      const text = await (await fetch(`http://127.0.0.1:${opsPort}/metrics`)).text();
      return Number(/^zb_master_players\{[^}]*\} (\d+)$/m.exec(text)?.[1]);
    };
    try {
      const first = await startServiceProcess({ service: "all-in-one", args });
      const bot = await BotClient.connect({ host: "127.0.0.1", port, name: "crashed", encryption: "vie" });
      expect((await bot.login()).code).toBe(0);
      await bot.enterArena();
      expect(await players(first.opsPort)).toBe(1);
      await first.kill();
      await bot.disconnect().catch(() => undefined);
      // Past the second a record is spared for (a login reply may be on its way).
      await new Promise((r) => setTimeout(r, 1_100));
      const second = await startServiceProcess({ service: "all-in-one", args });
      try {
        expect(await players(second.opsPort)).toBe(0);
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
