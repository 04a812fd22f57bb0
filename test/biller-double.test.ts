import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { clientKeyExchange, UdpClient } from "@zonebus/protocol";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type BillerDouble, startBillerDouble } from "./support/biller-double/biller-double.js";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const BANNER = Uint8Array.from({ length: 96 }, (_, i) => i + 1);
const USERS = [
  { name: "Alpha", password: "secret", squad: "Wolves", userId: 77, banner: BANNER },
  { name: "Bravo", password: "pw2", squad: "wolves" },
  { name: "Mallory", password: "x", banned: "Banned until 2030" },
];

async function double(protocol: "tcp" | "udp"): Promise<BillerDouble> {
  const d = await startBillerDouble({ protocol, users: USERS });
  cleanups.push(() => d.stop());
  return d;
}

/** A zone speaking the TCP line protocol by hand: raw lines out, every received line kept. */
async function tcpZone(port: number, name: string) {
  const socket: Socket = connect(port, "127.0.0.1");
  await once(socket, "connect");
  cleanups.push(() => socket.destroy());
  const lines: string[] = [];
  let pending = "";
  socket.on("data", (d) => {
    pending += d.toString("latin1");
    for (let i = pending.indexOf("\n"); i >= 0; i = pending.indexOf("\n")) {
      lines.push(pending.slice(0, i));
      pending = pending.slice(i + 1);
    }
  });
  const send = (...ls: string[]) => socket.write(ls.map((l) => `${l}\n`).join(""));
  const line = (re: RegExp) => vi.waitFor(() => lines.find((l) => re.test(l)) ?? Promise.reject(new Error(`${re}`)));
  send(`CONNECT:1.3.1:asss 1.6.0:${name}:net:pw`);
  await line(/^CONNECTOK:/);
  return { socket, lines, send, line };
}

