import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FileStore } from "./file-store.js";
import { storeContract } from "./store.contract.js";

storeContract("FileStore", async () => {
  const dir = mkdtempSync(join(tmpdir(), "zb-store-"));
  let now = 1_700_000_000_000;
  const store = FileStore.open({ dir, now: () => now });
  return {
    store,
    ttlMs: 1_000,
    elapse: async (ms) => {
      now += ms;
    },
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
