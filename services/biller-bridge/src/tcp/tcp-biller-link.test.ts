import pino from "pino";
import { Registry } from "prom-client";
import { afterEach, describe, expect, it } from "vitest";
import { type BillerLinkConfig, type BillerNotice, BillerUnavailableError } from "../biller-link.js";
import { TcpBillerLink } from "./tcp-biller-link.js";
import { TestBiller } from "./test-biller.test-support.js";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function config(port: number, over: Partial<BillerLinkConfig> = {}): BillerLinkConfig {
  return {
    host: "127.0.0.1",
    port,
    serverName: "Test Zone",
    serverNetwork: "TestNet",
    password: "pw",
    serverId: 0,
    groupId: 1,
    scoreId: 0,
    gamePort: 5000,
    retryIntervalMs: 30_000,
    localChats: [],
    staffChats: [],
    localChatPrefix: "",
    staffChatPrefix: "",
    loginTimeoutMs: 5000,
    ...over,
  };
}

async function setup(over: Partial<BillerLinkConfig> = {}, autoAccept = true) {
  const biller = new TestBiller();
  biller.autoAccept = autoAccept;
  const port = await biller.listen();
  const registry = new Registry();
  const notices: BillerNotice[] = [];
  const downs: string[] = [];
  let ups = 0;
  const link = new TcpBillerLink({
    config: config(port, over),
    logger: pino({ level: "silent" }),
    metrics: registry,
    events: { onUp: () => ups++, onDown: (r) => downs.push(r), onNotice: (n) => notices.push(n) },
  });
  cleanups.push(
    () => biller.close(),
    () => link.stop(),
  );
  const metric = async (name: string, label?: string) => {
    const m = (await registry.getMetricsAsJSON()).find((x) => x.name === name);
    return (m?.values ?? [])
      .filter((v) => label === undefined || Object.values(v.labels).includes(label))
      .reduce((s, v) => s + Number(v.value), 0);
  };
  return { biller, link, notices, downs, ups: () => ups, metric };
}

async function upLink(over: Partial<BillerLinkConfig> = {}) {
  const s = await setup(over);
  s.link.start();
  await s.biller.until(() => s.link.up);
  return s;
}

const req = (pid: number, contId?: Uint8Array) => ({
  pid,
  name: "alpha",
  password: "secret",
  createNew: false,
  ip: "10.0.0.7",
  machineId: 305419896,
  timezoneBias: 0,
  clientVersion: 40,
  contId,
});

