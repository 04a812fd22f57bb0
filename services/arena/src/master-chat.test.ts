import { setTimeout as sleep } from "node:timers/promises";
import { LocalBus } from "@zonebus/bus";
import { pino } from "pino";
import { expect, it } from "vitest";
import { MasterChat } from "./master-chat.js";

const bus = new LocalBus();
const logger = pino({ level: "silent" });

it("retries while no master listens, then drops the message and counts it", async () => {
  const chat = new MasterChat(bus, "zb.t.master.chat", logger, { retryForMs: 120, retryDelayMs: 20 });
  chat.send(Uint8Array.of(1));
  chat.send(Uint8Array.of(2));
  expect(chat.queued).toBe(2);
  await expect.poll(() => chat.dropped.noMaster, { timeout: 2_000 }).toBe(2);
  expect(chat.queued).toBe(0);
});

it("holds a bounded number of messages while no master listens, counting what it refused", async () => {
  const chat = new MasterChat(bus, "zb.t2.master.chat", logger, { maxQueued: 3, retryForMs: 400, retryDelayMs: 10 });
  for (let i = 0; i < 10; i++) chat.send(Uint8Array.of(i));
  expect(chat.queued).toBe(3);
  expect(chat.dropped.full).toBe(7);
  await sleep(50);
  // Still waiting for a master: nothing given up yet.
  expect([chat.queued, chat.dropped.noMaster]).toEqual([3, 0]);
  chat.close();
  chat.send(Uint8Array.of(99));
  expect(chat.queued).toBe(3);
});
