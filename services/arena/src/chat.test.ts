import { LocalBus } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import { C2SType, ChatType, decodeS2C, encodeC2S, S2CType } from "@zonebus/protocol";
import { zoneSubjects } from "@zonebus/subjects";
import { pino } from "pino";
import { Registry } from "prom-client";
import { expect, it } from "vitest";
import { type ArenaPlayer, newArenaPlayer } from "./arena-player.js";
import { ArenaChat, type ChatArena, createChatMetrics } from "./chat.js";
import { MasterChat } from "./master-chat.js";
import { Outbox, Priority } from "./outbox.js";

const subjects = zoneSubjects("chat");
const logger = pino({ level: "silent" });

/** Two players on gateway `gw`, an arena chat over a real outbox, and what reaches the gateway. */
function setup(now: () => number) {
  const bus = new LocalBus();
  const players = new Map<number, ArenaPlayer>();
  for (const [pid, name] of [
    [1, "flooder"],
    [2, "victim"],
  ] as const)
    players.set(pid, newArenaPlayer({ pid, name, gateway: "gw" }, 8025));
  const outbox = new Outbox(bus, subjects);
  const arena: ChatArena = {
    name: "0",
    players,
    outbox,
    sendToAll: () => undefined,
  };
  const metrics = createChatMetrics(new Registry());
  const chat = new ArenaChat(arena, {
    limits: { limit: 10, shutupMs: 60_000 },
    masterChat: new MasterChat(bus, subjects.masterChat, logger),
    log: logger,
    metrics,
    now,
  });
  const out: { pids: number[]; priority: number; chatType: number; text: string }[] = [];
  bus.subscribe(subjects.gatewayOut("gw"), (m) => {
    for (const d of zonebus.DeliveryBatch.decode(m.data).deliveries) {
      const res = decodeS2C(d.packet!);
      if (res.ok && res.packet.type === S2CType.Chat) {
        const { chatType, text } = res.packet;
        out.push({ pids: d.pids!, priority: d.priority ?? 0, chatType, text });
      }
    }
  });
  const say = (text: string) =>
    chat.handle(
      players.get(1)!,
      encodeC2S({ type: C2SType.Chat, chatType: ChatType.Private, sound: 0, target: 2, text }),
    );
  return { chat, outbox, out, say, metrics };
}

it("sends private chat as sheddable, shuts a flooder up at FloodLimit and tells it at normal priority", async () => {
  const { outbox, out, say, metrics } = setup(() => 0);
  for (let i = 0; i < 30; i++) say(`spam ${i}`);
  outbox.flush();
  await expect.poll(() => out.length).toBe(11);
  expect(out.filter((o) => o.pids[0] === 2).map((o) => o.priority)).toEqual(Array(10).fill(Priority.Droppable));
  expect(out.find((o) => o.pids[0] === 1)).toEqual({
    pids: [1],
    priority: Priority.Normal,
    chatType: ChatType.Arena,
    text: "You have been shut up for 60 seconds for flooding.",
  });
  expect((await metrics.dropped.get()).values.find((v) => v.labels.reason === "flood")?.value).toBe(20);
});
