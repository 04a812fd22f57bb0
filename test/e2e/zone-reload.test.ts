import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { BotClient, crc32 } from "@zonebus/protocol";
import { freePort, startServiceProcess } from "@zonebus/testkit";
import { expect, it } from "vitest";

function sharedZone(): string {
  for (let dir = resolve(import.meta.dirname); dirname(dir) !== dir; dir = dirname(dir)) {
    const zone = join(dir, "shared", "zones", "asss-dist");
    if (existsSync(zone)) return zone;
  }
  throw new Error("cannot find shared/zones/asss-dist beside the repository");
}

it("serves a zone folder's new news after the operator edits it, without a restart", async () => {
  const dir = mkdtempSync(join(tmpdir(), "zb-reload-"));
  const zoneDir = join(dir, "zone");
  cpSync(sharedZone(), zoneDir, { recursive: true });
  const port = await freePort();
  const zone = await startServiceProcess({
    service: "all-in-one",
    args: ["--port", String(port), "--host", "127.0.0.1", "--data-dir", join(dir, "data"), "--zone", zoneDir],
  });
  const newsChecksum = async (name: string) => {
    const bot = await BotClient.connect({ host: "127.0.0.1", port, name, encryption: "vie" });
    try {
      return (await bot.login()).newsChecksum;
    } finally {
      await bot.disconnect();
    }
  };
  try {
    const before = await newsChecksum("early");
    const text = "Fresh news for the reload test.\n";
    writeFileSync(join(zoneDir, "news.txt"), text);
    const want = crc32(new TextEncoder().encode(text));
    expect(before).not.toBe(want);
    let after = before;
    for (let i = 0; i < 30 && after !== want; i++) {
      await new Promise((r) => setTimeout(r, 200));
      after = await newsChecksum(`late${i}`);
    }
    expect(after).toBe(want);
  } finally {
    await zone.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
