// Child process for the durability test: writes entries forever and prints each acknowledged
// write as `key revision`, until it is killed.
import { FileStore } from "../file-store.js";

const dir = process.argv[2];
if (!dir) throw new Error("usage: kill-writer <dir>");
const store = FileStore.open({ dir });
const kv = await store.bucket("durable");
for (let i = 0; ; i++) {
  const key = `k${i % 500}`;
  const rev = await kv.put(key, new TextEncoder().encode(`v${i}`));
  process.stdout.write(`${key} ${rev} v${i}\n`);
}
