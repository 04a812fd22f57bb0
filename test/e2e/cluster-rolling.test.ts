import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createSocket } from "node:dgram";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { hashPassword } from "@zonebus/master";
import { BotClient, ClientFeature, S2CType } from "@zonebus/protocol";
import { freePort } from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const ARENAS = ["alpha", "bravo"] as const;
/** Three players per gateway, spread over both arenas. */
const NAMES = Array.from({ length: 6 }, (_, i) => `roller${i}`);
const OBSERVER = "rollwatch";
const ROLLING_ORDER = ["gateway-1", "gateway-2", "master-1", "master-2", "arena-1", "arena-2"] as const;
const BOT_TIMEOUT_MS = 15_000;

/** A game port N whose ping port and gateway 2's pair (N+10, N+11) are free on loopback. */
async function freeClusterPort(): Promise<number> {
  const free = (port: number) =>
    new Promise<boolean>((res) => {
      const s = createSocket("udp4");
      s.once("error", () => {
        s.close();
        res(false);
      });
      s.bind(port, "127.0.0.1", () => s.close(() => res(true)));
    });
  for (let attempt = 0; attempt < 100; attempt++) {
    const n = 20_000 + Math.floor(Math.random() * 40_000);
    if ((await Promise.all([n, n + 1, n + 10, n + 11].map(free))).every(Boolean)) return n;
  }
  throw new Error("no free UDP ports for the cluster");
}

/** One player: its current connection, replaced each time a draining gateway redirects it. */
interface Player {
  readonly name: string;
  readonly arena: string;
  bot: BotClient;
  pid: number;
  following: Promise<void>;
  redirects: number;
}

function followRedirects(p: Player): void {
  p.bot.on(S2CType.Redirect, () => {
    p.following = (async () => {
      const followed = await p.bot.followRedirect({ timeoutMs: BOT_TIMEOUT_MS });
      expect(followed.login.code).toBe(0);
      p.bot = followed.bot;
      p.pid = followed.entry!.pid;
      p.redirects++;
      followRedirects(p);
    })();
  });
}

