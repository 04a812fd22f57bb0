import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { BotClient, ChatType, S2CType, type TransportConfigInput } from "@zonebus/protocol";
import { freeUdpPortPair, type ServiceProcess, startServiceProcess } from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metricSum, rssMiB } from "../support/zone-probes.js";

/** How long the flooder floods, as the attack in issue 15 (~45k private messages in 20 s). */
const FLOOD_MS = 20_000;
const NOTICE = "You have been shut up for 60 seconds for flooding.";

describe("a private-message flood", () => {
  let zone: ServiceProcess;
  let port: number;
  let dir: string;
  const bots: BotClient[] = [];
  const player = async (name: string, transport?: TransportConfigInput) => {
    const bot = await BotClient.connect({ host: "127.0.0.1", port, name, encryption: "vie", transport });
    bots.push(bot);
    expect((await bot.login()).code).toBe(0);
    await bot.enterArena();
    return bot;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "zb-hostile-chat-"));
    port = await freeUdpPortPair();
    zone = await startServiceProcess({
      service: "all-in-one",
      args: ["--port", String(port), "--host", "127.0.0.1", "--data-dir", dir],
    });
  });
  afterAll(async () => {
    await Promise.all(bots.map((b) => b.disconnect().catch(() => undefined)));
    expect(await zone.stop()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it("shuts the flooder up and tells it; the victim stays and still hears others", async () => {
    const victim = await player("victim");
    // The flooder's own link may queue and send without limit: the server, not the attacker, must hold back.
    const flooder = await player("flooder", {
      maxOutgoingReliable: 1_000_000,
      bandwidth: { mode: "unlimited", sendAtOnce: 255 },
    });
    const friend = await player("friend");
    const heard = { fromFlooder: 0, fromFriend: 0, friendAfterShutUp: 0 };
    let shutUpAt: number | undefined;
    flooder.on(S2CType.Chat, (c) => {
      if (c.chatType === ChatType.Arena && c.text === NOTICE) shutUpAt ??= performance.now();
    });
    victim.on(S2CType.Chat, (c) => {
      if (c.playerId === flooder.pid) heard.fromFlooder++;
      if (c.playerId === friend.pid) {
        heard.fromFriend++;
        if (shutUpAt !== undefined) heard.friendAfterShutUp++;
      }
    });
    const rssBefore = rssMiB(zone.pid);

    // The flooder sends as fast as the server acknowledges (keeping a few thousand queued on its
    // side); the friend chats once a second meanwhile.
    const start = performance.now();
    let sent = 0;
    let friendSaid = 0;
    while (performance.now() - start < FLOOD_MS && flooder.closeReason === undefined) {
      if (sent - (flooder.transportStats?.reliableSent ?? 0) < 2_000) {
        for (let i = 0; i < 100; i++) flooder.chat(ChatType.Private, `spam ${sent + i}`, victim.pid);
        sent += 100;
      }
      if ((performance.now() - start) / 1_000 > friendSaid) {
        friend.chat(ChatType.Private, `hello ${friendSaid++}`, victim.pid);
      }
      await sleep(1);
    }
    await expect.poll(() => heard.friendAfterShutUp, { timeout: 5_000 }).toBeGreaterThan(3);
    const rssAfter = rssMiB(zone.pid);
    const shutUps = await metricSum(zone, "zb_arena_chat_flood_shutups_total", 'kind="new"');
    const extended = await metricSum(zone, "zb_arena_chat_flood_shutups_total", 'kind="extended"');
    const dropped = await metricSum(zone, "zb_arena_chat_dropped_total", 'reason="flood"');
    console.log(
      `private-message flood: ${sent} sent in ${FLOOD_MS / 1_000} s (flooder link: ${flooder.closeReason ?? "open"}); ` +
        `shut up after ${shutUpAt === undefined ? "-" : Math.round(shutUpAt - start)} ms; victim heard ${heard.fromFlooder} from the flooder, ` +
        `${heard.fromFriend}/${friendSaid} from the friend (${heard.friendAfterShutUp} after the shut-up); ` +
        `zb_arena_chat_dropped_total{reason="flood"} ${dropped}, shut-ups new ${shutUps}, extended ${extended}; zone RSS ${rssBefore} MB -> ${rssAfter} MB`,
    );
    expect(shutUpAt).toBeDefined();
    expect(victim.closeReason).toBeUndefined();
    expect(heard.fromFlooder).toBeLessThanOrEqual(20);
    expect(dropped).toBeGreaterThan(sent / 2);
    expect(shutUps).toBe(1);
    await expect.poll(() => zone.output()).toContain("player shut up for chat flooding");

    // A newcomer logs in, enters and plays: it hears the friend's public chat.
    const newcomer = await player("newcomer");
    const hello = newcomer.waitFor(S2CType.Chat, (c) => c.playerId === friend.pid && c.text === "welcome");
    friend.chat(ChatType.Public, "welcome");
    expect((await hello).chatType).toBe(ChatType.Public);
    // The flooder's chat stays shut: its public line reaches nobody.
    const quiet = newcomer.waitFor(S2CType.Chat, (c) => c.playerId === flooder.pid, 1_000);
    flooder.chat(ChatType.Public, "still here?");
    await expect(quiet).rejects.toThrow();
    expect(victim.closeReason).toBeUndefined();
  }, 60_000);
});
