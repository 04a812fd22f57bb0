// Child process of the durability test: writes to a FileStore until it is killed, printing each
// acknowledged write as `key revision value`. Arguments: store directory, compaction threshold.
import { FileStore } from "../file-store.js";

const [dir, compactBytes = "65536"] = process.argv.slice(2);
if (!dir) throw new Error("usage: kill-writer <dir> [compactBytes]");
const store = await FileStore.open({ dir, compactBytes: Number(compactBytes) });
const kv = await store.bucket("durable");
const inFlight = 8;
let next = 0;
// Several writes in flight at once, so batches of more than one record are cut by the kill too.
async function writer(): Promise<never> {
  for (;;) {
    const i = next++;
    const key = `k${i % 300}`;
    const value = `v${i}`.padEnd(40 + (i % 50), ".");
    const rev = await kv.put(key, new TextEncoder().encode(value));
    process.stdout.write(`${key} ${rev} ${value}\n`);
  }
}
await Promise.all(Array.from({ length: inFlight }, writer));