describe("biller double, TCP line protocol", () => {
  it("answers CONNECT and a good login with POK (stored name, squad, id) then BNR", async () => {
    const d = await double("tcp");
    const zone = await tcpZone(d.port, "Zone A");
    expect(zone.lines[0]).toBe("CONNECTOK:bdouble:bdouble");
    zone.send("PLOGIN:5:0:alpha:secret:10.0.0.7:305419896:");
    expect(await zone.line(/^POK:5:/)).toMatch(/^POK:5::Alpha:Wolves:77:0:1-1-2020 0:00:00$/);
    expect(await zone.line(/^BNR:5:/)).toBe(`BNR:5:${Buffer.from(BANNER).toString("hex")}`);
    const r = await d.waitFor((x) => x.type === "PLOGIN");
    expect(r).toMatchObject({ zone: "Zone A", pid: 5, fields: { name: "alpha", ip: "10.0.0.7", contid: "" } });
    zone.send("PENTERARENA:5", "PLEAVE:5");
    await d.waitFor((x) => x.type === "PLEAVE" && x.pid === 5);
    expect(d.log.map((x) => x.type)).toEqual(["CONNECT", "PLOGIN", "PENTERARENA", "PLEAVE"]);
  });

  it("refuses a wrong password with CODE2, a ban with its text, an unknown name as free to create", async () => {
    const d = await double("tcp");
    const zone = await tcpZone(d.port, "Z");
    zone.send("PLOGIN:1:0:Alpha:nope:1.2.3.4:1:", "PLOGIN:2:0:mallory:x:1.2.3.4:1:", "PLOGIN:3:0:Nobody:a:1.2.3.4:1:");
    expect(await zone.line(/^PBAD:1:/)).toBe("PBAD:1:0:CODE2");
    expect(await zone.line(/^PBAD:2:/)).toBe("PBAD:2:0:Banned until 2030");
    expect(await zone.line(/^PBAD:3:/)).toBe("PBAD:3:1:");
  });

  it("creates a new user on the create flag: WANTREG, POK, then records REGDATA", async () => {
    const d = await double("tcp");
    const zone = await tcpZone(d.port, "Z");
    zone.send("PLOGIN:9:1:Newbie:pass:1.2.3.4:1:");
    await zone.line(/^POK:9:/);
    expect(zone.lines.slice(1, 3)).toEqual(["WANTREG:9", expect.stringMatching(/^POK:9::Newbie::\d+:0:/)]);
    expect(d.users.get("newbie")?.password).toBe("pass");
    zone.send("REGDATA:9:0102ff");
    expect((await d.waitFor((r) => r.type === "REGDATA")).fields.data).toBe("0102ff");
  });

  it("fans a channel message out to every member in both zones, each with his own number", async () => {
    const d = await double("tcp");
    const [a, b] = [await tcpZone(d.port, "A"), await tcpZone(d.port, "B")];
    a.send("PLOGIN:1:0:Alpha:secret:1.1.1.1:1:", "CMD:1:chat:sscx,other");
    b.send("PLOGIN:2:0:Bravo:pw2:1.1.1.1:1:", "CMD:2:chat:other,SSCX");
    await a.line(/^POK:1:/);
    await b.line(/^POK:2:/);
    await d.waitFor((r) => r.type === "CMD" && r.pid === 2);
    a.send("CHAT:1:1:3:hello: all");
    expect(await b.line(/^CHATTXT:/)).toBe("CHATTXT:sscx:Alpha:3:hello: all");
    expect(await b.line(/^CHAT:/)).toBe("CHAT:2:2");
    expect(await a.line(/^CHAT:/)).toBe("CHAT:1:1");
    b.send("CHAT:2:other:0:by name");
    expect(await a.line(/^CHAT:1:2$/)).toBeTruthy();
  });

  it("routes RMT to the zone holding the player and RMTSQD to zones with that squad", async () => {
    const d = await double("tcp");
    const [a, b] = [await tcpZone(d.port, "A"), await tcpZone(d.port, "B")];
    a.send("PLOGIN:1:0:Alpha:secret:1.1.1.1:1:");
    b.send("PLOGIN:4:0:Bravo:pw2:1.1.1.1:1:");
    await a.line(/^POK:1:/);
    await b.line(/^POK:4:/);
    a.send("RMT:1:bravo:2:psst: there");
    expect(await b.line(/^RMT:/)).toBe("RMT:4:Alpha:2:psst: there");
    a.send("RMTSQD:1:WOLVES:0:howl");
    expect(await b.line(/^RMTSQD:/)).toBe("RMTSQD:WOLVES:Alpha:0:howl");
    expect(await a.line(/^RMTSQD:/)).toBe("RMTSQD:WOLVES:Alpha:0:howl");
  });

  it("counts garbage, drops overlong lines and keeps serving the zone", async () => {
    const d = await double("tcp");
    const zone = await tcpZone(d.port, "Z");
    zone.send("NONSENSE:1", "PLOGIN:x:0:a:b:c:d:", "PLEAVE", `PING:${"z".repeat(5000)}`, "\u0000\u00ff");
    zone.socket.write("PING\r\n");
    await zone.line(/^PING$/);
    const counts = await d.malformed();
    expect(counts).toMatchObject({ unknown_type: 2, bad_pid: 1, field_count: 1, line_too_long: 1 });
    expect(d.log.map((r) => r.type)).toEqual(["CONNECT", "PING"]);
  });

  it("reads lines cut anywhere, one byte at a time, with CRLF or CR endings", async () => {
    const d = await double("tcp");
    const zone = await tcpZone(d.port, "Z");
    for (const b of Buffer.from("PLOGIN:1:0:Alpha:secret:1.1.1.1:1:\r\nPING\rPLEAVE:1\n")) {
      zone.socket.write(Buffer.of(b));
      await new Promise((r) => setImmediate(r));
    }
    await d.waitFor((r) => r.type === "PLEAVE");
    expect(d.log.map((r) => r.type)).toEqual(["CONNECT", "PLOGIN", "PING", "PLEAVE"]);
    expect(await zone.line(/^POK:1:/)).toBeTruthy();
  });

  it("sends broadcasts, staff messages, kicks, score resets and raw injections to zones", async () => {
    const d = await double("tcp");
    const [a, b] = [await tcpZone(d.port, "A"), await tcpZone(d.port, "B")];
    await d.waitFor((r) => r.type === "CONNECT" && r.zone === "B");
    d.broadcast("hello: all");
    d.staff("staff only");
    d.kick("B", 4, "cheating");
    d.scoreReset();
    d.send("JUNK:\u0001\n");
    await b.line(/^JUNK:/);
    expect(b.lines.slice(1)).toEqual([
      "BROADCAST:bdouble:0:hello: all",
      "STAFFMSG:bdouble:0:staff only",
      "PKICK:4:cheating",
      "SCORERESET",
      "JUNK:\u0001",
    ]);
    await a.line(/^JUNK:/);
    expect(a.lines).not.toContain("PKICK:4:cheating");
  });

  it("after stop and restart listens on the same port, keeping users and log", async () => {
    const d = await double("tcp");
    const first = await tcpZone(d.port, "Z");
    first.send("PLOGIN:1:0:Alpha:secret:1.1.1.1:1:");
    await first.line(/^POK:1:/);
    await d.stop();
    await vi.waitFor(() => expect(first.socket.destroyed || first.socket.readableEnded).toBe(true));
    await d.restart();
    const again = await tcpZone(d.port, "Z");
    again.send("PLOGIN:2:0:Alpha:secret:1.1.1.1:1:");
    await again.line(/^POK:2:/);
    expect(d.log.filter((r) => r.type === "PLOGIN").map((r) => r.pid)).toEqual([1, 2]);
  });
});

