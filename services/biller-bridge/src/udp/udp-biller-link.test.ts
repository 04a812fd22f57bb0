import { pino } from "pino";
import { Registry } from "prom-client";
import { afterEach, describe, expect, it } from "vitest";
import {
  type BillerLinkConfig,
  type BillerLoginRequest,
  type BillerNotice,
  BillerUnavailableError,
} from "../biller-link.js";
import {
  b2sChannelChat,
  b2sCommandChat,
  b2sIdentity,
  b2sKickout,
  b2sLoginResult,
  b2sMultiChannelChat,
  b2sPrivateChat,
  b2sScoreReset,
  b2sUserPacket,
} from "./b2s-builders.test-support.js";
import { eventually, TestBiller } from "./test-biller.test-support.js";
import { UdpBillerLink, type UdpBillerLinkOptions } from "./udp-biller-link.js";

const le = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const text = (b: Uint8Array, from: number, to?: number) => String.fromCharCode(...b.subarray(from, to));
const cstr = (b: Uint8Array, from: number) => text(b, from, b.indexOf(0, from));

const config = (port: number): BillerLinkConfig => ({
  host: "127.0.0.1",
  port,
  serverName: "Test Zone",
  serverNetwork: "net",
  password: "zonepw",
  serverId: 7,
  groupId: 1,
  scoreId: 3,
  gamePort: 5000,
  retryIntervalMs: 2_000,
  localChats: ["zonechat"],
  staffChats: ["mods"],
  localChatPrefix: "TZ",
  staffChatPrefix: "TZS",
  loginTimeoutMs: 3_000,
});

const LOGIN: BillerLoginRequest = {
  pid: 5,
  name: "alpha",
  password: "secret",
  createNew: false,
  ip: "10.0.0.7",
  machineId: 305419896,
  timezoneBias: 240,
  clientVersion: 134,
};

interface Harness {
  biller: TestBiller;
  link: UdpBillerLink;
  registry: Registry;
  notices: BillerNotice[];
  ups: number;
  downs: string[];
}

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function harness(
  options: Partial<UdpBillerLinkOptions> & { loginTimeoutMs?: number } = {},
  goUp = true,
): Promise<Harness> {
  const biller = await TestBiller.start();
  cleanups.push(() => biller.close());
  const registry = new Registry();
  const h = { biller, registry, notices: [], ups: 0, downs: [] } as unknown as Harness;
  h.link = new UdpBillerLink({
    config: { ...config(biller.port), loginTimeoutMs: options.loginTimeoutMs ?? 3_000 },
    logger: pino({ level: "silent" }),
    metrics: registry,
    events: { onUp: () => h.ups++, onDown: (r) => h.downs.push(r), onNotice: (n) => h.notices.push(n) },
    ...options,
  });
  cleanups.push(() => h.link.stop());
  h.link.start();
  if (goUp) {
    await biller.packet(0x02);
    biller.send(b2sIdentity(Uint8Array.of(1, 2, 3)));
    await eventually(() => h.link.up, 5_000, "link up");
  }
  return h;
}

async function dropped(registry: Registry, reason: string): Promise<number> {
  const metric = await registry.getSingleMetric("zb_biller_dropped_total")?.get();
  return metric?.values.find((v) => v.labels.reason === reason)?.value ?? 0;
}

