import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BotClient, ChatType, S2CType } from "@zonebus/protocol";
import type { ServiceProcess } from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBillerDouble } from "../support/biller-double/biller-double.js";
import type { BillerDouble, BillerProtocol } from "../support/biller-double/types.js";
import { Bots, startZoneOnBiller, until, untilOnBiller } from "../support/biller-zone.js";
import { metricSum } from "../support/zone-probes.js";

const NEW_USER = 0x01;
const BAD_PASSWORD = 0x02;
const LOCKED_OUT = 0x04;
/** A registration form (C2S 0x17) as a client fills it in. */
const FORM = {
  realName: "Isaac Newton",
  email: "isaac@example.org",
  city: "Woolsthorpe",
  state: "Lincs",
  sex: 77,
  age: 44,
  fromHome: 1,
  fromWork: 0,
  fromSchool: 0,
  processor: 586,
  unknown: 0,
  windowsRealName: "Isaac",
  organization: "Royal Society",
  drivers: Array.from({ length: 13 }, () => ""),
};
const ALICE_BANNER = Uint8Array.from({ length: 96 }, (_, i) => (i * 7) & 0xff);

/** Two all-in-one zones on one biller (the double), each a process with real UDP. */
describe.each<BillerProtocol>(["tcp", "udp"])("zones on a %s biller", (protocol) => {
  let biller: BillerDouble;
  let dir: string;
  const zones: { proc: ServiceProcess; port: number; name: string }[] = [];
  const bots = new Bots();
  const bot = (zonePort: number, name: string, password: string): Promise<BotClient> =>
    bots.connect(zonePort, name, password);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `zb-biller-${protocol}-`));
    biller = await startBillerDouble({
      protocol,
      users: [
        { name: "Alice", password: "apw", squad: "Knights", userId: 11, banner: ALICE_BANNER },
        { name: "Bob", password: "bpw", squad: "Rooks", userId: 12 },
        { name: "Carol", password: "cpw", userId: 13 },
        { name: "Mallet", password: "mpw", banned: "banned for cheating" },
      ],
    });
    for (const name of ["zbone", "zbtwo"]) {
      const zone = await startZoneOnBiller({
        zoneId: name,
        biller: `${protocol}://127.0.0.1:${biller.port}`,
        dataDir: join(dir, name),
      });
      zones.push({ ...zone, name });
    }
    for (const z of zones) await untilOnBiller(z.proc);
  });
  afterAll(async () => {
    await bots.disconnectAll();
    for (const z of zones) await z.proc.stop();
    await biller.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("logs a known user in with the biller's name and squad; a wrong password gets the biller's code", async () => {
    const alice = await bot(zones[0]!.port, "alice", "apw");
    expect((await alice.login()).code).toBe(0);
    const entry = await alice.enterArena({ arenaName: "0" });
    const self = entry.players.get(entry.pid);
    expect(self).toMatchObject({ name: "Alice", squad: "Knights" });
    await biller.waitFor((r) => r.type === (protocol === "tcp" ? "PLOGIN" : "login"), 2_000);

    const wrong = await bot(zones[0]!.port, "Carol", "nope");
    expect((await wrong.login()).code).toBe(BAD_PASSWORD);
  });

  it("a new user is told to create an account, and creating it lets him in", async () => {
    const first = await bot(zones[0]!.port, "Newton", "npw");
    expect((await first.login()).code).toBe(NEW_USER);
    await first.disconnect();
    const again = await bot(zones[0]!.port, "Newton", "npw");
    const created = await again.login({ create: true });
    expect(created.code).toBe(0);
    expect(biller.users.has("newton")).toBe(true);
    // The biller asked for the registration form (TCP WANTREG, UDP result 8): the client fills it in.
    expect(created.demographics).toBe(1);
    again.register(FORM);
    const form = await biller.waitFor((r) => r.type === (protocol === "tcp" ? "REGDATA" : "demographics"), 5_000);
    // "Isaac Newton" at the start of the form, as hex.
    expect(JSON.stringify(form.fields)).toMatch(/4973616163204e6577746f6e/);
  });

  it("a banned user is refused (VIE clients get 'locked out'; Continuum gets the text)", async () => {
    const mallet = await bot(zones[0]!.port, "Mallet", "mpw");
    expect((await mallet.login()).code).toBe(LOCKED_OUT);
  });

  it("a channel message reaches a member in another zone; :name: reaches a player in a second zone", async () => {
    const bob = await bot(zones[1]!.port, "Bob", "bpw");
    expect((await bob.login()).code).toBe(0);
    await bob.enterArena({ arenaName: "0" });
    const carol = await bot(zones[0]!.port, "Carol", "cpw");
    expect((await carol.login()).code).toBe(0);
    await carol.enterArena({ arenaName: "0" });
    for (const b of [bob, carol]) b.chat(ChatType.Public, "?chat=galaxy");
    await expect
      .poll(() => biller.log.filter((r) => /galaxy/.test(JSON.stringify(r.fields))).length, { timeout: 5_000 })
      .toBeGreaterThanOrEqual(2);
    const heard = bob.waitFor(
      S2CType.Chat,
      (c) => c.chatType === ChatType.Channel && /hello galaxy/.test(c.text),
      8_000,
    );
    carol.chat(ChatType.Channel, "hello galaxy");
    expect((await heard).text).toMatch(/^1:.*Carol.*hello galaxy$/);
    // ";channel;text" in the client: the channel named in the text.
    const named = bob.waitFor(S2CType.Chat, (c) => c.chatType === ChatType.Channel && /by name/.test(c.text), 8_000);
    carol.chat(ChatType.Channel, "galaxy;by name");
    expect((await named).text).toMatch(/^1:.*Carol.*by name$/);

    const remote = bob.waitFor(S2CType.Chat, (c) => c.chatType === ChatType.RemotePrivate, 8_000);
    carol.chat(ChatType.RemotePrivate, ":Bob:across zones");
    expect((await remote).text).toBe("(Carol)>across zones");

    // A squad message reaches the squad's members in every zone.
    const squad = bob.waitFor(
      S2CType.Chat,
      (c) => c.chatType === ChatType.RemotePrivate && /squad call/.test(c.text),
      8_000,
    );
    carol.chat(ChatType.RemotePrivate, ":#Rooks:squad call");
    expect((await squad).text).toBe("(#Rooks)(Carol)>squad call");
  });

  it("the biller hears of the leave (with the score, on the UDP protocol) when a player logs out", async () => {
    const alice = await bot(zones[0]!.port, "Alice", "apw");
    expect((await alice.login()).code).toBe(0);
    const entry = await alice.enterArena({ arenaName: "0" });
    const bob = await bot(zones[0]!.port, "Bob", "bpw");
    expect((await bob.login()).code).toBe(0);
    const bobEntry = await bob.enterArena({ arenaName: "0" });
    bob.setShip(1);
    alice.setShip(1);
    await new Promise((r) => setTimeout(r, 300));
    bob.die(entry.pid, 5);
    await new Promise((r) => setTimeout(r, 500));
    await alice.disconnect();
    const left = await biller.waitFor(
      (r) => (r.type === "PLEAVE" || r.type === "logoff") && r.pid === entry.pid && r.zone !== "",
      10_000,
    );
    if (protocol === "udp") expect(left.score).toMatchObject({ kills: 1 });
    expect(bobEntry.pid).not.toBe(entry.pid);
  });

  it("a score reset from the biller zeroes the scores of public arenas, for players in them and in the store", async () => {
    const killer = await bot(zones[1]!.port, "Alice", "apw");
    expect((await killer.login()).code).toBe(0);
    const killerEntry = await killer.enterArena({ arenaName: "0" });
    const victim = await bot(zones[1]!.port, "Carol", "cpw");
    expect((await victim.login()).code).toBe(0);
    await victim.enterArena({ arenaName: "0" });
    killer.setShip(1);
    victim.setShip(1);
    await new Promise((r) => setTimeout(r, 300));
    const kill = killer.waitFor(S2CType.Kill, () => true, 5_000);
    victim.die(killerEntry.pid, 7);
    expect((await kill).points).toBeGreaterThan(0);
    const reset = killer.waitFor(S2CType.ScoreReset, (p) => p.playerId === -1, 10_000);
    biller.scoreReset();
    await reset;
    // Entering again reads the stored score: zero.
    await killer.disconnect();
    await new Promise((r) => setTimeout(r, 500));
    const back = await bot(zones[1]!.port, "Alice", "apw");
    expect((await back.login()).code).toBe(0);
    const entry = await back.enterArena({ arenaName: "0" });
    expect(entry.players.get(entry.pid)).toMatchObject({ killPoints: 0, kills: 0 });
  });

  it("banners: the biller's is shown to others in the arena, and one a player sets reaches the others and the biller", async () => {
    const alice = await bot(zones[0]!.port, "Alice", "apw");
    expect((await alice.login()).code).toBe(0);
    const aliceEntry = await alice.enterArena({ arenaName: "banners" });
    const bob = await bot(zones[0]!.port, "Bob", "bpw");
    expect((await bob.login()).code).toBe(0);
    const seen = bob.waitFor(S2CType.PlayerBanner, (b) => b.playerId === aliceEntry.pid, 5_000);
    const bobEntry = await bob.enterArena({ arenaName: "banners" });
    expect([...(await seen).banner]).toEqual([...ALICE_BANNER]);

    const mine = Uint8Array.from({ length: 96 }, (_, i) => 255 - i);
    const shown = alice.waitFor(S2CType.PlayerBanner, (b) => b.playerId === bobEntry.pid, 5_000);
    bob.setBanner(mine);
    expect([...(await shown).banner]).toEqual([...mine]);
    const told = await biller.waitFor(
      (r) => (r.type === "BNR" || r.type === "banner") && r.pid === bobEntry.pid,
      5_000,
    );
    expect(JSON.stringify(told.fields)).toContain(Buffer.from(mine).toString("hex"));

    // A banner flood goes no further than the gateway: counted there, nothing more for the biller.
    const isBobBanner = (r: { type: string; pid?: number }) =>
      (r.type === "BNR" || r.type === "banner") && r.pid === bobEntry.pid;
    const refused = (reason: string) => metricSum(zones[0]!.proc, "zb_gateway_dropped_packets_total", reason);
    const bannersBefore = biller.log.filter(isBobBanner).length;
    const refusedBefore = await refused("banner_refused");
    for (let i = 0; i < 50; i++) bob.setBanner(Uint8Array.from({ length: 96 }, () => i));
    await until("the banner flood counted", async () => (await refused("banner_refused")) >= refusedBefore + 50, 5_000);
    // Only one registration form per login goes past the gateway.
    bob.register(FORM);
    bob.register(FORM);
    await until("the forms counted", async () => (await refused("registration_refused")) >= 1, 5_000);
    expect(biller.log.filter(isBobBanner).length).toBe(bannersBefore);
  });

  it("a kick from the biller tells the player why and disconnects him", async () => {
    const victim = await bot(zones[1]!.port, "Carol", "cpw");
    expect((await victim.login()).code).toBe(0);
    const entry = await victim.enterArena({ arenaName: "0" });
    const closed = new Promise<string>((resolve) => victim.onClose((reason) => resolve(reason)));
    const told = victim.waitFor(S2CType.Chat, (c) => /disconnected by the user database server/.test(c.text), 8_000);
    biller.kick("zbtwo", entry.pid, "account suspended");
    expect((await told).text).toMatch(/^You were disconnected by the user database server: /);
    await closed;
  });
});
