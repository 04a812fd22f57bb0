import { describe, expect, it, vi } from "vitest";
import { KvClosedError } from "./errors.js";
import { type AppendLog, WriteQueue } from "./write-queue.js";

/** A log in memory that records each batch and fails the batches it is told to. */
function memoryLog(failAt: number): AppendLog & { batches: Buffer[] } {
  const batches: Buffer[] = [];
  return {
    batches,
    async append(batch) {
      if (batches.length === failAt) throw new Error("ENOSPC: no space left on device");
      batches.push(batch);
    },
  };
}

describe("WriteQueue", () => {
  it("writes the records of one event-loop turn as one batch, in order", async () => {
    const log = memoryLog(-1);
    const q = new WriteQueue(log, async () => {});
    await Promise.all([q.enqueue(Buffer.from("a")), q.enqueue(Buffer.from("b")), q.enqueue(Buffer.from("c"))]);
    await q.enqueue(Buffer.from("d"));
    expect(log.batches.map((b) => b.toString())).toEqual(["abc", "d"]);
  });

  it("queues records made while a batch is being written for the next batch", async () => {
    const batches: string[] = [];
    let release = () => {};
    const log: AppendLog = {
      async append(batch) {
        batches.push(batch.toString());
        if (batches.length === 1) await new Promise<void>((r) => (release = r));
      },
    };
    const q = new WriteQueue(log, async () => {});
    const first = q.enqueue(Buffer.from("1"));
    await vi.waitFor(() => expect(batches).toEqual(["1"]));
    const rest = [q.enqueue(Buffer.from("2")), q.enqueue(Buffer.from("3"))];
    await new Promise((r) => setImmediate(r));
    // One write at a time: nothing more goes out until the first batch is done.
    expect(batches).toEqual(["1"]);
    release();
    await Promise.all([first, ...rest]);
    expect(batches).toEqual(["1", "23"]);
  });

  it("fails the batch and everything after a failed write, naming the cause", async () => {
    const log = memoryLog(1);
    const q = new WriteQueue(log, async () => {});
    await q.enqueue(Buffer.from("ok"));
    const failed = q.enqueue(Buffer.from("lost"));
    await expect(failed).rejects.toBeInstanceOf(KvClosedError);
    await expect(failed).rejects.toThrow(/stopped after a failed write: Error: ENOSPC/);
    await expect(q.enqueue(Buffer.from("later"))).rejects.toBeInstanceOf(KvClosedError);
    expect(String(q.failed)).toMatch(/ENOSPC/);
    expect(log.batches.map((b) => b.toString())).toEqual(["ok"]);
  });

  it("stops after a failed compaction, since the file may not match memory", async () => {
    const log = memoryLog(-1);
    const q = new WriteQueue(log, async () => {
      throw new Error("EIO: rename failed");
    });
    await expect(q.enqueue(Buffer.from("written"))).resolves.toBeUndefined();
    await q.drain();
    await expect(q.enqueue(Buffer.from("next"))).rejects.toThrow(/EIO/);
    expect(log.batches).toHaveLength(1);
  });
});