describe("UdpBillerLink against a biller on 127.0.0.1", () => {
  it("connects, sends the 173-byte server connect and goes up on the biller's first packet", async () => {
    const h = await harness();
    const connect = h.biller.ofType(0x02)[0]!;
    expect(connect.length).toBe(173);
    expect([le(connect).getUint32(1, true), le(connect).getUint32(5, true), le(connect).getUint32(9, true)]).toEqual([
      7, 1, 3,
    ]);
    expect(cstr(connect, 13)).toBe("Test Zone");
    expect(le(connect).getUint16(139, true)).toBe(5000);
    expect(cstr(connect, 141)).toBe("zonepw");
    const caps = await h.biller.packet(0x15);
    expect([caps.length, le(caps).getUint32(1, true)]).toEqual([5, 3]);
    expect(h.ups).toBe(1);
    expect([...(h.link.identity ?? [])]).toEqual([1, 2, 3]);
    const gauge = await h.registry.getSingleMetric("zb_biller_connected")?.get();
    expect(gauge?.values[0]?.value).toBe(1);
  });

  it("goes up after the grace period when the biller stays silent, then pings", async () => {
    const h = await harness({ loginGraceMs: 200, pingIntervalMs: 100 }, false);
    await h.biller.packet(0x15);
    expect(h.link.up).toBe(true);
    await h.biller.packet(0x01);
  });

  it("sends the login packet and resolves on the biller's answer", async () => {
    const h = await harness();
    const contId = new Uint8Array(64).fill(0x5a);
    const answer = h.link.login({ ...LOGIN, createNew: true, contId });
    const p = await h.biller.packet(0x04);
    expect(p.length).toBe(86 + 64);
    expect([p[1], ...p.subarray(2, 6)]).toEqual([1, 10, 0, 0, 7]);
    expect([cstr(p, 6), cstr(p, 38)]).toEqual(["alpha", "secret"]);
    expect([le(p).getUint32(70, true), le(p).getUint32(74, true), le(p).getInt32(78, true)]).toEqual([
      5, 305419896, 240,
    ]);
    expect([le(p).getUint16(84, true), p[86]]).toEqual([134, 0x5a]);
    const banner = new Uint8Array(96).fill(4);
    const score = { kills: 1, deaths: 2, flags: 3, killPoints: 4, flagPoints: 5 };
    h.biller.send(
      b2sLoginResult({
        result: 0,
        connectionId: 5,
        name: "Alpha",
        squad: "Sq",
        banner,
        secondsPlayed: 86400,
        firstLogin: [1999, 1, 2, 6, 13, 35],
        userId: 1234,
        score,
      }),
    );
    expect(await answer).toEqual({
      ok: true,
      pid: 5,
      name: "Alpha",
      squad: "Sq",
      userId: 1234,
      banner,
      usageSeconds: 86400,
      firstUsed: "1-2-1999 6:13:35",
      wantRegistration: false,
      score,
      code: 0,
    });
  });

  it("maps refusals and asks for registration on results 6 and 8", async () => {
    const h = await harness();
    const cases: [number, object][] = [
      [2, { ok: false, code: 0x02 }],
      [3, { ok: false, code: 0x04 }],
      [42, { ok: false, code: 0x05 }],
      [8, { ok: true, code: 0x10, wantRegistration: true }],
      [6, { ok: true, code: 0x10, wantRegistration: true }],
    ];
    for (const [i, [result, expected]] of cases.entries()) {
      const answer = h.link.login({ ...LOGIN, pid: 20 + i });
      await eventually(() => h.biller.ofType(0x04).length === i + 1);
      h.biller.send(b2sLoginResult({ result, connectionId: 20 + i }));
      expect(await answer).toMatchObject({ pid: 20 + i, ...expected });
    }
  });

  it("refuses the 16th pending login as server busy without asking the biller", async () => {
    const h = await harness();
    const answers = Array.from({ length: 15 }, (_, i) => h.link.login({ ...LOGIN, pid: 100 + i }));
    const busy = await h.link.login({ ...LOGIN, pid: 200 });
    expect(busy).toEqual({ ok: false, pid: 200, code: 0x0e });
    await eventually(() => h.biller.ofType(0x04).length === 15);
    for (let i = 0; i < 15; i++) h.biller.send(b2sLoginResult({ result: 0, connectionId: 100 + i }));
    expect((await Promise.all(answers)).every((a) => a.ok)).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.biller.ofType(0x04).length).toBe(15);
  });

  it("rejects logins as unavailable before it is up", async () => {
    const h = await harness({ loginGraceMs: 60_000 }, false);
    await expect(h.link.login(LOGIN)).rejects.toBeInstanceOf(BillerUnavailableError);
    await h.biller.packet(0x02);
    expect(h.link.up).toBe(false);
    await expect(h.link.login(LOGIN)).rejects.toBeInstanceOf(BillerUnavailableError);
    expect(h.biller.ofType(0x04)).toEqual([]);
  });

  it("rejects a login the biller leaves unanswered as unavailable after the login timeout", async () => {
    const h = await harness({ loginTimeoutMs: 300 });
    const started = Date.now();
    await expect(h.link.login(LOGIN)).rejects.toBeInstanceOf(BillerUnavailableError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(h.link.pendingLogins).toBe(0);
  });

  it("backs off as server busy once 20 logins were interrupted by their players leaving", async () => {
    const h = await harness();
    // Each outcome is taken at once: the leave rejects the login before anyone awaits it.
    const outcome = (p: Promise<unknown>) =>
      p.then(
        () => "answered",
        (e: unknown) => e,
      );
    const interrupt = async (from: number, n: number) => {
      const logins = Array.from({ length: n }, (_, i) => outcome(h.link.login({ ...LOGIN, pid: from + i })));
      await Promise.all(Array.from({ length: n }, (_, i) => h.link.leave(from + i)));
      for (const l of await Promise.all(logins)) expect(l).toBeInstanceOf(BillerUnavailableError);
    };
    await interrupt(300, 15);
    await interrupt(400, 4);
    const stillAdmitted = outcome(h.link.login({ ...LOGIN, pid: 500 }));
    await h.link.leave(500);
    expect(await stillAdmitted).toBeInstanceOf(BillerUnavailableError);
    expect(h.biller.ofType(0x04).length).toBe(20);
    expect(await h.link.login({ ...LOGIN, pid: 501 })).toEqual({ ok: false, pid: 501, code: 0x0e });
  });

  it("leave sends 15 bytes, or 29 with the score, and resolves once the biller acknowledged", async () => {
    const h = await harness();
    await h.link.leave(5);
    const plain = h.biller.ofType(0x05)[0]!;
    expect([plain.length, le(plain).getUint32(1, true)]).toEqual([15, 5]);
    const score = { kills: 9, deaths: 8, flags: 7, killPoints: 600, flagPoints: 500 };
    await h.link.leave(6, score);
    const scored = h.biller.ofType(0x05)[1]!;
    expect(scored.length).toBe(29);
    expect([le(scored).getUint32(1, true), le(scored).getUint16(15, true), le(scored).getUint32(25, true)]).toEqual([
      6, 9, 500,
    ]);
  });

  it("sends channel, remote, squad, command, registration and banner packets", async () => {
    const h = await harness();
    h.link.channel(5, "", 0, "hello");
    h.link.remote(5, "alpha", "bob", 3, "psst");
    h.link.squad(5, "alpha", "Sq", 0, "team");
    h.link.command(5, "chat", "zonechat,mods", true);
    h.link.registration(5, Uint8Array.of(1, 2, 3));
    h.link.banner(5, new Uint8Array(96).fill(1));
    h.link.banner(5, new Uint8Array(96).fill(2));
    const banner = await h.biller.packet(0x10);
    const chan = h.biller.ofType(0x14)[0]!;
    expect([cstr(chan, 5), cstr(chan, 37)]).toEqual(["1", "hello"]);
    const [remote, squad] = h.biller.ofType(0x07);
    expect([le(remote!).getUint32(1, true), le(remote!).getUint32(5, true), remote![9], remote![10]]).toEqual([
      0xffffffff, 1, 2, 3,
    ]);
    expect([cstr(remote!, 11), cstr(squad!, 11)]).toEqual([":bob:(alpha)>psst", ":#Sq:(alpha)>team"]);
    expect(cstr(h.biller.ofType(0x13)[0]!, 5)).toBe("?chat=$l$TZ|zonechat,$s$TZS|mods");
    expect([...h.biller.ofType(0x0d)[0]!]).toEqual([0x0d, 5, 0, 0, 0, 1, 2, 3]);
    expect([banner.length, banner[5]]).toEqual([101, 1]);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.biller.ofType(0x10).length).toBe(1);
  });

  it("turns each B2S packet into its notice", async () => {
    const h = await harness();
    h.biller.send(b2sPrivateChat(":bob:(al)>hi", 2));
    h.biller.send(b2sPrivateChat(":#Sq:(al)>team"));
    h.biller.send(b2sPrivateChat("Maintenance at noon"));
    h.biller.send(b2sKickout(5, 1));
    h.biller.send(b2sCommandChat(5, "$l$TZ|zonechat: x"));
    h.biller.send(b2sCommandChat(5, "$s$TZS|mods: y"));
    h.biller.send(b2sChannelChat(5, 2, "al> hey"));
    h.biller.send(
      b2sMultiChannelChat(
        [
          [5, 1],
          [6, 3],
        ],
        "al> all",
      ),
    );
    h.biller.send(b2sScoreReset(3));
    h.biller.send(b2sScoreReset(3, 3));
    h.biller.send(b2sUserPacket(5, Uint8Array.of(0x33, 66, 0)));
    h.biller.send(b2sUserPacket(0xffffffff, Uint8Array.of(0x33, 66, 0)));
    h.biller.send(b2sUserPacket(5, Uint8Array.of(0x07, 1)));
    await eventually(() => h.notices.length >= 11);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.notices).toEqual([
      { kind: "named", name: "bob", text: "(al)>hi", sound: 2 },
      { kind: "squad", squad: "Sq", text: "(#Sq)(al)>team", sound: 0 },
      { kind: "broadcast", sender: "", text: "Maintenance at noon", sound: 0 },
      { kind: "kick", pid: 5, reason: "kicked by the biller (code 1)" },
      { kind: "message", pid: 5, text: "(local) zonechat: x", sound: 0 },
      { kind: "message", pid: 5, text: "(staff) mods: y", sound: 0 },
      { kind: "channel", pid: 5, text: "2:al> hey", sound: 0 },
      { kind: "channel", pid: 5, text: "1:al> all", sound: 0 },
      { kind: "channel", pid: 6, text: "3:al> all", sound: 0 },
      { kind: "scorereset" },
      { kind: "packet", pid: 5, data: Uint8Array.of(0x33, 66, 0) },
    ]);
    expect(await dropped(h.registry, "malformed")).toBe(1);
    expect(await dropped(h.registry, "filtered")).toBe(2);
  });

  it("counts garbage packets and keeps serving", async () => {
    const h = await harness();
    h.biller.send(Uint8Array.of(0x3e, 1, 2, 3));
    h.biller.send(Uint8Array.of(0x01, 0, 5));
    h.biller.send(Uint8Array.of(0x08, 1, 2, 3, 4, 5, 6, 7, 8));
    h.biller.send(Uint8Array.of(0x09, 1, 2, 3, 4, 65, 66));
    const answer = h.link.login(LOGIN);
    await h.biller.packet(0x04);
    h.biller.send(b2sLoginResult({ result: 0, connectionId: 5, name: "alpha" }));
    expect((await answer).ok).toBe(true);
    expect(await dropped(h.registry, "unknown")).toBe(1);
    expect(await dropped(h.registry, "truncated")).toBe(2);
    expect(await dropped(h.registry, "bad_length")).toBe(1);
    expect(h.link.up).toBe(true);
  });

  it("takes a big B2S packet reassembled from 00 08/00 09 pieces", async () => {
    const h = await harness();
    const recipients = Array.from({ length: 150 }, (_, i): [number, number] => [i, 1 + (i % 9)]);
    const big = b2sMultiChannelChat(recipients, `net> ${"w".repeat(200)}`);
    expect(big.length).toBeGreaterThan(506);
    h.biller.send(big);
    await eventually(() => h.notices.length === 150);
    expect(h.notices[149]).toEqual({ kind: "channel", pid: 149, text: `6:net> ${"w".repeat(200)}`, sound: 0 });
    expect(h.link.up).toBe(true);
  });

  it("goes down when the biller goes away and reconnects when it is back", async () => {
    const h = await harness();
    const pending = h.link.login(LOGIN);
    await h.biller.packet(0x04);
    const port = h.biller.port;
    await h.biller.close();
    await expect(pending).rejects.toBeInstanceOf(BillerUnavailableError);
    await eventually(() => h.downs.length === 1);
    expect(h.link.up).toBe(false);
    await expect(h.link.leave(5)).rejects.toBeInstanceOf(BillerUnavailableError);
    const again = await TestBiller.start(port);
    cleanups.push(() => again.close());
    await again.packet(0x02, 0, 10_000);
    again.send(b2sIdentity(Uint8Array.of(9)));
    await eventually(() => h.ups === 2, 5_000, "up again");
    expect([...(h.link.identity ?? [])]).toEqual([9]);
  });

  it("stop says goodbye with S2B 0x03 and closes", async () => {
    const h = await harness();
    await h.link.stop();
    await h.biller.packet(0x03);
    expect(h.link.up).toBe(false);
    await expect(h.link.login(LOGIN)).rejects.toBeInstanceOf(BillerUnavailableError);
  });
});
