/**
 * Packets per second through a client → server `Connection` pair in memory (the loopback link,
 * fake clock, no sockets): the CPU cost of framing, clustering, acking, ordering, reassembly and
 * encryption. Run: node --conditions=@zonebus/source --import tsx packages/protocol/bench/transport.bench.ts
 * Prints markdown table rows.
 */

import {
  type KeyExchangeResponder,
  Loopback,
  type TransportConfigInput,
  UnreliablePriority,
} from "../src/core/index.js";
import { clientKeyExchange, NULL_SCHEME, VIE_SCHEME } from "../src/crypto/index.js";

interface Case {
  readonly name: string;
  readonly size: number;
  readonly reliable: boolean;
  readonly responder: KeyExchangeResponder;
  readonly count: number;
}

// Unlimited bandwidth: the bench measures CPU, not the adaptive limit's ramp-up.
const CONFIG: TransportConfigInput = { bandwidth: { mode: "unlimited" }, syncIntervalMs: 0 };

function payload(size: number): Uint8Array {
  const p = new Uint8Array(size).fill(0x5a);
  p[0] = 0x06;
  return p;
}

function run(c: Case): { seconds: number; datagrams: number; wireBytes: number } {
  const l = new Loopback({
    responder: c.responder,
    keyExchange: clientKeyExchange(),
    clientConfig: CONFIG,
    serverConfig: CONFIG,
  });
  l.runUntil(() => l.client.state === "open");
  const p = payload(c.size);
  const start = process.hrtime.bigint();
  let sent = 0;
  const received = () => l.atServer.packets.length;
  while (received() < c.count) {
    if (c.reliable) {
      while (sent < c.count && l.client.reliableBacklog < 400) {
        l.client.sendReliable(p);
        sent++;
      }
    } else {
      // Unreliable: as many per step as fit the queue; none are lost on the loopback.
      for (let k = 0; k < 200 && sent < c.count; k++, sent++) l.client.sendUnreliable(p, UnreliablePriority.Normal);
    }
    l.step(10);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, datagrams: l.client.stats.datagramsOut, wireBytes: l.client.stats.bytesOut };
}

const cases: Case[] = [
  { name: "reliable 22 B, null cipher", size: 22, reliable: true, responder: NULL_SCHEME, count: 200_000 },
  { name: "reliable 22 B, VIE", size: 22, reliable: true, responder: VIE_SCHEME, count: 200_000 },
  { name: "reliable 200 B, VIE", size: 200, reliable: true, responder: VIE_SCHEME, count: 100_000 },
  { name: "reliable 1428 B (3 pieces), VIE", size: 1428, reliable: true, responder: VIE_SCHEME, count: 20_000 },
  { name: "unreliable 22 B, VIE", size: 22, reliable: false, responder: VIE_SCHEME, count: 300_000 },
];

console.log("client → server `Connection` pair in memory (loopback link, fake clock, unlimited bandwidth)");
console.log("| case | packets | s | packets/s | datagrams/packet | wire bytes/packet |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
run({ ...cases[0]!, count: 20_000 }); // warm-up
for (const c of cases) {
  const r = run(c);
  const rate = Math.round(c.count / r.seconds).toLocaleString("en-US");
  console.log(
    `| ${c.name} | ${c.count} | ${r.seconds.toFixed(2)} | ${rate} | ${(r.datagrams / c.count).toFixed(3)} | ${(r.wireBytes / c.count).toFixed(1)} |`,
  );
}
