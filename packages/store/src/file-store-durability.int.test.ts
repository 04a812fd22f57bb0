import { spawn } from "node:child_process";
import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { FileStore } from "./file-store.js";

it("keeps every acknowledged write when the writer is killed with SIGKILL", async () => {
  const dir = mkdtempSync(join(tmpdir(), "zb-durable-"));
  try {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(import.meta.dirname, "testing/kill-writer.ts"), dir],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    const acked = new Map<string, { rev: number; value: string }>();
    let buf = "";
    await new Promise<void>((resolve) => {
      child.stdout.on("data", (d: Buffer) => {
        buf += d.toString();
        const lines = buf.split("\n");
        buf = lines.pop() ?? "";
        for (const line of lines) {
          const [key, rev, value] = line.split(" ");
          acked.set(key!, { rev: Number(rev), value: value! });
        }
        if (acked.size >= 500 && child.exitCode === null) child.kill("SIGKILL");
      });
      child.once("exit", () => resolve());
    });
    const store = FileStore.open({ dir });
    const kv = await store.bucket("durable");
    for (const [key, want] of acked) {
      const got = await kv.get(key);
      expect(got?.revision).toBeGreaterThanOrEqual(want.rev);
    }
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 30_000);

it("recovers the valid prefix of a store whose tail is torn or garbage", async () => {
  const dir = mkdtempSync(join(tmpdir(), "zb-torn-"));
  try {
    const first = FileStore.open({ dir });
    const kv = await first.bucket("b");
    await kv.put("a", new TextEncoder().encode("1"));
    await kv.put("b", new TextEncoder().encode("2"));
    await first.close();
    appendFileSync(join(dir, "store.log"), Buffer.from([40, 0, 0, 0, 1, 2, 3, 4, 5, 6]));
    let dropped = 0;
    const second = FileStore.open({ dir, onRecovered: (i) => (dropped = i.droppedBytes) });
    const kv2 = await second.bucket("b");
    expect(dropped).toBe(10);
    expect((await kv2.keys()).sort()).toEqual(["a", "b"]);
    const rev = await kv2.put("c", new TextEncoder().encode("3"));
    await second.close();
    const third = FileStore.open({ dir });
    expect((await (await third.bucket("b")).get("c"))?.revision).toBe(rev);
    await third.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