describe("npm run cluster: a rolling restart of every service with players on (processes, real UDP)", () => {
  let dir: string;
  let cluster: ChildProcess;
  let out = "";
  let port: number;
  let control: string;
  const players: Player[] = [];
  const extraBots: BotClient[] = [];

  beforeAll(async () => {
    for (const svc of ["gateway", "master", "arena"])
      if (!existsSync(join(ROOT, "services", svc, "dist", "main.js")))
        throw new Error("the cluster runs the compiled services: npm run build first");
    dir = mkdtempSync(join(tmpdir(), "zb-rolling-"));
    const passwd = join(dir, "passwd");
    const lines = [...NAMES, OBSERVER].map((n) => `${n} = ${hashPassword(`pw-${n}`, randomBytes(16))}`);
    writeFileSync(passwd, `${lines.join("\n")}\n`);
    port = await freeClusterPort();
    const controlPort = await freePort();
    control = `http://127.0.0.1:${controlPort}`;
    cluster = spawn(
      process.execPath,
      [
        ...["--import", "tsx", "cluster/main.ts", "--port", String(port), "--control-port", String(controlPort)],
        ...["--zone-id", `rolling${Date.now()}`, "--passwd", passwd, "--allow-unknown", "false"],
      ],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    cluster.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
    });
    cluster.stderr?.on("data", (d: Buffer) => {
      out += d.toString();
    });
    // The launcher prints its table, then this line, once every process is ready.
    await new Promise<void>((res, rej) => {
      const timer = setTimeout(() => rej(new Error(`cluster not ready after 90 s:\n${out}`)), 90_000);
      cluster.stdout?.on("data", () => {
        if (out.includes("cluster ready")) {
          clearTimeout(timer);
          res();
        }
      });
      cluster.once("exit", (code) => {
        clearTimeout(timer);
        rej(new Error(`cluster exited with ${code} before ready:\n${out}`));
      });
    });
  });

  afterAll(async () => {
    for (const b of [...players.map((p) => p.bot), ...extraBots]) await b.disconnect().catch(() => undefined);
    if (cluster.exitCode === null) {
      cluster.kill("SIGTERM");
      await new Promise((r) => cluster.once("exit", r));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("restarts each gateway, master and replica in turn; every player ends connected with its score", async () => {
    expect(out).toContain(`udp 127.0.0.1:${port} (ping ${port + 1})`);
    expect(out).toContain(`udp 127.0.0.1:${port + 10} (ping ${port + 11})`);
    for (const [i, name] of NAMES.entries()) {
      const bot = await BotClient.connect({
        host: "127.0.0.1",
        port: i < 3 ? port : port + 10,
        name,
        password: `pw-${name}`,
        encryption: "vie",
        timeoutMs: BOT_TIMEOUT_MS,
        features: ClientFeature.Redirect,
      });
      expect((await bot.login()).code).toBe(0);
      const arena = ARENAS[i % 2]!;
      const entry = await bot.enterArena({ arenaName: arena });
      const inShip = bot.waitFor(S2CType.ShipFreqChange, (c) => c.playerId === entry.pid);
      bot.setShip(1);
      await inShip;
      const p: Player = { name, arena, bot, pid: entry.pid, following: Promise.resolve(), redirects: 0 };
      followRedirects(p);
      players.push(p);
    }
    // In each arena (one player from each gateway at least), the first player dies to the second.
    const expected = new Map(NAMES.map((n) => [n, { kills: 0, deaths: 0, killPoints: 0 }]));
    for (const arena of ARENAS) {
      const [victim, killer] = players.filter((p) => p.arena === arena);
      const seen = killer!.bot.waitFor(S2CType.Kill, (k) => k.killedId === victim!.pid);
      victim!.bot.die(killer!.pid, 25);
      const kill = await seen;
      expected.get(victim!.name)!.deaths++;
      expected.get(killer!.name)!.kills++;
      expected.get(killer!.name)!.killPoints += kill.points;
    }

    const timings: { name: string; stopMs: number; startMs: number }[] = [];
    for (const name of ROLLING_ORDER) {
      const res = await fetch(`${control}/restart/${name}`, { method: "POST" });
      const body = (await res.json()) as { name: string; stopMs: number; startMs: number; error?: string };
      expect(res.status, body.error).toBe(200);
      timings.push(body);
      await Promise.all(players.map((p) => p.following));
      for (const p of players) expect([p.name, p.bot.closeReason, p.bot.inArena]).toEqual([p.name, undefined, true]);
    }
    console.log(
      `rolling restart (SIGTERM to exit, start to ready):\n${timings
        .map((t) => `  ${t.name.padEnd(10)} stop ${t.stopMs} ms, start ${t.startMs} ms`)
        .join("\n")}`,
    );
    // Each gateway's drain moved its players: those of gateway 1 twice, the others once.
    expect(players.map((p) => p.redirects)).toEqual([2, 2, 2, 1, 1, 1]);

    // A newcomer sees every player in its arena with the score it had before the restarts.
    const observer = await BotClient.connect({
      host: "127.0.0.1",
      port,
      name: OBSERVER,
      password: `pw-${OBSERVER}`,
      encryption: "vie",
      timeoutMs: BOT_TIMEOUT_MS,
    });
    extraBots.push(observer);
    expect((await observer.login()).code).toBe(0);
    const seen: [string, number, number, number][] = [];
    for (const arena of ARENAS) {
      const entry = await observer.enterArena({ arenaName: arena });
      for (const r of entry.players.values())
        if (r.name !== OBSERVER) seen.push([r.name, r.kills, r.deaths, r.killPoints]);
    }
    const want = NAMES.map((n) => {
      const e = expected.get(n)!;
      return [n, e.kills, e.deaths, e.killPoints];
    });
    expect(seen.sort((a, b) => a[0].localeCompare(b[0]))).toEqual(want);
    expect(players.every((p) => p.bot.closeReason === undefined)).toBe(true);
  });

  it("stops every process on SIGTERM, leaving none running", async () => {
    const children = (await (await fetch(`${control}/children`)).json()) as { name: string; pid?: number }[];
    const pids = children.map((c) => c.pid).filter((pid): pid is number => pid !== undefined);
    expect(pids).toHaveLength(7);
    for (const p of players) await p.bot.disconnect();
    const exited = new Promise<number | null>((r) => cluster.once("exit", r));
    cluster.kill("SIGTERM");
    expect(await exited).toBe(0);
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    expect(pids.filter(alive)).toEqual([]);
  });
});
