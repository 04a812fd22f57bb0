import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FileStore, type KvBucket } from "@zonebus/store";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ScoreBook, zeroScore } from "./scores.js";

describe("ScoreBook", () => {
  let dir: string;
  let store: FileStore;
  let bucket: KvBucket;
  const errors: string[] = [];
  const book = (arena: string) => new ScoreBook(bucket, arena, (name, err) => errors.push(`${name}: ${err.message}`));

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "zb-scores-"));
    store = await FileStore.open({ dir });
    bucket = await store.bucket("scores");
    errors.length = 0;
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("gives a zero score to a player it has never seen", async () => {
    expect(await book("0").load("nobody")).toEqual(zeroScore());
  });

  it("reads back the last of several quick saves, case-insensitively by name", async () => {
    const scores = book("0");
    for (let k = 1; k <= 20; k++) scores.save("Alpha", { killPoints: k * 10, flagPoints: 0, kills: k, deaths: 1 });
    expect(await scores.load("alpha")).toEqual({ killPoints: 200, flagPoints: 0, kills: 20, deaths: 1 });
    expect(errors).toEqual([]);
  });

  it("keeps each arena's scores apart, also for names that are not subject-safe", async () => {
    book("duel").save("Mr. Spaceman", { killPoints: 7, flagPoints: 1, kills: 1, deaths: 0 });
    await book("duel").flush();
    const other = book("0");
    other.save("Mr. Spaceman", { killPoints: 3, flagPoints: 0, kills: 0, deaths: 2 });
    await other.flush();
    expect((await book("duel").load("mr. spaceman")).killPoints).toBe(7);
    expect((await book("0").load("Mr. Spaceman")).deaths).toBe(2);
  });

  it("survives a store reopen (what a replica moving or restarting relies on)", async () => {
    const scores = book("0");
    scores.save("bravo", { killPoints: 5, flagPoints: 0, kills: 1, deaths: 0 });
    await scores.flush();
    await store.close();
    store = await FileStore.open({ dir });
    bucket = await store.bucket("scores");
    expect(await book("0").load("bravo")).toEqual({ killPoints: 5, flagPoints: 0, kills: 1, deaths: 0 });
  });

  it("clamps scores to the u32 range the wire carries instead of failing", async () => {
    const scores = book("0");
    scores.save("x", { killPoints: 2 ** 40, flagPoints: -5, kills: 1.7, deaths: 0 });
    expect(await scores.load("x")).toEqual({ killPoints: 0xffffffff, flagPoints: 0, kills: 1, deaths: 0 });
  });

  it("reports a store failure and falls back to a zero score instead of throwing", async () => {
    const scores = book("0");
    await store.close();
    expect(await scores.load("alpha")).toEqual(zeroScore());
    scores.save("alpha", zeroScore());
    await scores.flush();
    expect(errors).toHaveLength(2);
  });
});
