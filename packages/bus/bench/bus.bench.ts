/**
 * Publish→deliver throughput and per-message cost of LocalBus and NatsBus.
 *
 *   node --conditions=@zonebus/source --import tsx packages/bus/bench/bus.bench.ts
 *
 * One publisher and one subscriber, 34-byte payloads (a position update). Prints one markdown
 * table row per case: messages per second from the first publish to the last delivery, heap
 * bytes allocated per message (publish, route and deliver; the median of batches measured
 * between forced GCs), and for NATS the bytes each publish puts on the wire.
 */
import { setImmediate as nextTurn } from "node:timers/promises";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { type Bus, connectNatsBus, LocalBus } from "@zonebus/bus";
import { startNatsServer } from "@zonebus/testkit";

const PAYLOAD = new Uint8Array(34).fill(7);
const SUBJECT = "zb.bench.arena.duel.in";
const CHUNK = 10_000;
const HEAP_BATCH = 2_000;
const HEAP_ROUNDS = 15;

v8.setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

interface Case {
  readonly name: string;
  readonly pub: Bus;
  readonly sub: Bus;
  readonly messages: number;
  /** Extra subscriptions that make routing work harder without receiving the messages. */
  readonly decoys?: (bus: Bus) => void;
  readonly wireBytes?: number;
}

/** Publishes `n` messages in chunks, yielding between chunks so delivery and sockets keep up. */
async function pump(c: Case, n: number, received: () => number, timeoutMs: number): Promise<boolean> {
  const target = received() + n;
  for (let sent = 0; sent < n; ) {
    const end = Math.min(n, sent + CHUNK);
    for (; sent < end; sent++) c.pub.publish(SUBJECT, PAYLOAD);
    await nextTurn();
  }
  await c.pub.flush();
  const deadline = performance.now() + timeoutMs;
  while (received() < target && performance.now() < deadline) await nextTurn();
  return received() >= target;
}

async function run(c: Case): Promise<string> {
  let count = 0;
  c.sub.subscribe(SUBJECT, () => {
    count++;
  });
  c.decoys?.(c.sub);
  await c.sub.flush();
  await pump(c, 20_000, () => count, 5_000); // warm-up: JIT and socket buffers

  const heap: number[] = [];
  for (let r = 0; r < HEAP_ROUNDS; r++) {
    gc();
    const before = v8.getHeapStatistics().used_heap_size;
    await pump(c, HEAP_BATCH, () => count, 5_000);
    heap.push((v8.getHeapStatistics().used_heap_size - before) / HEAP_BATCH);
  }
  heap.sort((x, y) => x - y);

  const start = count;
  const t0 = performance.now();
  const complete = await pump(c, c.messages, () => count, 30_000);
  const seconds = (performance.now() - t0) / 1_000;
  const delivered = count - start;
  const rate = Math.round(delivered / seconds).toLocaleString("en-US");
  const loss = complete ? "" : ` (${delivered} of ${c.messages} delivered)`;
  const wire = c.wireBytes === undefined ? "–" : String(c.wireBytes);
  return `| ${c.name} | ${PAYLOAD.length} | ${rate}${loss} | ${Math.round(heap[heap.length >> 1]!)} | ${wire} |`;
}

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${SUBJECT}, one publisher, one subscriber`);
  console.log("| bus | payload B | msgs/s publish→deliver | heap B/msg | wire B/publish |");
  console.log("| --- | --- | --- | --- | --- |");

  const local = new LocalBus();
  console.log(await run({ name: "LocalBus", pub: local, sub: local, messages: 2_000_000 }));
  await local.close();

  const busy = new LocalBus();
  const decoys = (bus: Bus) => {
    for (let i = 0; i < 100; i++) bus.subscribe(`zb.bench.arena.a${i}.in`, () => undefined);
    bus.subscribe("zb.bench.gw.*.out", () => undefined);
  };
  console.log(await run({ name: "LocalBus, 101 other subs", pub: busy, sub: busy, messages: 2_000_000, decoys }));
  await busy.close();

  const server = await startNatsServer({ jetstream: false });
  try {
    const pub = await connectNatsBus({ servers: server.url, name: "bench-pub" });
    const sub = await connectNatsBus({ servers: server.url, name: "bench-sub" });
    // PUB <subject> <size>\r\n<payload>\r\n
    const wireBytes = `PUB ${SUBJECT} ${PAYLOAD.length}\r\n`.length + PAYLOAD.length + 2;
    console.log(await run({ name: "NatsBus (nats-server, loopback)", pub, sub, messages: 500_000, wireBytes }));
    await pub.close();
    await sub.close();
  } finally {
    await server.stop();
  }
}

await main();
