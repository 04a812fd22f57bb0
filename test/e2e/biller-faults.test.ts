import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BotClient, ChatType, S2CType } from "@zonebus/protocol";
import { type ServiceProcess, startServiceProcess } from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startBillerDouble } from "../support/biller-double/biller-double.js";
import type { BillerDouble, BillerProtocol } from "../support/biller-double/types.js";
import { Bots, startZoneOnBiller, until, untilOnBiller } from "../support/biller-zone.js";
import { type StandbyZone, startStandbyZone } from "../support/standby-zone.js";
import { metric, metricSum } from "../support/zone-probes.js";

const BAD_PASSWORD = 0x02;
const SERVER_BUSY = 0x0e;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const USERS = [
  { name: "Stayer", password: "spw", squad: "Knights" },
  { name: "Leaver", password: "lpw" },
  { name: "Regular", password: "rpw" },
];

/** Leaves (TCP PLEAVE, UDP logoff) the biller got from `zone` for `pid` since log index `from`. */
function leavesOf(biller: BillerDouble, zone: string, pid: number, from: number) {
  const type = biller.protocol === "tcp" ? "PLEAVE" : "logoff";
  return biller.log.slice(from).filter((r) => r.type === type && r.zone === zone && r.pid === pid);
}

describe.each<BillerProtocol>(["tcp", "udp"])("a %s biller that goes away", (protocol) => {
  let biller: BillerDouble;
  let dir: string;
  /** One all-in-one zone per fallback policy. */
  const zones = new Map<string, { proc: ServiceProcess; port: number }>();
  const bots = new Bots();
  const bot = (policy: string, name: string, password: string): Promise<BotClient> =>
    bots.connect(zones.get(policy)!.port, name, password);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `zb-biller-faults-${protocol}-`));
    biller = await startBillerDouble({ protocol, users: USERS });
    for (const policy of ["asss", "refuse", "cached"]) {
      const zone = await startZoneOnBiller({
        zoneId: `zb${policy}`,
        biller: `${protocol}://127.0.0.1:${biller.port}`,
        dataDir: join(dir, policy),
        args: ["--biller-fallback", policy],
      });
      zones.set(policy, zone);
    }
    for (const z of zones.values()) await untilOnBiller(z.proc);
  });
  afterAll(async () => {
    await bots.disconnectAll();
    for (const z of zones.values()) await z.proc.stop();
    await biller.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("players stay; new logins follow each fallback policy; leaves made meanwhile reach the biller once when it returns", async () => {
    // A login through the biller, remembered by the cached policy's zone.
    const regular = await bot("cached", "Regular", "rpw");
    expect((await regular.login()).code).toBe(0);
    await sleep(500);
    await regular.disconnect();

    const stayer = await bot("asss", "Stayer", "spw");
    expect((await stayer.login()).code).toBe(0);
    await stayer.enterArena({ arenaName: "0" });
    const leaver = await bot("asss", "Leaver", "lpw");
    expect((await leaver.login()).code).toBe(0);
    const leaverEntry = await leaver.enterArena({ arenaName: "0" });

    const lost = stayer.waitFor(S2CType.Chat, (c) => /Connection to user database server lost/.test(c.text), 10_000);
    await biller.stop();
    await lost;
    for (const z of zones.values())
      await until(
        "the zone to see the biller gone",
        async () => (await metric(z.proc, "zb_biller_connected")) === 0,
        10_000,
      );

    // Players stay and play.
    const heard = stayer.waitFor(S2CType.Chat, (c) => c.text === "still here", 5_000);
    leaver.chat(ChatType.Public, "still here");
    await heard;

    // asss: an unknown name comes in (unauthenticated; with the UDP protocol as ^Guest).
    const guest = await bot("asss", "Guest", "any");
    expect((await guest.login()).code).toBe(0);
    const guestEntry = await guest.enterArena({ arenaName: "0" });
    expect(guestEntry.players.get(guestEntry.pid)?.name).toBe(protocol === "udp" ? "^Guest" : "Guest");
    // refuse: nobody the password file does not prove.
    expect((await (await bot("refuse", "Guest2", "any")).login()).code).toBe(SERVER_BUSY);
    // cached: the name that logged in through the biller, with its password; not with another, not others.
    expect((await (await bot("cached", "Regular", "rpw")).login()).code).toBe(0);
    expect((await (await bot("cached", "Regular", "wrong")).login()).code).toBe(BAD_PASSWORD);
    expect((await (await bot("cached", "Guest3", "any")).login()).code).toBe(SERVER_BUSY);

    // A leave while the biller is away waits in the store.
    const before = biller.log.length;
    await leaver.disconnect();
    await sleep(1_500);
    const restored = stayer.waitFor(
      S2CType.Chat,
      (c) => /Connection to user database server restored/.test(c.text),
      30_000,
    );
    await biller.restart();
    await restored;
    await until("the leave replayed", () => leavesOf(biller, "zbasss", leaverEntry.pid, before).length > 0, 15_000);
    await sleep(3_000);
    expect(leavesOf(biller, "zbasss", leaverEntry.pid, before)).toHaveLength(1);
    // The fallback guest was never the biller's: it hears nothing of him.
    await guest.disconnect();
    await sleep(2_500);
    expect(leavesOf(biller, "zbasss", guestEntry.pid, before)).toHaveLength(0);
  });
});