/** S2B packets built by hand from biller.md §3.1. */
const s2b = {
  connect(name: string, scoreId = 0): Uint8Array {
    const p = Buffer.alloc(173);
    p[0] = 0x02;
    p.writeUInt32LE(1, 5);
    p.writeUInt32LE(scoreId, 9);
    p.write(name, 13, "latin1");
    p.writeUInt16LE(5000, 139);
    p.write("pw", 141, "latin1");
    return p;
  },
  login(pid: number, name: string, password: string, makeNew = false): Uint8Array {
    const p = Buffer.alloc(86);
    p[0] = 0x04;
    p[1] = makeNew ? 1 : 0;
    p.set([10, 0, 0, 7], 2);
    p.write(name, 6, "latin1");
    p.write(password, 38, "latin1");
    p.writeUInt32LE(pid, 70);
    p.writeUInt32LE(123, 74);
    p.writeUInt16LE(134, 84);
    return p;
  },
  withText(type: number, pid: number, text: string, field?: string): Uint8Array {
    const head = Buffer.alloc(field === undefined ? 5 : 37);
    head[0] = type;
    head.writeUInt32LE(pid, 1);
    if (field !== undefined) head.write(field, 5, "latin1");
    return Buffer.concat([head, Buffer.from(`${text}\0`, "latin1")]);
  },
  privateChat(text: string): Uint8Array {
    const head = Buffer.from([0x07, 0xff, 0xff, 0xff, 0xff, 1, 0, 0, 0, 2, 4]);
    return Buffer.concat([head, Buffer.from(`${text}\0`, "latin1")]);
  },
};

/** A zone acting as a core-protocol client of the UDP biller, sending S2B packets reliably. */
async function udpZone(port: number, name: string) {
  const packets: Buffer[] = [];
  const client = await UdpClient.connect({
    host: "127.0.0.1",
    port,
    keyExchange: clientKeyExchange(),
    listener: { onPacket: (p) => void packets.push(Buffer.from(p)) },
  });
  cleanups.push(() => client.close());
  const send = (...ps: Uint8Array[]) => {
    for (const p of ps) expect(client.connection.sendReliable(p).ok).toBe(true);
    client.flush();
  };
  const packet = (pred: (p: Buffer) => boolean) =>
    vi.waitFor(() => packets.find(pred) ?? Promise.reject(new Error("no such packet")));
  send(s2b.connect(name));
  return { client, packets, send, packet };
}
const loginResultOf = (pid: number) => (p: Buffer) => p[0] === 0x01 && p.readUInt32LE(2) === pid;
const cstr = (b: Buffer) => b.toString("latin1").split("\0")[0];

