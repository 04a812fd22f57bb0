// Write rates of the embedded store: one writer awaiting each put, and 64 puts in flight
// (group commit), with and without fdatasync. Run: node --conditions=@zonebus/source --import tsx packages/store/bench/file-store.bench.ts
import { FileStore } from "../src/file-store.js";
import { tempDir } from "../src/testing/temp-dir.js";

async function rate(sync: boolean, inFlight: number, total: number): Promise<number> {
  const dir = tempDir("bench");
  const store = await FileStore.open({ dir: dir.path, sync });
  const kv = await store.bucket("bench");
  const value = new Uint8Array(100).fill(1);
  const start = process.hrtime.bigint();
  let next = 0;
  const worker = async () => {
    while (next < total) await kv.put(`k${next++ % 1000}`, value);
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  await store.close();
  dir.remove();
  return Math.round(total / seconds);
}

for (const sync of [true, false]) {
  for (const inFlight of [1, 64]) {
    const total = sync && inFlight === 1 ? 2_000 : 50_000;
    console.log(`sync=${sync} inFlight=${inFlight}: ${await rate(sync, inFlight, total)} puts/s`);
  }
}
