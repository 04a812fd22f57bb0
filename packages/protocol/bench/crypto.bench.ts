/**
 * VIE throughput on full-size (512-byte) and small (22-byte, a position packet) datagrams.
 * Run: node --conditions=@zonebus/source --import tsx packages/protocol/bench/crypto.bench.ts
 * Prints markdown rows: | operation | datagram | alignment | MB/s | datagrams/s |, then the cost
 * of building one key table (once per VIE connection).
 */
import { vieCipher, vieTable } from "@zonebus/protocol";

const SERVER_KEY = 0x3b9aca07;
const TARGET_BYTES = 256 * 1024 * 1024;

function measure(op: "encrypt" | "decrypt", size: number, offset: number): { mbps: number; pps: number } {
  const cipher = vieCipher(SERVER_KEY);
  // An offset of 1 puts the datagram on an odd address, as a slice of a receive buffer may be.
  const backing = new Uint8Array(size + offset);
  const buf = backing.subarray(offset, offset + size);
  for (let i = 0; i < size; i++) buf[i] = (i * 31 + 7) & 0xff;
  buf[0] = 0x03;
  const rounds = Math.max(1, Math.floor(TARGET_BYTES / size));
  const run = (n: number) => {
    for (let i = 0; i < n; i++) cipher[op](buf, size);
  };
  run(Math.min(rounds, 20_000)); // warm-up so the optimizing compiler has seen the loop
  const t0 = process.hrtime.bigint();
  run(rounds);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { mbps: (rounds * size) / seconds / 1e6, pps: rounds / seconds };
}

console.log("| operation | datagram | alignment | MB/s | datagrams/s |");
console.log("| --- | --- | --- | --- | --- |");
for (const size of [512, 22]) {
  for (const op of ["encrypt", "decrypt"] as const) {
    for (const offset of [0, 1]) {
      const { mbps, pps } = measure(op, size, offset);
      const align = offset === 0 ? "aligned" : "odd offset";
      console.log(`| VIE ${op} | ${size} B | ${align} | ${mbps.toFixed(0)} | ${(pps / 1e6).toFixed(2)} M |`);
    }
  }
}

// One table per VIE key exchange; the sink keeps the builds from being optimised away.
const tables = 20_000;
let sink = 0;
const t0 = process.hrtime.bigint();
for (let i = 0; i < tables; i++) sink ^= vieTable(0x10000 + i)[129] ?? 0;
const micros = Number(process.hrtime.bigint() - t0) / 1e3 / tables;
console.log(
  `| VIE key table build | 520 B table | — | — | ${(1e3 / micros).toFixed(0)} k/s (${micros.toFixed(1)} µs each${sink === -1 ? "!" : ""}) |`,
);