describe.each<BillerProtocol>(["tcp", "udp"])("kill -9 of the active bridge to a %s biller", (protocol) => {
  let biller: BillerDouble;
  let zone: StandbyZone | undefined;
  const bridges: ServiceProcess[] = [];
  let secondReplica: ServiceProcess | undefined;
  const bots = new Bots();
  const env = { NATS_URL: "", ZONE_ID: `bridge${protocol}${Date.now()}` };

  beforeAll(async () => {
    env.NATS_URL = inject("natsUrl");
    biller = await startBillerDouble({ protocol, users: USERS });
    const flag = ["--biller", `${protocol}://127.0.0.1:${biller.port}`];
    zone = await startStandbyZone(env, flag);
    for (const id of ["bridge-a", "bridge-b"])
      bridges.push(await startServiceProcess({ service: "biller-bridge", env, args: [...flag, "--bridge-id", id] }));
    await untilOnBiller(bridges[0]!);
    secondReplica = await startServiceProcess({ service: "arena", env, args: ["--replica-id", "arena-2"] });
  });
  afterAll(async () => {
    await bots.disconnectAll();
    for (const b of bridges) await b.stop();
    await secondReplica?.stop();
    await zone?.stop();
    await biller.stop();
  });

  const connect = (name: string, password: string): Promise<BotClient> => bots.connect(zone!.port, name, password);

  it("channel chat crosses arenas on different replicas through the master and the biller", async () => {
    const east = await connect("Regular", "rpw");
    expect((await east.login()).code).toBe(0);
    const eastPid = (await east.enterArena({ arenaType: -3, arenaName: "east" })).pid;
    // Replicas report their arenas in heartbeats (every second): after one, "west" goes to the empty one.
    await sleep(2_500);
    const west = await connect("Stayer", "spw");
    expect((await west.login()).code).toBe(0);
    const westPid = (await west.enterArena({ arenaType: -3, arenaName: "west" })).pid;
    // The second new arena went to the replica holding none.
    expect(await metricSum(secondReplica!, "zb_arena_attached_total")).toBe(1);
    for (const b of [east, west]) b.chat(ChatType.Public, "?chat=relay");
    await until(
      "both on the channel",
      () => biller.log.filter((r) => /relay/.test(JSON.stringify(r.fields))).length >= 2,
      5_000,
    );
    const heard = west.waitFor(
      S2CType.Chat,
      (c) => c.chatType === ChatType.Channel && /over the replicas/.test(c.text),
      8_000,
    );
    east.chat(ChatType.Channel, "over the replicas");
    expect((await heard).text).toMatch(/^1:Regular> over the replicas$/);
    const start = biller.log.length;
    for (const b of [east, west]) await b.disconnect();
    // Their leaves reach the biller before the next test, whose players may get the same pids.
    await until(
      "the leaves of this test's players",
      () => [eastPid, westPid].every((pid) => leavesOf(biller, env.ZONE_ID, pid, start).length === 1),
      10_000,
    );
  });

  it("the standby takes over; leaves made while no bridge was active reach the biller once", async () => {
    const stayer = await connect("Stayer", "spw");
    expect((await stayer.login()).code).toBe(0);
    await stayer.enterArena({ arenaName: "0" });
    const leaver = await connect("Leaver", "lpw");
    expect((await leaver.login()).code).toBe(0);
    const leaverEntry = await leaver.enterArena({ arenaName: "0" });
    expect(await metric(bridges[1]!, "zb_biller_bridge_active")).toBe(0);

    const before = biller.log.length;
    await bridges[0]!.kill();
    await leaver.disconnect();
    await until(
      "the standby bridge on the biller",
      async () => (await metric(bridges[1]!, "zb_biller_connected")) === 1,
      15_000,
    );
    expect(await metric(bridges[1]!, "zb_biller_bridge_active")).toBe(1);
    await until("the leave replayed", () => leavesOf(biller, env.ZONE_ID, leaverEntry.pid, before).length > 0, 15_000);
    await sleep(3_000);
    expect(leavesOf(biller, env.ZONE_ID, leaverEntry.pid, before)).toHaveLength(1);
    // Logins go through the biller again.
    const again = await connect("Regular", "wrong");
    expect((await again.login()).code).toBe(BAD_PASSWORD);
  });
});
