import { createSocket, type RemoteInfo } from "node:dgram";
import { setTimeout as sleep } from "node:timers/promises";
import { LocalBus } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import { BotClient } from "@zonebus/protocol";
import { zoneSubjects } from "@zonebus/subjects";
import { freeUdpPortPair } from "@zonebus/testkit";
import { pino } from "pino";
import { Registry } from "prom-client";
import { afterEach, expect, it } from "vitest";
import { type GatewayConfig, GatewayService } from "./gateway-service.js";

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
  drainGraceMs: 200,
  keepaliveMs: 0,
  bandwidthInitial: 5_000,
  bandwidthMax: 102_400,
  bandwidthGrowth: 25,
  sendDelayMs: 0,
};

/** A gateway on real UDP whose master accepts `ok*` names and refuses the rest; `silent` names get no answer. */
async function gatewayWithMaster() {
  const bus = new LocalBus();
  const subjects = zoneSubjects("gwmetrics");
  const metrics = new Registry();
  const port = await freeUdpPortPair();
  const gateway = new GatewayService({
    bus,
    subjects,
    logger: pino({ level: "silent" }),
    metrics,
    config: { ...CONFIG, port },
  });
  let pid = 0;
  bus.subscribe(subjects.masterLogin, (m) => {
    const { name } = zonebus.LoginRequest.decode(m.data);
    if (name.startsWith("silent")) return;
    const code = name.startsWith("ok") ? 0 : 2;
    m.respond(zonebus.LoginReply.encode({ code, pid: ++pid, name }).finish());
  });
  await gateway.start();
  cleanups.push(async () => {
    await gateway.stop();
    await bus.close();
  });
  return { port, metrics };
}

/** A series' value: `name` is the metric's, or a histogram's `_bucket`, `_sum` or `_count` series. */
async function value(metrics: Registry, name: string, labels: Record<string, string | number> = {}): Promise<number> {
  const base = name.replace(/_(bucket|sum|count)$/, "");
  const got = await (metrics.getSingleMetric(name) ?? metrics.getSingleMetric(base))?.get();
  const match = got?.values.find(
    (v) =>
      ((v as { metricName?: string }).metricName ?? got.name) === name &&
      Object.entries(labels).every(([k, l]) => v.labels[k] === l),
  );
  return match?.value ?? 0;
}

async function bot(port: number, name: string): Promise<BotClient> {
  const b = await BotClient.connect({ host: "127.0.0.1", port, name, encryption: "vie", timeoutMs: 3_000 });
  cleanups.push(() => b.disconnect().catch(() => undefined));
  return b;
}

it("counts logins by outcome, times those the master answered, and counts the players they made", async () => {
  const { port, metrics } = await gatewayWithMaster();
  expect((await (await bot(port, "ok-one")).login()).code).toBe(0);
  expect((await (await bot(port, "refused")).login()).code).toBe(2);
  await (await bot(port, "silent")).login();
  expect(await value(metrics, "zb_gateway_logins_total", { outcome: "ok" })).toBe(1);
  expect(await value(metrics, "zb_gateway_logins_total", { outcome: "refused" })).toBe(1);
  expect(await value(metrics, "zb_gateway_logins_total", { outcome: "no_answer" })).toBe(1);
  expect(await value(metrics, "zb_gateway_login_seconds_count")).toBe(3);
  // The unanswered login waited out --request-timeout (300 ms); the two answered ones did not.
  expect(await value(metrics, "zb_gateway_login_seconds_bucket", { le: 0.25 })).toBe(2);
  expect(await value(metrics, "zb_gateway_login_seconds_sum")).toBeGreaterThanOrEqual(0.3);
  expect(await value(metrics, "zb_gateway_players")).toBe(1);
});

it("counts every datagram and byte that crossed the game port, handshakes included", async () => {
  const { port, metrics } = await gatewayWithMaster();
  const relay = await lossyRelay(port);
  const b = await bot(relay.port, "ok-counted");
  await b.login();
  await b.disconnect();
  await sleep(100);
  expect(relay.seen.toServer.datagrams).toBeGreaterThan(2);
  expect(await value(metrics, "zb_gateway_datagrams_total", { direction: "in" })).toBe(relay.seen.toServer.datagrams);
  expect(await value(metrics, "zb_gateway_datagrams_total", { direction: "out" })).toBe(relay.seen.toClient.datagrams);
  expect(await value(metrics, "zb_gateway_bytes_total", { direction: "in" })).toBe(relay.seen.toServer.bytes);
  expect(await value(metrics, "zb_gateway_bytes_total", { direction: "out" })).toBe(relay.seen.toClient.bytes);
});

it("counts the gateway's retransmissions when its datagrams to a client are lost", async () => {
  const { port, metrics } = await gatewayWithMaster();
  const relay = await lossyRelay(port);
  const b = await bot(relay.port, "ok-lossy");
  expect(await value(metrics, "zb_gateway_retransmits_total")).toBe(0);
  // The 0x0A goes out while everything to the client is lost: only a retransmission delivers it.
  relay.dropToClient = true;
  setTimeout(() => {
    relay.dropToClient = false;
  }, 400).unref();
  expect((await b.login()).code).toBe(0);
  expect(await value(metrics, "zb_gateway_retransmits_total")).toBeGreaterThan(0);
});

/** A UDP relay between a client and the gateway that counts what it forwards and can drop what goes to the client. */
async function lossyRelay(serverPort: number) {
  const socket = createSocket("udp4");
  await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", resolve));
  const seen = { toServer: { datagrams: 0, bytes: 0 }, toClient: { datagrams: 0, bytes: 0 } };
  const relay = { port: socket.address().port, seen, dropToClient: false };
  let client: RemoteInfo | undefined;
  socket.on("message", (msg, from) => {
    if (from.port === serverPort) {
      // Counted even when dropped: the gateway sent it.
      seen.toClient.datagrams++;
      seen.toClient.bytes += msg.length;
      if (client && !relay.dropToClient) socket.send(msg, client.port, client.address);
      return;
    }
    client = from;
    seen.toServer.datagrams++;
    seen.toServer.bytes += msg.length;
    socket.send(msg, serverPort, "127.0.0.1");
  });
  cleanups.push(() => new Promise((resolve) => socket.close(() => resolve())));
  return relay;
}