describe("biller double, UDP protocol", () => {
  it("answers a good login with result 0, the stored name, squad, banner and user id", async () => {
    const d = await double("udp");
    const zone = await udpZone(d.port, "Zone U");
    zone.send(s2b.login(5, "alpha", "secret"));
    const r = await zone.packet(loginResultOf(5));
    expect(r.length).toBe(178);
    expect(r[1]).toBe(0);
    expect([cstr(r.subarray(6, 30)), cstr(r.subarray(30, 54))]).toEqual(["Alpha", "Wolves"]);
    expect(Uint8Array.from(r.subarray(54, 150))).toEqual(BANNER);
    expect(r.readUInt32LE(170)).toBe(77);
    const rec = await d.waitFor((x) => x.type === "login");
    expect(rec).toMatchObject({ zone: "Zone U", pid: 5, fields: { name: "alpha", ip: "10.0.0.7", makeNew: 0 } });
    expect(d.log[0]).toMatchObject({ type: "connect", fields: { serverName: "Zone U", groupId: 1, port: 5000 } });
  });

  it("answers wrong password 2, unknown name 1, and a ban with a 0x33 text then result 3", async () => {
    const d = await double("udp");
    const zone = await udpZone(d.port, "U");
    zone.send(s2b.login(1, "Alpha", "bad"), s2b.login(2, "nobody", "a"), s2b.login(3, "Mallory", "x"));
    expect((await zone.packet(loginResultOf(1)))[1]).toBe(2);
    expect((await zone.packet(loginResultOf(2)))[1]).toBe(1);
    expect((await zone.packet(loginResultOf(3)))[1]).toBe(3);
    const text = zone.packets.findIndex((p) => p[0] === 0x32 && p.readUInt32LE(1) === 3);
    expect(text).toBeGreaterThanOrEqual(0);
    expect(text).toBeLessThan(zone.packets.findIndex(loginResultOf(3)));
    expect(zone.packets[text]!.subarray(5).toString("latin1")).toBe("\x33Banned until 2030\0");
  });

  it("creates a new user with result 8 (ask demographics) and records the demographics", async () => {
    const d = await double("udp");
    const zone = await udpZone(d.port, "U");
    zone.send(s2b.login(7, "Newbie", "pw", true));
    const r = await zone.packet(loginResultOf(7));
    expect([r[1], cstr(r.subarray(6, 30))]).toEqual([8, "Newbie"]);
    expect(d.users.get("newbie")).toMatchObject({ name: "Newbie", password: "pw" });
    const demo = Buffer.concat([Buffer.from([0x0d, 7, 0, 0, 0]), Buffer.from("abc")]);
    zone.send(demo);
    expect(await d.waitFor((x) => x.type === "demographics")).toMatchObject({ pid: 7, fields: { data: "616263" } });
  });

  it("fans channel chat out to members in both zones with each one's channel number", async () => {
    const d = await double("udp");
    const [a, b] = [await udpZone(d.port, "A"), await udpZone(d.port, "B")];
    a.send(s2b.login(1, "Alpha", "secret"), s2b.withText(0x13, 1, "?chat=$l$A|local,pub"));
    b.send(s2b.login(2, "Bravo", "pw2"), s2b.withText(0x13, 2, "?chat=pub"));
    await a.packet(loginResultOf(1));
    await b.packet(loginResultOf(2));
    await d.waitFor((x) => x.type === "command" && x.pid === 2);
    a.send(s2b.withText(0x14, 1, "hi there", "2"));
    const atB = await b.packet((p) => p[0] === 0x0a);
    expect([atB.readUInt32LE(1), atB[5], cstr(atB.subarray(6))]).toEqual([2, 1, "Alpha> hi there"]);
    const atA = await a.packet((p) => p[0] === 0x0a);
    expect([atA.readUInt32LE(1), atA[5]]).toEqual([1, 2]);
    b.send(s2b.withText(0x14, 2, "local only", "$l$A|local"));
    await vi.waitFor(() => expect(a.packets.filter((p) => p[0] === 0x0a)).toHaveLength(1));
  });

  it("routes a remote private message unchanged to the zone holding the player, and squad messages", async () => {
    const d = await double("udp");
    const [a, b] = [await udpZone(d.port, "A"), await udpZone(d.port, "B")];
    a.send(s2b.login(1, "Alpha", "secret"));
    b.send(s2b.login(2, "Bravo", "pw2"));
    await a.packet(loginResultOf(1));
    await b.packet(loginResultOf(2));
    a.send(s2b.privateChat(":bravo:(Alpha)>psst"));
    const atB = await b.packet((p) => p[0] === 0x03);
    expect([atB[5], atB[6], cstr(atB.subarray(7))]).toEqual([2, 4, ":bravo:(Alpha)>psst"]);
    b.send(s2b.privateChat(":#wolves:(Bravo)>howl"));
    expect(cstr((await a.packet((p) => p[0] === 0x03)).subarray(7))).toBe(":#wolves:(Bravo)>howl");
  });

  it("records a 29-byte logoff with its score and counts malformed packets", async () => {
    const d = await double("udp");
    const zone = await udpZone(d.port, "U");
    const logoff = Buffer.alloc(29);
    logoff[0] = 0x05;
    logoff.writeUInt32LE(5, 1);
    logoff.writeUInt16LE(3, 15);
    logoff.writeUInt16LE(1, 17);
    logoff.writeUInt16LE(2, 19);
    logoff.writeUInt32LE(1200, 21);
    logoff.writeUInt32LE(500, 25);
    zone.send(Buffer.from([0x3e, 1]), Buffer.from([0x04, 1, 2]), Buffer.alloc(20, 0x05), logoff);
    const r = await d.waitFor((x) => x.type === "logoff");
    expect(r).toMatchObject({ zone: "U", pid: 5 });
    expect(r.score).toEqual({ kills: 3, deaths: 1, flags: 2, killPoints: 1200, flagPoints: 500 });
    expect(await d.malformed()).toMatchObject({ unknown_type: 1, short: 1, bad_length: 1 });
  });

  it("sends kickouts, score resets with the zone's score id, broadcasts and raw packets", async () => {
    const d = await double("udp");
    const zone = await udpZone(d.port, "U");
    zone.send(s2b.connect("U", 42));
    await d.waitFor((r) => r.type === "connect" && r.fields.scoreId === 42);
    d.kick("U", 9, "3");
    d.scoreReset();
    d.broadcast("network: hi");
    d.send(Uint8Array.of(0x33, 1, 2, 3));
    await zone.packet((p) => p[0] === 0x33);
    const [kick, reset, text] = zone.packets;
    expect([kick![0], kick!.readUInt32LE(1), kick!.readUInt16LE(5)]).toEqual([0x08, 9, 3]);
    expect([reset![0], reset!.readUInt32LE(1), reset!.readInt32LE(5)]).toEqual([0x31, 42, -42]);
    expect([text![0], cstr(text!.subarray(7))]).toEqual([0x03, "network: hi"]);
  });

  it("after stop and restart accepts zones on the same port, keeping the log", async () => {
    const d = await double("udp");
    const first = await udpZone(d.port, "U");
    first.send(s2b.login(1, "Alpha", "secret"));
    await first.packet(loginResultOf(1));
    await d.stop();
    await d.restart();
    const again = await udpZone(d.port, "U2");
    again.send(s2b.login(2, "Alpha", "secret"));
    await again.packet(loginResultOf(2));
    expect(d.log.filter((r) => r.type === "login").map((r) => [r.zone, r.pid])).toEqual([
      ["U", 1],
      ["U2", 2],
    ]);
  });
});

describe("biller double process", () => {
  it("prints the port it listens on and answers there", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bdouble-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const users = join(dir, "users.json");
    writeFileSync(
      users,
      JSON.stringify([{ name: "Alpha", password: "pw", squad: "S", userId: 5, banner: "ab".repeat(96) }]),
    );
    const main = "test/support/biller-double/main.ts";
    const child = spawn(
      process.execPath,
      ["--conditions=@zonebus/source", "--import", "tsx", main, "--protocol", "tcp", "--users", users],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    cleanups.push(() => child.kill("SIGKILL"));
    const [chunk] = (await once(child.stdout!, "data")) as [Buffer];
    const port = Number(/^listening (\d+)/.exec(chunk.toString())?.[1]);
    expect(port).toBeGreaterThan(0);
    const zone = await tcpZone(port, "P");
    zone.send("PLOGIN:1:0:alpha:pw:1.1.1.1:1:");
    await zone.line(/^BNR:1:/);
    expect(zone.lines.slice(1)).toEqual(["POK:1::Alpha:S:5:0:1-1-2020 0:00:00", `BNR:1:${"ab".repeat(96)}`]);
  });
});
