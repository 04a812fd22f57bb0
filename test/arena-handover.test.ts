import { setTimeout as sleep } from "node:timers/promises";
import { type Arena, arenaContentOf, createArenaFactory, ReplicaService } from "@zonebus/arena";
import { subjectToken } from "@zonebus/bus";
import { ArenaBatcher, OwnerProbe } from "@zonebus/gateway";
import { hashPassword, LocalAuthenticator, MasterService } from "@zonebus/master";
import { zonebus } from "@zonebus/proto";
import { C2SCodecs, C2SType, ChatType, S2CCodecs, S2CType } from "@zonebus/protocol";
import { connectDistributed, type Infrastructure } from "@zonebus/runtime";
import { zoneSubjects } from "@zonebus/subjects";
import { defaultZone } from "@zonebus/zone";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";

const LEASE_MS = 600;
const logger = pino({ level: "silent" });
const zone = defaultZone();

interface Replica {
  readonly service: ReplicaService;
  readonly infra: Infrastructure;
  /** Every arena runtime the replica created, newest last. */
  readonly arenas: Arena[];
}

async function until(what: string, cond: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!cond()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** The moderator's password: staff rights go only to names proved at login. */
const BOSS_PASSWORD = new Map([["boss", hashPassword("boss-pw", Buffer.from("0123456789abcdef"))]]);

/** A master and two arena replicas, each on its own NATS connection, leases of 600 ms. */
describe("arena handover and failover between replicas, through the master", () => {
  let zoneSeq = 0;
  /** A fresh zone per test: no directory, lease or snapshot left from another. */
  let subjects: ReturnType<typeof zoneSubjects>;
  let gw: Infrastructure;
  let masterInfra: Infrastructure;
  let master: MasterService;
  let replicas: Map<string, Replica>;
  /** ArenaOwner announcements, as gateways see them. */
  let announced: string[];

  const startReplica = async (id: string): Promise<Replica> => {
    const infra = await connectDistributed({ natsUrl: inject("natsUrl") }, id);
    const scores = await infra.store.bucket(subjects.buckets.scores);
    const factory = createArenaFactory({
      bus: infra.bus,
      subjects,
      logger,
      content: arenaContentOf(() => zone),
      scores,
    });
    const arenas: Arena[] = [];
    const service = new ReplicaService({
      id,
      bus: infra.bus,
      store: infra.store,
      subjects,
      logger,
      leaseMs: LEASE_MS,
      createArena: (name) => {
        const a = factory(name);
        arenas.push(a);
        return a;
      },
    });
    await service.start();
    return { service, infra, arenas };
  };

  /** What a gateway does for a player: login, enter, then the enter input on the arena subject. */
  const enter = async (name: string, arena: string, password = ""): Promise<number> => {
    const login = zonebus.LoginReply.decode(
      (
        await gw.bus.request(
          subjects.masterLogin,
          zonebus.LoginRequest.encode({
            gateway: "gw",
            name,
            password: Buffer.from(password, "latin1"),
            clientKind: zonebus.ClientKind.CLIENT_KIND_VIE,
            clientVersion: 134,
          }).finish(),
          { timeoutMs: 5_000 },
        )
      ).data,
    );
    expect(login.code).toBe(0);
    const reply = zonebus.EnterReply.decode(
      (
        await gw.bus.request(
          subjects.masterEnter,
          zonebus.EnterRequest.encode({
            player: { pid: login.pid, gateway: "gw" },
            arenaType: -3,
            arenaName: arena,
          }).finish(),
          { timeoutMs: 5_000 },
        )
      ).data,
    );
    expect(reply.ok).toBe(true);
    input(arena, { enter: reply.player });
    return login.pid;
  };
  const input = (arena: string, i: zonebus.IArenaInput) =>
    gw.bus.publish(subjects.arenaIn(arena), zonebus.ArenaInputBatch.encode({ inputs: [i] }).finish());
  const ownerOf = (arena: string) => [...replicas.entries()].find(([, r]) => r.service.arenaNames.includes(arena));
  const live = (r: Replica) => r.arenas.at(-1)!;

  beforeEach(async () => {
    subjects = zoneSubjects(`ho${Date.now()}x${++zoneSeq}`);
    gw = await connectDistributed({ natsUrl: inject("natsUrl") }, "gw");
    announced = [];
    gw.bus.subscribe(subjects.arenaOwner, (m) => {
      const o = zonebus.ArenaOwner.decode(m.data);
      announced.push(`${o.arena}:${o.owner}`);
    });
    masterInfra = await connectDistributed({ natsUrl: inject("natsUrl") }, "master");
    master = new MasterService({
      bus: masterInfra.bus,
      store: masterInfra.store,
      subjects,
      // The moderator proves its name; staff rights go only to authenticated names.
      auth: new LocalAuthenticator({ allowUnknown: true, passwords: BOSS_PASSWORD }),
      logger,
      config: {
        maxPlayers: 32,
        defaultArena: "0",
        attachTimeoutMs: 2_000,
        redirectTicketMs: 30_000,
        leaseMs: LEASE_MS,
        moderators: "boss",
      },
      news: () => undefined,
    });
    await master.start();
    replicas = new Map([
      ["r1", await startReplica("r1")],
      ["r2", await startReplica("r2")],
    ]);
  });

  afterEach(async () => {
    for (const r of replicas.values()) {
      await r.service.stop().catch(() => undefined);
      await r.infra.close().catch(() => undefined);
    }
    await master.stop();
    await masterInfra.close();
    await gw.close();
  });

  it("a drain request hands a played arena to the other replica with its players and scores; gateways hold, then resume", async () => {
    const alpha = await enter("alpha", "duel");
    const bravo = await enter("bravo", "duel");
    const [fromId, from] = ownerOf("duel")!;
    await until("both players in", () => live(from).playerCount === 2);
    input("duel", { packet: { pid: alpha, data: C2SCodecs.ShipChange.encode({ type: C2SType.ShipChange, ship: 3 }) } });
    input("duel", { packet: { pid: bravo, data: C2SCodecs.ShipChange.encode({ type: C2SType.ShipChange, ship: 4 }) } });
    input("duel", {
      packet: { pid: bravo, data: C2SCodecs.Death.encode({ type: C2SType.Death, killerId: alpha, bounty: 9 }) },
    });
    await until("the kill", () => live(from).players.get(alpha)?.killPoints === 9);

    // The operator's drain request; SIGTERM takes the same path (the e2e test sends one).
    const asked = await gw.bus.request(
      subjects.replicaDrain(fromId),
      zonebus.DrainRequest.encode({ reason: "maintenance" }).finish(),
      { timeoutMs: 2_000 },
    );
    expect(zonebus.DrainReply.decode(asked.data).arenas).toBe(1);
    await until("the arena on the other replica", () => {
      const owner = ownerOf("duel")?.[0];
      return owner !== undefined && owner !== fromId;
    });
    const [toId, to] = ownerOf("duel")!;
    expect(toId).not.toBe(fromId);
    expect(from.service.arenaNames).toEqual([]);
    // The new owner announces itself right after taking the arena; the announcement crosses the bus.
    await until("the new owner's announcement", () => announced.includes(`duel:${toId}`));
    expect(live(to).players.get(alpha)).toMatchObject({ ship: 3, killPoints: 9, kills: 1 });
    expect(live(to).players.get(bravo)).toMatchObject({ ship: 4, deaths: 1 });
    expect(announced.filter((a) => a.startsWith("duel:"))).toEqual([`duel:${fromId}`, "duel:", `duel:${toId}`]);
    // The new owner takes input.
    input("duel", { leavePid: bravo });
    await until("bravo gone on the new owner", () => !live(to).players.has(bravo));
  });

  it("a moderator's ?drain <replica id> hands the replica's arenas to the other; others are refused", async () => {
    const alpha = await enter("alpha", "duel");
    const boss = await enter("boss", "0", "boss-pw");
    const [fromId] = ownerOf("duel")!;
    /** System messages the master sends to players on gateway "gw". */
    const told: string[] = [];
    gw.bus.subscribe(subjects.gatewayOut("gw"), (m) => {
      for (const d of zonebus.DeliveryBatch.decode(m.data).deliveries) {
        const chat = d.packet?.[0] === S2CType.Chat ? S2CCodecs.Chat.decode(d.packet) : undefined;
        if (chat?.ok) told.push(chat.packet.text);
      }
    });
    const command = (pid: number, name: string, text: string) =>
      gw.bus.publish(
        subjects.masterChat,
        zonebus.ZoneChat.encode({ from: { pid, gateway: "gw" }, fromName: name, fromArena: "duel", text }).finish(),
      );
    command(alpha, "alpha", `?drain ${fromId}`);
    await until("the refusal", () => told.includes("?drain is for moderators"));
    command(boss, "boss", "?drain nosuch");
    await until("the usage", () => told.some((t) => t.startsWith("usage: ?drain")));
    expect(told.find((t) => t.startsWith("usage: ?drain"))).toMatch(/replicas: (r1, r2|r2, r1)$/);
    const held = replicas.get(fromId)!.service.arenaNames.length;
    command(boss, "boss", `?drain ${fromId}`);
    await until("the arena on the other replica", () => {
      const owner = ownerOf("duel")?.[0];
      return owner !== undefined && owner !== fromId;
    });
    expect(told).toContain(`replica ${fromId} is draining ${held} arena(s)`);
    expect(replicas.get(fromId)!.service.arenaNames).toEqual([]);
    await until("both arenas on one replica", () => ownerOf("0")?.[0] !== fromId);
    command(boss, "boss", `?drain ${ownerOf("duel")![0]}`);
    await until("the last replica's refusal", () =>
      told.some((t) => t.endsWith("its arenas would have nowhere to go")),
    );
  });

  it("a command sent while no master serves reaches the master that takes over, once", async () => {
    const alpha = await enter("alpha", "duel");
    const [, from] = ownerOf("duel")!;
    await until("alpha in", () => live(from).playerCount === 1);
    /** Arena lists (0x2F) the master sends to players on gateway "gw". */
    const lists: number[] = [];
    gw.bus.subscribe(subjects.gatewayOut("gw"), (m) => {
      for (const d of zonebus.DeliveryBatch.decode(m.data).deliveries)
        if (d.packet?.[0] === S2CType.ArenaList) lists.push(...(d.pids ?? []));
    });
    await master.stop();
    const text = "?arena";
    input("duel", {
      packet: {
        pid: alpha,
        data: C2SCodecs.Chat.encode({ type: C2SType.Chat, chatType: ChatType.Public, sound: 0, target: -1, text }),
      },
    });
    await sleep(500);
    expect(lists).toEqual([]);
    // A master serves again (the standby taking over, or this one regaining the lease).
    await master.start();
    await until("the arena list", () => lists.length > 0);
    await sleep(300);
    expect(lists).toEqual([alpha]);
  });

  it("a replica that loses its bus is fenced, and the master fails its arena over with the directory's players", async () => {
    const alpha = await enter("alpha", "duel");
    const bravo = await enter("bravo", "duel");
    const [fromId, from] = ownerOf("duel")!;
    await until("both players in", () => live(from).playerCount === 2);
    input("duel", { packet: { pid: bravo, data: C2SCodecs.ShipChange.encode({ type: C2SType.ShipChange, ship: 2 }) } });
    input("duel", {
      packet: { pid: bravo, data: C2SCodecs.Death.encode({ type: C2SType.Death, killerId: alpha, bounty: 4 }) },
    });
    await until("the kill", () => live(from).players.get(alpha)?.killPoints === 4);
    await sleep(LEASE_MS / 2); // one checkpoint at least
    const crashAt = performance.now();
    await from.infra.close();
    await until("the old owner stops serving", () => from.service.arenaNames.length === 0, LEASE_MS * 3);
    await until("another owner", () => ownerOf("duel") !== undefined, 5_000);
    const [toId, to] = ownerOf("duel")!;
    const healedMs = performance.now() - crashAt;
    expect(toId).not.toBe(fromId);
    expect(live(to).players.get(alpha)).toMatchObject({ killPoints: 4, kills: 1 });
    expect(live(to).players.get(bravo)).toMatchObject({ deaths: 1 });
    // The new owner told gateways to send it the arena's input.
    await until("the new owner's announcement", () => announced.includes(`duel:${toId}`));
    expect(announced.at(-1)).toBe(`duel:${toId}`);
    expect(healedMs).toBeLessThan(LEASE_MS * 5);
  });

  it("input sent between an owner's death and the failover is held at the gateway and reaches the new owner", async () => {
    // What a gateway runs: the batcher and the owner probe, on the gateway's own connection.
    const batcher = new ArenaBatcher(gw.bus, subjects);
    const probe = new OwnerProbe(gw.bus, subjects, () => ["duel"], batcher, 50);
    batcher.start();
    probe.start();
    try {
      const alpha = await enter("alpha", "duel");
      const [fromId, from] = ownerOf("duel")!;
      await until("alpha in", () => live(from).playerCount === 1);
      await sleep(LEASE_MS / 2); // one checkpoint at least
      await from.infra.close();
      // The probe finds nobody serving the arena well before the lease runs out.
      await until("the hold", () => batcher.heldArenas.includes("duel"), LEASE_MS);
      // Before the master could tell: its last word on the arena still names the dead owner.
      expect(announced.filter((a) => a.startsWith("duel:")).at(-1)).toBe(`duel:${fromId}`);
      batcher.add("duel", {
        packet: { pid: alpha, data: C2SCodecs.ShipChange.encode({ type: C2SType.ShipChange, ship: 5 }) },
      });
      await until("another owner", () => ownerOf("duel") !== undefined && ownerOf("duel")?.[0] !== fromId, 5_000);
      const [, to] = ownerOf("duel")!;
      await until("the ship change on the new owner", () => live(to).players.get(alpha)?.ship === 5);
      expect(batcher.heldArenas).toEqual([]);
    } finally {
      probe.stop();
      batcher.stop();
    }
  });

  it("an arena that lost its replica while no other could take it is placed once a replica starts", async () => {
    const alpha = await enter("alpha", "duel");
    const [fromId, from] = ownerOf("duel")!;
    const [otherId, other] = [...replicas.entries()].find(([id]) => id !== fromId)!;
    await other.service.stop();
    await other.infra.close();
    replicas.delete(otherId);
    await until("alpha in", () => live(from).playerCount === 1);
    await sleep(LEASE_MS / 2);
    await from.infra.close();
    await sleep(LEASE_MS * 2);
    // Fenced, and nobody else to take it.
    expect(ownerOf("duel")).toBeUndefined();
    replicas.set("r3", await startReplica("r3"));
    await until("the arena on r3", () => replicas.get("r3")!.service.arenaNames.includes("duel"), LEASE_MS * 4);
    expect(live(replicas.get("r3")!).players.has(alpha)).toBe(true);
  });

  it("a replica whose lease another took stops serving the arena at once", async () => {
    await enter("alpha", "duel");
    const [, from] = ownerOf("duel")!;
    const owners = await gw.store.bucket(subjects.buckets.arenaOwners, { ttlMs: LEASE_MS });
    await owners.delete(subjectToken("duel"));
    await owners.create(subjectToken("duel"), zonebus.ArenaLease.encode({ arena: "duel", owner: "someone" }).finish());
    await until("the arena dropped", () => from.service.arenaNames.length === 0, LEASE_MS);
  });
});
