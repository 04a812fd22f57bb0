import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { BotClient, ChatType, ClientFeature, encodeS2C, S2CType } from "@zonebus/protocol";
import { freePort, type ServiceProcess, startServiceProcess } from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/** The read-only shared/ folder beside the repository (zones and vectors). */
function sharedDir(): string {
  for (let dir = resolve(import.meta.dirname); dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, "shared", "zones"))) return join(dir, "shared");
  }
  throw new Error("cannot find shared/ beside the repository");
}

describe("an ASSS zone folder served across machines", () => {
  const procs: ServiceProcess[] = [];
  let port: number;

  beforeAll(async () => {
    const env = { NATS_URL: inject("natsUrl"), ZONE_ID: `files${Date.now()}` };
    // Only the master reads the folder; the replica gets it through the store.
    procs.push(
      await startServiceProcess({ service: "master", env, args: ["--zone", join(sharedDir(), "zones", "asss-dist")] }),
    );
    procs.push(await startServiceProcess({ service: "arena", env, args: ["--replica-id", "diskless"] }));
    port = await freePort();
    procs.push(
      await startServiceProcess({ service: "gateway", env, args: ["--port", String(port), "--host", "127.0.0.1"] }),
    );
  });
  afterAll(async () => {
    for (const p of procs.reverse()) await p.stop();
  });

  it("sends arena 0's ClientSettings byte for byte as ASSS does, and its map with a matching CRC", async () => {
    const golden = JSON.parse(
      readFileSync(join(sharedDir(), "protocol", "vectors", "settings-default-arena.json"), "utf8"),
    ) as {
      settings_hex: string;
    };
    const bot = await BotClient.connect({ host: "127.0.0.1", port, name: "surveyor", encryption: "vie" });
    try {
      expect((await bot.login()).code).toBe(0);
      const entry = await bot.enterArena({ arenaType: 0 });
      expect(Buffer.from(encodeS2C(entry.settings)).toString("hex")).toBe(golden.settings_hex);
      const map = await bot.downloadMap();
      expect(map.name).toBe("smallmap.lvl");
      await expect.poll(() => procs[1]!.output()).toContain("zone content read from the store");
      expect(entry.mapInfo.type).toBe(S2CType.MapInfo);
    } finally {
      await bot.disconnect();
    }
  });
});

describe("[Redirects] aliases in the all-in-one zone", () => {
  let proc: ServiceProcess;
  let port: number;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "zb-aliases-"));
    const zone = join(dir, "zone");
    cpSync(join(sharedDir(), "zones", "asss-dist"), zone, { recursive: true });
    port = await freePort();
    // An alias back to this very zone, into arena "duel": the whole round trip in one process.
    appendFileSync(join(zone, "conf", "global.conf"), `\n[Redirects]\nHomeDuel = 127.0.0.1:${port}:duel\n`);
    proc = await startServiceProcess({
      service: "all-in-one",
      args: ["--port", String(port), "--host", "127.0.0.1", "--data-dir", join(dir, "data"), "--zone", zone],
    });
  });
  afterAll(async () => {
    await proc?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("redirects a client asking for an alias, and lets its zeroed-password login into the alias's arena", async () => {
    const bot = await BotClient.connect({
      host: "127.0.0.1",
      port,
      name: "wanderer",
      encryption: "vie",
      features: ClientFeature.Redirect,
    });
    try {
      expect((await bot.login()).code).toBe(0);
      const redirect = bot.waitFor(S2CType.Redirect);
      bot.enterArena({ arenaName: "homeduel" }).catch(() => undefined);
      expect(await redirect).toMatchObject({ ip: "127.0.0.1", port, arenaType: -3, arenaName: "duel" });
      const followed = await bot.followRedirect();
      try {
        expect(followed.login.code).toBe(0);
        const list = followed.bot.waitFor(S2CType.ArenaList);
        followed.bot.chat(ChatType.Public, "?arena");
        expect((await list).arenas).toContainEqual({ name: "duel", count: -1 });
      } finally {
        await followed.bot.disconnect();
      }
    } finally {
      await bot.disconnect().catch(() => undefined);
    }
  });
});
