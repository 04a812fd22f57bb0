/**
 * Game packet codecs: the position hot path (C2S `0x03` decode, S2C `0x28`/`0x05` encode) and,
 * for comparison, the allocating dispatchers and a DSL-built packet (chat).
 * Run: node --conditions=@zonebus/source --import tsx packages/protocol/bench/packets.bench.ts
 * Prints markdown rows: | case | ops/s | ns/op | bytes allocated/op |. Allocation is the heap
 * growth over a loop run right after a full GC, in a window no GC interrupted.
 */
import { PerformanceObserver } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import {
  type C2SChat,
  type C2SPosition,
  c2sEncodedLength,
  createC2SPosition,
  decodeC2S,
  decodeC2SPositionInto,
  encodeC2S,
  encodeRelayedPositionInto,
  encodeS2C,
  encodeS2CPositionInto,
  encodeS2CWeaponInto,
  type S2CPosition,
  type S2CWeapon,
} from "../src/game/index.js";

/** The bench runner passes --expose-gc; run alone, the flag is set here instead. */
function exposedGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}
const gc = exposedGc();

let gcEvents = 0;
new PerformanceObserver((list) => {
  gcEvents += list.getEntries().length;
}).observe({ entryTypes: ["gc"] });

const THROUGHPUT_OPS = 3_000_000;
let sink = 0;

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs a full GC and waits until the observer has reported it, so it is not counted later. */
async function settledGc(): Promise<void> {
  const seen = gcEvents;
  gc();
  for (let i = 0; i < 100 && gcEvents === seen; i++) await tick();
  await tick();
}

/**
 * Heap growth per op over a window no GC interrupted: the smallest of three clean windows (the
 * first also pays for compiling the loop). Allocating ops get shorter windows so a young
 * generation scavenge is less likely to land inside one.
 */
async function bytesPerOp(op: (i: number) => void): Promise<number | undefined> {
  let best: number | undefined;
  let clean = 0;
  for (const ops of [20_000, 20_000, 20_000, 5_000, 5_000, 1_000, 1_000, 1_000, 200, 200]) {
    await settledGc();
    const gcBefore = gcEvents;
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < ops; i++) op(i);
    const after = process.memoryUsage().heapUsed;
    for (let i = 0; i < 10; i++) await tick();
    if (gcEvents !== gcBefore) continue;
    const bytes = Math.max(0, (after - before) / ops);
    best = best === undefined ? bytes : Math.min(best, bytes);
    if (++clean === 3) break;
  }
  return best;
}

async function measure(name: string, op: (i: number) => void, ops = THROUGHPUT_OPS): Promise<void> {
  for (let i = 0; i < 200_000; i++) op(i); // warm-up: let the optimizing compiler see the loop
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < ops; i++) op(i);
  const ns = Number(process.hrtime.bigint() - t0) / ops;
  const bytes = await bytesPerOp(op);
  const alloc = bytes === undefined ? "(GC in every window)" : bytes.toFixed(1);
  console.log(`| ${name} | ${(1e9 / ns / 1e6).toFixed(2)} M | ${ns.toFixed(0)} | ${alloc} |`);
}

// Inputs: one plain and one extra-data position, as a client sends them.
const position: C2SPosition = {
  ...createC2SPosition(),
  rotation: 12,
  time: 0x7c23b,
  xSpeed: -340,
  y: 8192,
  x: 8200,
  ySpeed: 120,
  bounty: 40,
  energy: 1200,
};
const plain = encodeC2S(position);
const withExtra = encodeC2S({
  ...position,
  extraLength: 10,
  extra: { energy: 1200, s2cLag: 3, timer: 0, items: 0x403 },
});
const scratch = createC2SPosition();
const out = new Uint8Array(512);

const small: S2CPosition = {
  type: 0x28,
  rotation: 12,
  time: 0xc23b,
  x: 8200,
  latency: 4,
  bounty: 40,
  playerId: 7,
  status: 0,
  ySpeed: 120,
  y: 8192,
  xSpeed: -340,
  extraLength: 2,
  extra: { energy: 1200, s2cLag: 0, timer: 0, items: 0 },
};
const weapon: S2CWeapon = { ...small, type: 0x05, playerId: 300, bounty: 300, weapon: 0x21, extraLength: 0 };
const chat: C2SChat = { type: 0x06, chatType: 2, sound: 0, target: -1, text: "hello public, how is everyone" };
const chatBytes = encodeC2S(chat);

console.log("| case | ops/s | ns/op | bytes allocated/op |");
console.log("| --- | --- | --- | --- |");
await measure("C2S 0x03 decodeC2SPositionInto, 22 B", () => {
  sink ^= decodeC2SPositionInto(plain, scratch) === undefined ? scratch.x : 1;
});
await measure("C2S 0x03 decodeC2SPositionInto, 32 B with extra data", () => {
  sink ^= decodeC2SPositionInto(withExtra, scratch) === undefined ? scratch.extra.items : 1;
});
await measure("S2C 0x28 encodeS2CPositionInto, 18 B with energy", (i) => {
  small.time = i & 0xffff;
  sink ^= encodeS2CPositionInto(small, out, i & 255);
});
await measure("S2C 0x05 encodeS2CWeaponInto, 21 B with checksum", (i) => {
  weapon.time = i & 0xffff;
  sink ^= encodeS2CWeaponInto(weapon, out, i & 255);
});
await measure("position round trip: decodeC2SPositionInto + encodeRelayedPositionInto", (i) => {
  if (decodeC2SPositionInto(plain, scratch) === undefined)
    sink ^= encodeRelayedPositionInto(scratch, i & 511, i & 0xffff, 4, 2, out, i & 255);
});
await measure("C2S 0x03 via decodeC2S (allocating dispatcher)", () => {
  const r = decodeC2S(plain);
  sink ^= r.ok ? 1 : 0;
});
await measure("S2C 0x28 via encodeS2C (allocating dispatcher)", () => {
  sink ^= encodeS2C(small).length;
});
await measure(
  "C2S 0x06 chat via decodeC2S (field-spec DSL)",
  () => {
    const r = decodeC2S(chatBytes);
    sink ^= r.ok ? 1 : 0;
  },
  500_000,
);
await measure(
  "C2S 0x06 chat via encodeC2S (field-spec DSL)",
  () => {
    sink ^= encodeC2S(chat).length;
  },
  500_000,
);
console.log(`\n(${c2sEncodedLength(chat)}-byte chat; sink ${sink & 1})`);
process.exit(0);
