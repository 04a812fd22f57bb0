import { randomBytes } from "node:crypto";
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { hashPassword } from "@zonebus/master";
import { BotClient, ChatType, ClientFeature, S2CType } from "@zonebus/protocol";
import { freePort, type ServiceProcess, startServiceProcess } from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metricSum } from "../support/zone-probes.js";

/** The ASSS dist zone from the read-only shared/ folder beside the repository. */
function asssDistZone(): string {
  for (let dir = resolve(import.meta.dirname); dirname(dir) !== dir; dir = dirname(dir))
    if (existsSync(join(dir, "shared", "zones", "asss-dist"))) return join(dir, "shared", "zones", "asss-dist");
  throw new Error("cannot find shared/zones/asss-dist beside the repository");
}

const STAFF_PASSWORD = "grel-secret";
const MAX_ARENAS = 6;
const CREATIONS = 3;
const BAD_PASSWORD = 0x02;

describe("hostile players against the master and the arenas (all-in-one, real UDP)", () => {
  let zone: ServiceProcess;
  let port: number;
  let dir: string;
  const bots: BotClient[] = [];

  /** A bot from a local address of its own (each 127.x address is its own client to the zone). */
  const bot = async (name: string, from: string, password = "pw", features = 0): Promise<BotClient> => {
    const b = await BotClient.connect({
      host: "127.0.0.1",
      port,
      name,
      password,
      encryption: "vie",
      localAddress: from,
      timeoutMs: 5_000,
      features,
    });
    bots.push(b);
    return b;
  };
  /** The next system message to `b` matching `re`, and the chat that asks for it. */
  const ask = async (b: BotClient, text: string, re: RegExp): Promise<string> => {
    const told = b.waitFor(S2CType.Chat, (c) => re.test(c.text), 5_000);
    b.chat(ChatType.Public, text);
    return (await told).text;
  };

  // Two ordinary players in arena 0; after each attack one chats and the other must hear it.
  let walker: BotClient;
  let watcher: BotClient;
  const stillPlays = async (tag: string) => {
    const heard = watcher.waitFor(S2CType.Chat, (c) => c.text === `still here ${tag}`, 5_000);
    walker.chat(ChatType.Public, `still here ${tag}`);
    await heard;
    const newcomer = await bot(`new${tag}`, "127.0.0.1");
    expect((await newcomer.login()).code).toBe(0);
    await newcomer.enterArena({ arenaName: "0" });
    const seen = walker.waitFor(S2CType.Chat, (c) => c.text === `hello ${tag}`, 5_000);
    newcomer.chat(ChatType.Public, `hello ${tag}`);
    await seen;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "zb-hostile-master-"));
    // ASSS's dist zone (Grelminar = sysop in staff.conf), plus Mallory: staff without a password entry.
    const zoneDir = join(dir, "zone");
    cpSync(asssDistZone(), zoneDir, { recursive: true });
    appendFileSync(join(zoneDir, "conf", "staff.conf"), "\n[(global)]\nMallory = sysop\n");
    const passwd = join(dir, "passwd");
    writeFileSync(passwd, `Grelminar = ${hashPassword(STAFF_PASSWORD, randomBytes(16))}\n`);
    port = await freePort();
    // An alias back to this zone's own gateway, for a redirect and its ticket.
    appendFileSync(join(zoneDir, "conf", "global.conf"), `\n[Redirects]\nself = 127.0.0.1:${port}:0\n`);
    zone = await startServiceProcess({
      service: "all-in-one",
      args: [
        ...["--port", String(port), "--host", "127.0.0.1", "--data-dir", join(dir, "data")],
        ...["--zone", zoneDir, "--passwd", passwd, "--allow-unknown", "true"],
        ...["--max-arenas", String(MAX_ARENAS), "--arena-creations", String(CREATIONS)],
        ...["--empty-arena-grace", "1s"],
        // The gateway's own login limit per address is opened wide: the flood must reach the master.
        ...["--login-rate", "10000", "--login-burst", "10000"],
      ],
    });
    walker = await bot("walker", "127.0.0.1");
    watcher = await bot("watcher", "127.0.0.1");
    for (const b of [walker, watcher]) {
      expect((await b.login()).code).toBe(0);
      await b.enterArena({ arenaName: "0" });
    }
  });
  afterAll(async () => {
    for (const b of bots) await b.disconnect().catch(() => undefined);
    expect(await zone.stop()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it("a staff name logged in without its password gets no rights; with its password ?drain and ?redirect pass", async () => {
    const mallory = await bot("Mallory", "127.0.0.2", "anything");
    expect((await mallory.login()).code).toBe(0);
    await mallory.enterArena({ arenaName: "0" });
    expect(await ask(mallory, "?drain local", /drain/)).toBe("?drain is for moderators");
    expect(await ask(mallory, "?redirect 1.2.3.4:5000 walker", /redirect/)).toBe("?redirect is for moderators");
    await expect.poll(() => zone.output()).toContain("staff name logged in without authenticating");

    const impostor = await bot("Grelminar", "127.0.0.3", "guess");
    expect((await impostor.login()).code).toBe(BAD_PASSWORD);
    const grel = await bot("Grelminar", "127.0.0.4", STAFF_PASSWORD);
    expect((await grel.login()).code).toBe(0);
    await grel.enterArena({ arenaName: "0" });
    // The capability check passes: the command runs and answers about its arguments.
    expect(await ask(grel, "?drain nosuch", /drain/)).toMatch(/^usage: \?drain .*replicas: local$/);
    expect(await ask(grel, "?redirect nowhere walker", /redirect/)).toMatch(/^usage: \?redirect/);
    await stillPlays("a");
  });

  it("arena creation is capped per player and per zone; empty arenas close after the grace", async () => {
    const rssBefore = await metricSum(zone, "process_resident_memory_bytes");
    const builder = await bot("builder", "127.0.0.5");
    expect((await builder.login()).code).toBe(0);
    for (let i = 1; i <= CREATIONS; i++) await builder.enterArena({ arenaName: `spam${i}` });
    // Past its creations the player is told and put back where it was (spam3).
    const told = builder.waitFor(S2CType.Chat, (c) => c.text.startsWith(`You created ${CREATIONS} arenas`), 5_000);
    await builder.enterArena({ arenaName: "spam4" });
    await told;
    expect(await metricSum(zone, "zb_master_arena_refusals_total", 'reason="player_rate"')).toBeGreaterThanOrEqual(1);

    // spam1 and spam2 are left empty: they close after the grace, their leases released.
    await expect.poll(() => zone.output(), { timeout: 10_000 }).toMatch(/"arena":"spam2".*"arena closed: empty"/);
    expect(zone.output()).toMatch(/"arena":"spam1".*"arena closed: empty"/);
    expect(zone.output()).not.toMatch(/"arena":"spam3".*"arena closed: empty"/);

    // The zone holds 0 and spam3; one new arena per player up to the cap, then refused.
    const outcomes: string[] = [];
    for (let i = 1; i <= MAX_ARENAS - 1; i++) {
      const b = await bot(`settler${i}`, "127.0.0.6");
      expect((await b.login()).code).toBe(0);
      const refused = b.waitFor(S2CType.Chat, (c) => c.text.startsWith("The zone holds its most arenas"), 3_000);
      const entered = b.enterArena({ arenaName: `cap${i}`, timeoutMs: 3_000 });
      outcomes.push(await Promise.any([entered.then(() => "entered"), refused.then(() => "refused")]));
    }
    const rssAfter = await metricSum(zone, "process_resident_memory_bytes");
    console.log(
      `arena cap ${MAX_ARENAS}, ${CREATIONS} creations per player: new-arena outcomes ${outcomes.join(", ")}; ` +
        `RSS ${(rssBefore / 2 ** 20).toFixed(1)} → ${(rssAfter / 2 ** 20).toFixed(1)} MiB`,
    );
    expect(outcomes).toEqual([...Array(MAX_ARENAS - 2).fill("entered"), "refused"]);
    expect(await metricSum(zone, "zb_master_arena_refusals_total", 'reason="zone_full"')).toBeGreaterThanOrEqual(1);
    expect(await metricSum(zone, "zb_arena_closed_empty_total")).toBeGreaterThanOrEqual(2);
    await stillPlays("b");
  });

  it("a zeroed login with login id 0 cannot use the ticket of a client that echoes the login id", async () => {
    const grel = await bot("Grelminar", "127.0.0.7", STAFF_PASSWORD, ClientFeature.Redirect);
    expect((await grel.login()).code).toBe(0);
    await grel.enterArena({ arenaName: "0" });
    const redirect = grel.waitFor(S2CType.Redirect, () => true, 5_000);
    grel.chat(ChatType.Public, "?go self");
    expect((await redirect).loginId).not.toBe(0);
    // Same name, same address, zeroed password, no login id: refused, and the ticket is kept.
    const forger = await bot("Grelminar", "127.0.0.7");
    expect((await forger.login({ zeroPassword: true, loginId: 0 })).code).toBe(BAD_PASSWORD);
    expect(await metricSum(zone, "zb_master_redirect_logins_total", 'result="missing_login_id"')).toBe(1);
    const followed = await grel.followRedirect();
    bots.push(followed.bot);
    expect(followed.login.code).toBe(0);
    expect(followed.entry).toBeDefined();
    // The redirected staff member keeps its proved name, and so its rights.
    expect(await ask(followed.bot, "?drain nosuch", /drain/)).toMatch(/^usage: \?drain/);
    await stillPlays("d");
  });

  it("a password-guessing flood on a staff name backs off while another player logs in promptly", async () => {
    const rssBefore = await metricSum(zone, "process_resident_memory_bytes");
    const attackers = await Promise.all([1, 2, 3, 4].map((i) => bot("Grelminar", `127.0.0.${10 + i}`, `guess${i}`)));
    let attempts = 0;
    let timedOut = 0;
    const codes = new Map<number, number>();
    const floodUntil = Date.now() + 4_000;
    const flood = Promise.all(
      attackers.map(async (a) => {
        while (Date.now() < floodUntil) {
          attempts++;
          try {
            const { code } = await a.login({ timeoutMs: 2_000 });
            codes.set(code, (codes.get(code) ?? 0) + 1);
          } catch {
            timedOut++;
          }
        }
      }),
    );
    await new Promise((r) => setTimeout(r, 1_000));
    const t0 = performance.now();
    const latecomer = await bot("latecomer", "127.0.0.1");
    expect((await latecomer.login()).code).toBe(0);
    const loginMs = performance.now() - t0;
    await latecomer.enterArena({ arenaName: "0" });
    await flood;
    const hashed = await metricSum(zone, "zb_master_login_refusals_total", 'reason="bad_password"');
    const backedOff =
      (await metricSum(zone, "zb_master_login_refusals_total", 'reason="backoff_address"')) +
      (await metricSum(zone, "zb_master_login_refusals_total", 'reason="backoff_name"'));
    const rssAfter = await metricSum(zone, "process_resident_memory_bytes");
    console.log(
      `password flood: ${attempts} attempts in 4 s from 4 addresses (codes ${JSON.stringify(Object.fromEntries(codes))}, ` +
        `${timedOut} unanswered); bad passwords hashed ${hashed}, refused by backoff ${backedOff}; ` +
        `another player's login took ${Math.round(loginMs)} ms; RSS ${(rssBefore / 2 ** 20).toFixed(1)} → ${(rssAfter / 2 ** 20).toFixed(1)} MiB`,
    );
    expect(codes.get(0) ?? 0).toBe(0);
    expect(backedOff).toBeGreaterThan(0);
    // Every guess past the first failures of the name is refused without hashing.
    expect(hashed).toBeLessThan(attempts / 2);
    expect(loginMs).toBeLessThan(2_000);
    await stillPlays("c");
  });
});
