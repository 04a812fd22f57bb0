import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { C2SType, ChatType, crc32, type S2CPacket, S2CType } from "@zonebus/protocol";
import { freePort, type ServiceProcess, startServiceProcess } from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { RawClient } from "../support/raw-client.js";

type Of<T extends number> = Extract<S2CPacket, { type: T }>;
const is =
  <T extends number>(type: T) =>
  (p: S2CPacket): p is Of<T> =>
    p.type === type;

/** A running zone: the game ports clients use (one per gateway) and what stops it. */
interface Zone {
  ports: number[];
  /** Replica that each arena was placed on, from the master's log; empty with one replica. */
  placements(): Map<string, string>;
  stop(): Promise<void>;
}

async function allInOne(): Promise<Zone> {
  const dir = mkdtempSync(join(tmpdir(), "zb-slice-"));
  const port = await freePort();
  const proc = await startServiceProcess({
    service: "all-in-one",
    args: ["--port", String(port), "--host", "127.0.0.1", "--data-dir", dir],
  });
  return {
    ports: [port, port],
    placements: () => new Map(),
    async stop() {
      await proc.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Two gateways, two arena replicas and one master, each its own process on a real nats-server. */
async function distributed(): Promise<Zone> {
  const env = { NATS_URL: inject("natsUrl"), ZONE_ID: `slice${Date.now()}` };
  const procs: ServiceProcess[] = [await startServiceProcess({ service: "master", env })];
  procs.push(await startServiceProcess({ service: "arena", env, args: ["--replica-id", "arena-a"] }));
  procs.push(await startServiceProcess({ service: "arena", env, args: ["--replica-id", "arena-b"] }));
  const ports = [await freePort(), await freePort()];
  for (const [i, port] of ports.entries()) {
    procs.push(
      await startServiceProcess({
        service: "gateway",
        env,
        args: ["--port", String(port), "--host", "127.0.0.1", "--gateway-id", `gw-${i}`],
      }),
    );
  }
  return {
    ports,
    placements: () => {
      const out = new Map<string, string>();
      for (const line of procs[0]!.output().split("\n")) {
        if (!line.includes('"arena placed"')) continue;
        const rec = JSON.parse(line) as { arena: string; replica: string };
        out.set(rec.arena, rec.replica);
      }
      return out;
    },
    async stop() {
      for (const p of procs.reverse()) await p.stop();
    },
  };
}

const position = (x: number, weapon = 0) =>
  ({
    type: C2SType.Position,
    rotation: 0,
    time: Math.floor(Date.now() / 10) >>> 0,
    xSpeed: 0,
    y: 8200,
    status: 0,
    x,
    ySpeed: 0,
    bounty: 5,
    energy: 1000,
    weapon,
    extraLength: 0,
    extra: { energy: 0, s2cLag: 0, timer: 0, items: 0 },
  }) as never;

describe.each([
  ["all in one process", allInOne],
  ["distributed: 2 gateways, 2 arena replicas, 1 master", distributed],
] as const)("a playable zone, %s", (_, start) => {
  let zone: Zone;
  const clients: RawClient[] = [];

  beforeAll(async () => {
    zone = await start();
  });
  afterAll(async () => {
    for (const c of clients) await c.close();
    await zone?.stop();
  });

  const enter = async (name: string, gateway: number, arena?: string) => {
    const c = await RawClient.connect(zone.ports[gateway]!);
    clients.push(c);
    await c.login(name);
    const resp = await c.waitFor(is(S2CType.LoginResponse));
    expect(resp.code).toBe(0);
    const named = arena === undefined ? { arenaType: -1, arenaName: "" } : { arenaType: -3, arenaName: arena };
    c.send({
      type: C2SType.ArenaLogin,
      ship: 8,
      obscenityFilter: 0,
      allowAudio: 1,
      xRes: 1024,
      yRes: 768,
      ...named,
    } as never);
    const me = await c.waitFor(is(S2CType.WhoAmI));
    await c.waitFor(is(S2CType.EnteringComplete));
    return { c, pid: me.playerId };
  };

  /** Sends positions until `to` has received one from `from` matching `match`. */
  const relayed = async (from: RawClient, to: RawClient, x: number, weapon = 0) => {
    for (let i = 0; i < 30; i++) {
      from.send(position(x, weapon), false);
      await new Promise((r) => setTimeout(r, 100));
      const got = to.received.find((p) => (p.type === S2CType.Position || p.type === S2CType.Weapon) && p.x === x);
      if (got) return got;
    }
    throw new Error(`no position with x=${x} arrived`);
  };

  it("lets players on different gateways see each other, their ships, chat, positions, weapons and kills", async () => {
    const a = await enter("alpha", 0);
    const b = await enter("bravo", 1);
    await a.c.waitFor(
      (p): p is Of<typeof S2CType.PlayerEntering> =>
        p.type === S2CType.PlayerEntering && JSON.stringify(p).includes("bravo"),
    );
    expect(b.c.received.some((p) => p.type === S2CType.PlayerEntering && JSON.stringify(p).includes("alpha"))).toBe(
      true,
    );
    expect(b.c.received.some((p) => p.type === S2CType.Settings)).toBe(true);

    a.c.send({ type: C2SType.ShipChange, ship: 0 } as never);
    b.c.send({ type: C2SType.ShipChange, ship: 1 } as never);
    const change = await b.c.waitFor(
      (p): p is Of<typeof S2CType.ShipFreqChange> => p.type === S2CType.ShipFreqChange && p.playerId === a.pid,
    );
    expect(change.ship).toBe(0);

    a.c.send({ type: C2SType.Chat, chatType: ChatType.Public, sound: 0, target: -1, text: "hello public" } as never);
    const chat = await b.c.waitFor(is(S2CType.Chat));
    expect([chat.playerId, chat.text]).toEqual([a.pid, "hello public"]);

    const pos = await relayed(a.c, b.c, 8201);
    expect([pos.type, pos.playerId, pos.y]).toEqual([S2CType.Position, a.pid, 8200]);
    const shot = await relayed(a.c, b.c, 8202, 0x0021);
    expect([shot.type, shot.playerId]).toEqual([S2CType.Weapon, a.pid]);

    b.c.send({ type: C2SType.Death, killerId: a.pid, bounty: 5 } as never);
    for (const c of [a.c, b.c]) {
      const kill = await c.waitFor(is(S2CType.Kill));
      expect([kill.killerId, kill.killedId, kill.points]).toEqual([a.pid, b.pid, 5]);
    }
  });

  it("downloads the news and the arena's map, each matching its announced CRC-32", async () => {
    const [a] = clients;
    a!.send({ type: C2SType.NewsRequest } as never);
    const news = await a!.waitFor(is(S2CType.IncomingFile));
    const login = await a!.waitFor(is(S2CType.LoginResponse));
    expect(crc32(inflateSync(news.data))).toBe(login.newsChecksum);
    a!.send({ type: C2SType.FileRequest } as never);
    const map = await a!.waitFor(is(S2CType.MapData));
    const info = await a!.waitFor(is(S2CType.MapInfo));
    expect("crc32" in info && crc32(inflateSync(map.data))).toBe("crc32" in info ? info.crc32 : -1);
    expect(map.name).toBe("name" in info ? info.name : "");
  });

  it("keeps an arena playing when another arena is placed beside it", async () => {
    const c = await enter("charlie", 1, "duel");
    const d = await enter("delta", 0, "duel");
    await c.c.waitFor(
      (p): p is Of<typeof S2CType.PlayerEntering> =>
        p.type === S2CType.PlayerEntering && JSON.stringify(p).includes("delta"),
    );
    d.c.send({ type: C2SType.ShipChange, ship: 2 } as never);
    await c.c.waitFor(
      (p): p is Of<typeof S2CType.ShipFreqChange> => p.type === S2CType.ShipFreqChange && p.playerId === d.pid,
    );
    const placed = zone.placements();
    if (zone.ports[0] !== zone.ports[1]) {
      // Distributed: the second arena went to the other replica.
      expect(placed.size).toBe(2);
      expect(placed.get("duel")).not.toBe(placed.get("0"));
    }
    // The first arena still relays.
    const [a, b] = clients;
    const pos = await relayed(a!, b!, 8300);
    expect(pos.x).toBe(8300);
    // Players in another arena do not see this arena's chat.
    d.c.send({ type: C2SType.Chat, chatType: ChatType.Public, sound: 0, target: -1, text: "duel only" } as never);
    await c.c.waitFor((p): p is Of<typeof S2CType.Chat> => p.type === S2CType.Chat && p.text === "duel only");
    expect(b!.received.some((p) => p.type === S2CType.Chat && p.text === "duel only")).toBe(false);
    // A remote private message reaches a player in the other arena, through the master.
    d.c.send({
      type: C2SType.Chat,
      chatType: ChatType.RemotePrivate,
      sound: 0,
      target: -1,
      text: ":alpha:psst",
    } as never);
    const pm = await a!.waitFor(
      (p): p is Of<typeof S2CType.Chat> => p.type === S2CType.Chat && p.chatType === ChatType.RemotePrivate,
    );
    expect([pm.playerId, pm.text]).toEqual([-1, "(delta)>psst"]);
    // ?arena lists both arenas, the asker's own with a negative count.
    d.c.send({ type: C2SType.Chat, chatType: ChatType.Public, sound: 0, target: -1, text: "?arena" } as never);
    const list = await d.c.waitFor(is(S2CType.ArenaList));
    expect(list.arenas.map((x) => [x.name, x.count])).toEqual([
      ["0", 2],
      ["duel", -2],
    ]);
  });
});
