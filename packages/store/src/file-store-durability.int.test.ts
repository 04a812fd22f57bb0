import { spawn } from "node:child_process";
import { readFileSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { FileStore } from "./file-store.js";
import type { Recovery } from "./log-file.js";
import { tempDir } from "./testing/temp-dir.js";

interface Acked {
  rev: number;
  value: string;
}

/** Runs the writer until `count` writes are acknowledged, then SIGKILLs it. */
async function writeAndKill(dir: string, count: number): Promise<{ acked: Map<string, Acked>; signal: string | null }> {
  const child = spawn(
    process.execPath,
    [
      "--conditions=@zonebus/source",
      "--import",
      "tsx",
      join(import.meta.dirname, "testing/kill-writer.ts"),
      dir,
      "65536",
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const acked = new Map<string, Acked>();
  let buf = "";
  let total = 0;
  child.stdout.on("data", (d: Buffer) => {
    buf += d.toString();
    const lines = buf.split("\n");
    buf = lines.pop() ?? "";
    for (const line of lines) {
      const [key, rev, value] = line.split(" ");
      const prev = acked.get(key!);
      if (!prev || prev.rev < Number(rev)) acked.set(key!, { rev: Number(rev), value: value! });
      total++;
    }
    if (total >= count && child.exitCode === null) child.kill("SIGKILL");
  });
  const signal = await new Promise<string | null>((resolve) => child.once("exit", (_code, sig) => resolve(sig)));
  return { acked, signal };
}

it("keeps every acknowledged write when the writer is killed with SIGKILL mid-stream", async () => {
  const dir = tempDir("durable");
  try {
    const { acked, signal } = await writeAndKill(dir.path, 3_000);
    expect(signal).toBe("SIGKILL");
    expect(acked.size).toBe(300);
    const store = await FileStore.open({ dir: dir.path });
    const kv = await store.bucket("durable");
    const revs = new Set<number>();
    for (const [key, want] of acked) {
      const got = await kv.get(key);
      // A later write may have reached the disk before the kill without being acknowledged.
      expect(got?.revision).toBeGreaterThanOrEqual(want.rev);
      // Each write i took revision i + 1 and wrote `v<i>`: value and revision belong together.
      expect(new TextDecoder().decode(got!.value).split(".")[0]).toBe(`v${got!.revision - 1}`);
      revs.add(got!.revision);
    }
    expect(revs.size).toBe(acked.size);
    expect(await kv.put("after", new Uint8Array([1]))).toBeGreaterThan(Math.max(...revs));
    await store.close();
  } finally {
    dir.remove();
  }
}, 30_000);

it("recovers a killed writer's log cut at any point of its last records", async () => {
  const dir = tempDir("cut");
  try {
    await writeAndKill(dir.path, 500);
    const log = join(dir.path, "store.log");
    const full = readFileSync(log);
    for (const cut of [1, 7, 13, 40, 97]) {
      truncateSync(log, full.length - cut);
      const recovered: Recovery[] = [];
      const store = await FileStore.open({ dir: dir.path, onRecovered: (r) => recovered.push(r) });
      const kv = await store.bucket("durable");
      expect((await kv.keys()).length).toBeGreaterThan(250);
      expect(recovered.every((r) => r.kind === "torn")).toBe(true);
      await store.close();
      expect(statSync(log).size).toBeLessThanOrEqual(full.length - cut);
      writeFileSync(log, full);
    }
  } finally {
    dir.remove();
  }
}, 30_000);
