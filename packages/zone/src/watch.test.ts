import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { watchZone, type ZoneWatch } from "./watch.js";
import { loadZone } from "./zone.js";

/** Resolves with the first batch of changes, or undefined after `ms`. */
function nextChange(dir: string, ms: number, start: (w: ZoneWatch) => void): Promise<readonly string[] | undefined> {
  return new Promise((resolve) => {
    const w = watchZone(
      dir,
      (changed) => {
        clearTimeout(timer);
        w.close();
        resolve(changed);
      },
      { debounceMs: 40 },
    );
    const timer = setTimeout(() => {
      w.close();
      resolve(undefined);
    }, ms);
    start(w);
  });
}

describe("watchZone", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reports a burst of edits once, with zone-relative paths, and the reload sees them", async () => {
    dir = mkdtempSync(join(tmpdir(), "zone-watch-"));
    mkdirSync(join(dir, "arenas", "(default)"), { recursive: true });
    writeFileSync(join(dir, "arenas", "(default)", "arena.conf"), "[Team]\nMaxPerTeam = 1\n");
    const changed = await nextChange(dir, 3000, () => {
      // Give the recursive watcher a moment to reach the subfolders before editing.
      setTimeout(() => {
        writeFileSync(join(dir, "arenas", "(default)", "arena.conf"), "[Team]\nMaxPerTeam = 4\n");
        writeFileSync(join(dir, "news.txt"), "hello");
      }, 100);
    });
    expect(changed).toEqual(expect.arrayContaining(["arenas/(default)/arena.conf", "news.txt"]));
    const reloaded = loadZone(dir);
    const a = reloaded.arena("0");
    expect(a.ok && a.arena.config.getInt("Team", "MaxPerTeam", 0)).toBe(4);
    expect(reloaded.news?.bytes.length).toBe(5);
  });

  it("stays silent after close", async () => {
    dir = mkdtempSync(join(tmpdir(), "zone-watch-"));
    const changed = await nextChange(dir, 300, (w) => {
      w.close();
      writeFileSync(join(dir, "news.txt"), "late");
    });
    expect(changed).toBeUndefined();
  });
});
