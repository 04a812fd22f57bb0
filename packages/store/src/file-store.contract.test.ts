import { FileStore } from "./file-store.js";
import { storeContract } from "./store.contract.js";
import { tempDir } from "./testing/temp-dir.js";

storeContract("FileStore", async () => {
  const dir = tempDir("store");
  let now = 1_700_000_000_000;
  const store = await FileStore.open({ dir: dir.path, now: () => now });
  return {
    store,
    ttlMs: 1_000,
    elapse: async (ms) => {
      now += ms;
    },
    close: async () => {
      await store.close();
      dir.remove();
    },
  };
});
