import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { arenaContentOf, createArenaFactory, ReplicaService } from "@zonebus/arena";
import { LocalBus, subjectToken } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import { FileStore } from "@zonebus/store";
import { BUCKET_TTL_MS, zoneSubjects } from "@zonebus/subjects";
import { defaultZone } from "@zonebus/zone";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";

const LEASE_MS = 300;
const GRACE_MS = 200;
const subjects = zoneSubjects("emptyclose");

async function until(what: string, cond: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await cond())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe("an arena nobody is in closes after the grace", () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it("releases its lease, deletes its snapshot and reports the replica's lower load; an occupied one stays", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zb-empty-close-"));
    const store = await FileStore.open({ dir, sync: false });
    const bus = new LocalBus();
    cleanups.push(
      () => rmSync(dir, { recursive: true, force: true }),
      () => store.close(),
      () => bus.close(),
    );
    const logger = pino({ level: "silent" });
    const zone = defaultZone();
    const scores = await store.bucket(subjects.buckets.scores);
    const createArena = createArenaFactory({ bus, subjects, logger, content: arenaContentOf(() => zone), scores });
    const replica = new ReplicaService({
      id: "r1",
      bus,
      store,
      subjects,
      logger,
      createArena,
      leaseMs: LEASE_MS,
      emptyArenaGraceMs: GRACE_MS,
    });
    await replica.start();
    cleanups.push(() => replica.stop());
    const owners = await store.bucket(subjects.buckets.arenaOwners, { ttlMs: LEASE_MS });
    const states = await store.bucket(subjects.buckets.arenaState, { ttlMs: BUCKET_TTL_MS.arenaState });
    const replicas = await store.bucket(subjects.buckets.replicas, { ttlMs: BUCKET_TTL_MS.replicas });
    const attach = async (arena: string, players: zonebus.IPlayerInfo[] = []) => {
      const req = zonebus.AttachArena.encode({ arena, reason: zonebus.PlacementReason.PLACEMENT_REASON_NEW, players });
      const reply = await bus.request(subjects.replicaAttach("r1"), req.finish(), { timeoutMs: 2_000 });
      expect(zonebus.AttachReply.decode(reply.data).ok).toBe(true);
    };
    await attach("empty");
    await attach("busy");
    bus.publish(
      subjects.arenaIn("busy"),
      zonebus.ArenaInputBatch.encode({ inputs: [{ enter: { pid: 1, name: "stayer", gateway: "gw" } }] }).finish(),
    );
    await until("a checkpoint of the empty arena", async () => (await states.get(subjectToken("empty"))) !== undefined);

    await until("the empty arena closed", async () => replica.arenaNames.length === 1);
    expect(replica.arenaNames).toEqual(["busy"]);
    // The arena is forgotten first; its lease and snapshot deletes follow as store round trips.
    await until("the empty arena's lease deleted", async () => (await owners.get(subjectToken("empty"))) === undefined);
    await until(
      "the empty arena's snapshot deleted",
      async () => (await states.get(subjectToken("empty"))) === undefined,
    );
    await until("the heartbeat's lower load", async () => {
      const beat = await replicas.get("r1");
      return beat !== undefined && zonebus.ReplicaStatus.decode(beat.value).arenas === 1;
    });
    // The occupied arena outlives several graces.
    await sleep(3 * GRACE_MS + LEASE_MS);
    expect(replica.arenaNames).toEqual(["busy"]);
    expect(await owners.get(subjectToken("busy"))).toBeDefined();
  });
});
