import { setTimeout as sleep } from "node:timers/promises";
import { type DrainableSession, drainSessions, SessionState } from "@zonebus/gateway";
import { zonebus } from "@zonebus/proto";
import { S2CType } from "@zonebus/protocol";
import { BUCKET_TTL_MS } from "@zonebus/subjects";
import { pino } from "pino";
import { Counter, Registry } from "prom-client";
import { afterEach, expect, it } from "vitest";
import { localMasterZone } from "./support/local-master.js";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/**
 * A gateway's drain against the real master (in-process bus, file store), with gateway "gw-b"
 * live to take its players. Clients follow a redirect by leaving: a 0x3B delivered to a player
 * removes its session, as the client's disconnect does.
 */
it("hands on a player whose login completes while the drain runs, instead of waiting out the grace for it", async () => {
  const logger = pino({ level: "silent" });
  const { bus, store, subjects, master: build } = await localMasterZone("drain", logger, cleanups);
  const master = build();
  await master.start();
  cleanups.push(() => master.stop());
  const gateways = await store.bucket(subjects.buckets.gateways, { ttlMs: BUCKET_TTL_MS.gateways });
  const other = { id: "gw-b", group: "", publicIp: "127.0.0.2", publicPort: 5000, connections: 0 };
  await gateways.put("gw-b", zonebus.GatewayStatus.encode(other).finish());

  const login = async (name: string) => {
    const req = { gateway: "gw-a", name, clientKind: zonebus.ClientKind.CLIENT_KIND_CONTINUUM, clientIp: "10.0.0.1" };
    const reply = await bus.request(subjects.masterLogin, zonebus.LoginRequest.encode(req).finish(), {
      timeoutMs: 2_000,
    });
    return zonebus.LoginReply.decode(reply.data).pid;
  };
  const sessions = new Set<DrainableSession & { pid: number; state: SessionState }>();
  const closed: string[] = [];
  const session = (name: string, pid: number, state: SessionState) => {
    const s = { pid, name, arena: "", state, link: { sendReliable: () => undefined, close: () => closed.push(name) } };
    sessions.add(s);
    return s;
  };
  const redirected: number[] = [];
  bus.subscribe(subjects.gatewayOut("gw-a"), (m) => {
    for (const d of zonebus.DeliveryBatch.decode(m.data).deliveries)
      if (d.packet?.[0] === S2CType.Redirect)
        for (const pid of d.pids ?? []) {
          redirected.push(pid);
          for (const s of sessions) if (s.pid === pid) sessions.delete(s);
        }
  });

  session("early", await login("early"), SessionState.LoggedIn);
  const late = session("late", -1, SessionState.Authenticating); // its login request is with the master
  const drainCounter = new Counter({ name: "drained", help: "-", labelNames: ["result"], registers: [new Registry()] });
  const drained = drainSessions({
    gatewayId: "gw-a",
    bus,
    subjects,
    wire: { systemMessage: () => new Uint8Array(1) } as never,
    log: logger,
    drained: drainCounter,
    requestTimeoutMs: 2_000,
    graceMs: 3_000,
    noticeMs: 100,
    sessions: () => sessions,
  });
  await sleep(200);
  late.pid = await login("late");
  late.state = SessionState.LoggedIn;
  await drained;

  expect(redirected.sort()).toEqual([0, 1]);
  expect(closed).toEqual([]);
  const counts = Object.fromEntries((await drainCounter.get()).values.map((v) => [String(v.labels.result), v.value]));
  expect(counts).toEqual({ redirected: 2 });
});
