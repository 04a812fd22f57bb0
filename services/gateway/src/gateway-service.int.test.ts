import { LocalBus } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import { BotClient } from "@zonebus/protocol";
import { zoneSubjects } from "@zonebus/subjects";
import { freePort } from "@zonebus/testkit";
import { pino } from "pino";
import { Registry } from "prom-client";
import { afterEach, expect, it } from "vitest";
import { type GatewayConfig, GatewayService, MAX_SEND_DELAY_MS } from "./gateway-service.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const CONFIG: GatewayConfig = {
  gatewayId: "gw",
  host: "127.0.0.1",
  port: 0,
  pingMode: "total",
  allowUnencryptedContinuum: false,
  maxConnections: 8,
  requestTimeoutMs: 300,
  clientTimeoutMs: 30_000,
  gatewayGroup: "default",
  drainGraceMs: 1_000,
  keepaliveMs: 5_000,
  bandwidthInitial: 5_000,
  bandwidthMax: 102_400,
  bandwidthGrowth: 25,
  sendDelayMs: 0,
};

it("refuses a --send-delay players would feel, or a starting send limit above the ceiling, when built", () => {
  const deps = { bus: new LocalBus(), subjects: zoneSubjects("gwconf"), logger: pino({ level: "silent" }) };
  const build = (config: Partial<GatewayConfig>) => () =>
    new GatewayService({ ...deps, metrics: new Registry(), config: { ...CONFIG, ...config } });
  expect(build({ sendDelayMs: MAX_SEND_DELAY_MS })).not.toThrow();
  expect(build({ sendDelayMs: MAX_SEND_DELAY_MS + 1 })).toThrow(/--send-delay/);
  expect(build({ bandwidthInitial: 200_000 })).toThrow(/--bandwidth-initial/);
});

it("passes logins to the master again after a stop and a start: the drain of the stop does not outlive it", async () => {
  const bus = new LocalBus();
  const subjects = zoneSubjects("gwrestart");
  const port = await freePort();
  const gateway = new GatewayService({
    bus,
    subjects,
    logger: pino({ level: "silent" }),
    metrics: new Registry(),
    config: { ...CONFIG, port },
  });
  cleanups.push(() => bus.close());
  const asked: string[] = [];
  bus.subscribe(subjects.masterLogin, (m) => asked.push(zonebus.LoginRequest.decode(m.data).name));
  await gateway.start();
  await gateway.stop();
  await gateway.start();
  cleanups.push(() => gateway.stop());
  const bot = await BotClient.connect({ host: "127.0.0.1", port, name: "again", encryption: "vie" });
  cleanups.push(() => bot.disconnect().catch(() => undefined));
  // No master answers here: the gateway replies "server busy" once its request times out.
  await bot.login({ timeoutMs: 3_000 });
  expect(asked).toEqual(["again"]);
});
