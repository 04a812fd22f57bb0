import { chmodSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FileStore, STORE_DIR_MODE } from "./file-store.js";
import { STORE_FILE_MODE } from "./log-file.js";

const mode = (path: string) => statSync(path).mode & 0o777;

describe("the embedded store's files are the owner's only", () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("creates its folder 0700 and its log 0600, compaction included", async () => {
    root = mkdtempSync(join(tmpdir(), "zb-modes-"));
    const dir = join(root, "data", "zone");
    // A tiny compaction threshold: the puts below rewrite the log through its temporary file.
    const store = await FileStore.open({ dir, sync: false, compactBytes: 64 });
    const bucket = await store.bucket("secrets");
    for (let i = 0; i < 20; i++) await bucket.put("key", new Uint8Array(32).fill(i));
    await store.close();
    expect(mode(dir)).toBe(STORE_DIR_MODE);
    expect(mode(join(root, "data"))).toBe(STORE_DIR_MODE);
    expect(mode(join(dir, "store.log"))).toBe(STORE_FILE_MODE);
  });

  it("makes an existing readable log private when it opens it", async () => {
    root = mkdtempSync(join(tmpdir(), "zb-modes-"));
    const first = await FileStore.open({ dir: root, sync: false });
    await first.close();
    chmodSync(join(root, "store.log"), 0o644);
    const again = await FileStore.open({ dir: root, sync: false });
    await again.close();
    expect(mode(join(root, "store.log"))).toBe(STORE_FILE_MODE);
  });
});