describe("TcpBillerLink", () => {
  it("sends CONNECT first and is up on CONNECTOK", async () => {
    const s = await upLink();
    expect(s.biller.lines[0]).toMatch(/^CONNECT:1\.3\.1:zonebus [^:]+:Test Zone:TestNet:pw$/);
    expect(s.ups()).toBe(1);
    expect(await s.metric("zb_biller_connected")).toBe(1);
  });

  it("resolves a login on POK, with WANTREG setting wantRegistration", async () => {
    const s = await upLink();
    const p = s.link.login(req(5, new Uint8Array(64).fill(1)));
    expect(await s.biller.line("PLOGIN:")).toBe(`PLOGIN:5:0:alpha:secret:10.0.0.7:305419896:${"01".repeat(64)}`);
    await s.biller.send(`WANTREG:5\nPOK:5::Alpha:sq:1234:86400:1-2-1999 6:13:35\nBNR:5:${"cd".repeat(96)}\n`);
    expect(await p).toMatchObject({ ok: true, pid: 5, name: "Alpha", squad: "sq", userId: 1234, usageSeconds: 86400 });
    expect(await p).toMatchObject({ firstUsed: "1-2-1999 6:13:35", wantRegistration: true, code: 0 });
    await s.biller.until(() => s.notices.find((n) => n.kind === "banner"));
    s.link.registration(5, Uint8Array.of(1, 2, 0xab));
    s.link.registration(5, Uint8Array.of(9));
    expect(await s.biller.line("REGDATA:")).toBe("REGDATA:5:0102ab");
    expect(await s.metric("zb_biller_logins_total", "ok")).toBe(1);
    expect(await s.metric("zb_biller_dropped_total", "registration_unrequested")).toBe(1);
  });

  it("refuses REGDATA the biller did not ask for, or of 800 bytes", async () => {
    const s = await upLink();
    s.link.registration(6, Uint8Array.of(1));
    const p = s.link.login(req(7));
    await s.biller.send("WANTREG:7\nPOK:7::a::0:0:\n");
    expect((await p).ok).toBe(true);
    s.link.registration(7, new Uint8Array(800));
    s.link.enterArena(7);
    await s.biller.line("PENTERARENA:7");
    expect(s.biller.lines.some((l) => l.startsWith("REGDATA"))).toBe(false);
  });

  it("maps PBAD codes: CODE<n>, new name, custom text", async () => {
    const s = await upLink();
    const a = s.link.login(req(1));
    const b = s.link.login(req(2));
    const c = s.link.login(req(3));
    await s.biller.until(() => s.biller.lines.filter((l) => l.startsWith("PLOGIN")).length === 3);
    await s.biller.send("PBAD:1:0:CODE2\nPBAD:2:1:free name\nPBAD:3:0:you are banned: forever\n");
    expect(await a).toEqual({ ok: false, pid: 1, code: 2 });
    expect(await b).toEqual({ ok: false, pid: 2, code: 1 });
    expect(await c).toEqual({ ok: false, pid: 3, code: 0x13, text: "you are banned: forever" });
    expect(await s.metric("zb_biller_logins_total", "refused")).toBe(3);
  });

  it("delivers every biller message kind as its notice", async () => {
    const s = await upLink();
    await s.biller.send(
      [
        "CHATTXT:1:bob:3:hello: all",
        "CHAT:5:2",
        "RMT:5:carol:1:psst: hi",
        "RMTSQD:Sq:dave:0:meet",
        "MSG:5:0:reply: ok",
        "STAFFMSG:eve:0:staff text",
        "BROADCAST:eve:4:all: of you",
        "SCORERESET",
        "PKICK:5:bye: now",
        `BNR:5:${"00".repeat(96)}`,
        "PING",
        "",
      ].join("\n"),
    );
    await s.biller.until(() => s.notices.length >= 9);
    expect(s.notices.slice(0, 9)).toEqual([
      { kind: "channel", pid: 5, text: "2:bob> hello: all", sound: 3 },
      { kind: "remote", pid: 5, text: "(carol)>psst: hi", sound: 1 },
      { kind: "squad", squad: "Sq", text: "(#Sq)(dave)>meet", sound: 0 },
      { kind: "message", pid: 5, text: "reply: ok", sound: 0 },
      { kind: "staff", sender: "eve", text: "staff text", sound: 0 },
      { kind: "broadcast", sender: "eve", text: "all: of you", sound: 4 },
      { kind: "scorereset" },
      { kind: "kick", pid: 5, reason: "bye: now" },
      { kind: "banner", pid: 5, banner: new Uint8Array(96) },
    ]);
    expect(await s.metric("zb_biller_pings_received_total")).toBe(1);
    expect(s.biller.lines.filter((l) => l === "PING")).toHaveLength(0);
  });

  it("accepts CR and CRLF terminators", async () => {
    const s = await upLink();
    await s.biller.send("MSG:1:0:a\rMSG:2:0:b\r\nMSG:3:0:c\n");
    await s.biller.until(() => s.notices.length === 3);
    expect(s.notices.map((n) => (n.kind === "message" ? n.text : ""))).toEqual(["a", "b", "c"]);
  });

  it("drops garbage and malformed lines, counting them, and keeps serving", async () => {
    const s = await upLink();
    await s.biller.send("POK\nPBAD:x\nBNR:5:abc\nWHAT:1\n\x00\xff\x01garbage\nCHAT:5:1\nMSG:1:0:still here\n");
    await s.biller.until(() => s.notices.length === 1);
    expect(await s.metric("zb_biller_dropped_total", "malformed")).toBe(3);
    expect(await s.metric("zb_biller_dropped_total", "unknown")).toBe(2);
    expect(await s.metric("zb_biller_dropped_total", "no_chat_text")).toBe(1);
  });

  it("discards a 10 MB line without a terminator with bounded memory, then serves", async () => {
    const s = await upLink();
    const before = process.memoryUsage().heapUsed;
    const chunk = Buffer.alloc(1024 * 1024, 0x41);
    for (let i = 0; i < 10; i++) await s.biller.send(chunk);
    await s.biller.send("\nMSG:1:0:after\n");
    await s.biller.until(() => s.notices.length === 1, 10_000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
    expect(await s.metric("zb_biller_dropped_total", "too_long")).toBe(1);
  });

  it("keeps serving through a flood of 100k lines", async () => {
    const s = await upLink();
    const flood = `${"WHAT:1\nMSG:1:0:x\n".repeat(50_000)}`;
    await s.biller.send(flood);
    await s.biller.until(() => s.notices.length === 50_000, 20_000);
    const p = s.link.login(req(9));
    await s.biller.line("PLOGIN:9");
    await s.biller.send("POK:9::a::0:0:\n");
    expect((await p).ok).toBe(true);
    expect(await s.metric("zb_biller_dropped_total", "unknown")).toBe(50_000);
  });

  it("keeps a player's chat text from forging a second line", async () => {
    const s = await upLink();
    s.link.channel(5, "1", 0, "hi\nPKICK:5:x");
    s.link.remote(5, "alpha", "bo:b\r\n", 0, "x\u010aPLEAVE:1");
    s.link.command(5, "chat", "=a\nb", false);
    await s.biller.line("CMD:");
    expect(s.biller.lines.slice(1)).toEqual([
      "CHAT:5:1:0:hi PKICK:5:x",
      "RMT:5:bo_b  :0:x?PLEAVE:1",
      "CMD:5:chat:=a b",
    ]);
  });

  it("resolves leave once PLEAVE is written; rejects unavailable when down", async () => {
    const s = await upLink();
    await s.link.leave(5);
    expect(await s.biller.line("PLEAVE:")).toBe("PLEAVE:5");
    await s.link.stop();
    await expect(s.link.leave(6)).rejects.toBeInstanceOf(BillerUnavailableError);
  });

  it("rejects logins unavailable when down, when the link drops, and past the timeout", async () => {
    const s = await setup({ loginTimeoutMs: 300 });
    await expect(s.link.login(req(1))).rejects.toBeInstanceOf(BillerUnavailableError);
    s.link.start();
    await s.biller.until(() => s.link.up);
    const timedOut = s.link.login(req(2));
    await expect(timedOut).rejects.toBeInstanceOf(BillerUnavailableError);
    const dropped = s.link.login(req(3));
    await s.biller.line("PLOGIN:3");
    s.biller.dropClient();
    await expect(dropped).rejects.toBeInstanceOf(BillerUnavailableError);
    expect(await s.metric("zb_biller_logins_total", "unavailable")).toBe(3);
  });

  it("drops fire-and-forget messages past 1 MiB of unsent output", async () => {
    const s = await upLink();
    s.biller.pause();
    // The kernel's socket buffers take several MB before our own output queue grows.
    const text = "x".repeat(1000);
    for (let batch = 0; batch < 200; batch++) {
      for (let i = 0; i < 1000; i++) s.link.channel(5, "1", 0, text);
      if ((await s.metric("zb_biller_dropped_total", "backpressure")) > 0) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await s.metric("zb_biller_dropped_total", "backpressure")).toBeGreaterThan(0);
    await expect(s.link.login(req(1))).rejects.toBeInstanceOf(BillerUnavailableError);
  });

  it("survives a listener that throws", async () => {
    const biller = new TestBiller();
    const port = await biller.listen();
    const seen: string[] = [];
    const link = new TcpBillerLink({
      config: config(port),
      logger: pino({ level: "silent" }),
      events: {
        onUp: () => {},
        onDown: () => {},
        onNotice: (n) => {
          seen.push(n.kind);
          throw new Error("listener bug");
        },
      },
    });
    cleanups.push(
      () => biller.close(),
      () => link.stop(),
    );
    link.start();
    await biller.until(() => link.up);
    await biller.send("SCORERESET\nMSG:1:0:x\n");
    await biller.until(() => seen.length === 2);
    expect(link.up).toBe(true);
  });

  it("rejects the 65th pending login", async () => {
    const s = await upLink();
    const pending = Array.from({ length: 64 }, (_, i) => s.link.login(req(i)));
    for (const p of pending) p.catch(() => {});
    await expect(s.link.login(req(100))).rejects.toBeInstanceOf(BillerUnavailableError);
    expect(await s.metric("zb_biller_dropped_total", "too_many_logins")).toBe(1);
  });

  it("reconnects within about a second after the biller closes", async () => {
    const s = await upLink();
    s.biller.dropClient();
    const droppedAt = performance.now();
    await s.biller.until(() => s.downs.length === 1);
    await s.biller.until(() => s.biller.connectedAt.length === 2 && s.link.up);
    expect((s.biller.connectedAt[1] ?? 0) - droppedAt).toBeLessThan(2000);
    expect(s.ups()).toBe(2);
    expect(await s.metric("zb_biller_reconnects_total")).toBe(1);
  });

  it("stops retrying after CONNECTBAD", async () => {
    const s = await setup({ retryIntervalMs: 200 }, false);
    s.link.start();
    await s.biller.line("CONNECT:");
    await s.biller.send("CONNECTBAD:testbiller:test:bad password\n");
    await s.biller.until(() => s.downs.length === 1);
    expect(s.downs[0]).toContain("bad password");
    await new Promise((r) => setTimeout(r, 1500));
    expect(s.biller.connectedAt).toHaveLength(1);
    expect(s.link.up).toBe(false);
  });

  it("pings the biller while up", async () => {
    const biller = new TestBiller();
    const port = await biller.listen();
    const link = new TcpBillerLink({
      config: config(port),
      logger: pino({ level: "silent" }),
      events: { onUp: () => {}, onDown: () => {}, onNotice: () => {} },
      pingIntervalMs: 50,
    });
    cleanups.push(
      () => biller.close(),
      () => link.stop(),
    );
    link.start();
    await biller.until(() => biller.lines.filter((l) => l === "PING").length >= 2);
  });
});
