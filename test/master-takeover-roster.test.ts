import { setTimeout as sleep } from "node:timers/promises";
import { GatewayService, gatewayOptions } from "@zonebus/gateway";
import { ROSTER_GRACE_MS } from "@zonebus/master";
import { BotClient } from "@zonebus/protocol";
import { parseConfig } from "@zonebus/service-kit";
import { freePort } from "@zonebus/testkit";
import { pino } from "pino";
import { Registry } from "prom-client";
import { afterEach, expect, it } from "vitest";
import { localMasterZone } from "./support/local-master.js";

const logger = pino({ level: "silent" });
const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

it("a master taking over logs out players who left while no master served, and keeps the others", async () => {
  const { bus, subjects, master } = await localMasterZone("roster", logger, cleanups);
  const port = await freePort();
  const parsed = parseConfig("gateway", gatewayOptions, ["--port", String(port), "--host", "127.0.0.1"], {});
  if (!("config" in parsed)) throw new Error("gateway options did not parse");
  const gateway = new GatewayService({
    bus,
    subjects,
    logger,
    metrics: new Registry(),
    config: { ...parsed.config, gatewayId: "gw" },
  });
  const first = master();
  await first.start();
  await gateway.start();
  cleanups.push(() => gateway.stop());
  const bot = async (name: string) => {
    const b = await BotClient.connect({ host: "127.0.0.1", port, name, encryption: "vie" });
    cleanups.push(() => b.disconnect().catch(() => undefined));
    expect((await b.login()).code).toBe(0);
    return b;
  };
  const stays = await bot("stays");
  const leaves = await bot("leaves");

  // The active master dies; a player leaves meanwhile, and its leave reaches no master.
  await first.stop();
  await leaves.disconnect();
  // Past the grace that spares a login whose reply may still be on its way to the gateway.
  await sleep(ROSTER_GRACE_MS + 100);

  const metrics = new Registry();
  const next = master({}, metrics);
  await next.start();
  cleanups.push(() => next.stop());
  const players = await metrics.getSingleMetric("zb_master_players")?.get();
  expect(players?.values[0]?.value).toBe(1);
  // The one still connected keeps its place: the new master routes its chat and entry.
  expect(stays.closeReason).toBeUndefined();
});
