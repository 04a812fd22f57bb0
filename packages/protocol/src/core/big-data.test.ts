import { describe, expect, it } from "vitest";
import { clientKeyExchange, NULL_SCHEME } from "../crypto/index.js";
import type { TransportConfigInput } from "./config.js";
import { Loopback } from "./loopback.js";
import { encodeChunk, encodeStreamChunk } from "./packets/big-data.js";
import { CoreType } from "./packets/core-type.js";
import { encodeReliable } from "./packets/reliable.js";
import { DropReason } from "./stats.js";

function link(serverConfig: TransportConfigInput = {}, clientConfig: TransportConfigInput = {}) {
  const l = new Loopback({
    responder: NULL_SCHEME,
    keyExchange: clientKeyExchange({ clientKey: 9 }),
    serverConfig,
    clientConfig,
  });
  l.runUntil(() => l.client.state === "open");
  l.recordWire = true;
  return l;
}

/** A game packet of `len` bytes with a recognisable body. */
function packet(type: number, len: number): Uint8Array {
  const p = new Uint8Array(len);
  for (let i = 0; i < len; i++) p[i] = (i * 7 + 3) & 0xff;
  p[0] = type;
  return p;
}

const s2cSizes = (l: Loopback, core: number) =>
  l.wire.filter((w) => w.direction === "s2c" && w.bytes[6] === 0 && w.bytes[7] === core).map((w) => w.bytes.length);

describe("big packets as 00 08 / 00 09 pieces", () => {
  it("sends a 1428-byte settings packet as reliable 488 + 488 + 476-byte datagrams, as ASSS does", () => {
    const l = link();
    const settings = packet(0x0f, 1428);
    expect(l.serverEnd.sendReliable(settings).ok).toBe(true);
    l.run(200);
    expect(l.atClient.packets).toEqual([settings]);
    expect(l.atClient.reliableFlags).toEqual([true]);
    expect([...s2cSizes(l, CoreType.Chunk), ...s2cSizes(l, CoreType.ChunkTail)]).toEqual([488, 488, 476]);
  });

  it("carries big packets client to server too, between small ones, in order", () => {
    const l = link();
    const sent = [packet(0x06, 20), packet(0x16, 5000), packet(0x06, 30), packet(0x16, 507), packet(0x06, 506)];
    for (const p of sent) expect(l.client.sendReliable(p).ok).toBe(true);
    l.run(1_000);
    expect(l.atServer.packets).toEqual(sent);
  });

  it("accepts exactly maxBigPacket bytes and refuses one more", () => {
    const l = link({}, {});
    expect(l.client.sendReliable(packet(0x16, 65_536)).ok).toBe(true);
    const r = l.client.sendReliable(packet(0x16, 65_537));
    expect(r.ok || r.error.code).toBe("CORE_TOO_LARGE");
    l.run(10_000);
    expect(l.atServer.packets.map((p) => p.length)).toEqual([65_536]);
  });

  it("refuses a big payload that is not a game packet", () => {
    const l = link();
    const core = new Uint8Array(600);
    const r = l.client.sendReliable(core);
    expect(r.ok || r.error.code).toBe("CORE_BAD_PAYLOAD");
    expect(l.client.reliableBacklog).toBe(0);
  });

  it("drops a reassembly that passes maxBigPacket, ignores it to its tail, then takes the next one", () => {
    const l = link({ maxBigPacket: 1000 });
    const server = l.serverEnd;
    const piece = packet(0x0f, 480);
    let seq = 0;
    const put = (p: Uint8Array) => server.receive(encodeReliable(seq++, p), l.now);
    put(encodeChunk(false, piece));
    put(encodeChunk(false, piece));
    put(encodeChunk(false, piece)); // 1440 > 1000
    put(encodeChunk(true, piece));
    expect(server.stats.drops[DropReason.BigPacketOverflow]).toBe(1);
    put(encodeChunk(false, piece));
    put(encodeChunk(true, piece.subarray(0, 100)));
    expect(l.atServer.packets.map((p) => p.length)).toEqual([580]);
  });
});

describe("sized streams 00 0A", () => {
  it("streams a 2168-byte map as 4 × 492 + 260-byte datagrams, as ASSS does", () => {
    const l = link();
    const map = packet(0x2a, 2168);
    expect(l.serverEnd.sendStream(map).ok).toBe(true);
    l.run(300);
    expect(l.atClient.packets).toEqual([map]);
    expect(s2cSizes(l, CoreType.Stream)).toEqual([492, 492, 492, 492, 260]);
  });

  it("paces a long stream: never more than threshold + one top-up of chunks queued", () => {
    const l = link({ bandwidth: { initial: 100_000 } });
    const file = packet(0x10, 200_000);
    l.serverEnd.sendStream(file);
    let peak = 0;
    l.runUntil(() => {
      peak = Math.max(peak, l.serverEnd.reliableBacklog);
      return l.atClient.packets.length === 1;
    }, 600_000);
    expect(Buffer.from(l.atClient.packets[0]!).equals(file)).toBe(true);
    expect(peak).toBeLessThanOrEqual(5 + 25);
    expect(peak).toBeGreaterThanOrEqual(25);
  });

  it("cancels on request: the receiver sends 00 0B, the sender stops and confirms with 00 0C", () => {
    const l = link();
    l.serverEnd.sendStream(packet(0x2a, 100_000));
    l.runUntil(() => l.client.stats.packetsDelivered === 0 && l.client.stats.datagramsIn > 20, 10_000);
    expect(l.client.cancelIncomingStream()).toBe(true);
    l.run(2_000);
    expect(l.serverEnd.pendingStreams).toBe(0);
    expect(l.atServer.eventsOf("stream_cancelled")).toEqual([{ type: "stream_cancelled", direction: "outgoing" }]);
    expect(l.atClient.eventsOf("stream_cancelled")).toEqual([{ type: "stream_cancelled", direction: "incoming" }]);
    expect(l.atClient.packets).toHaveLength(0);
    const next = packet(0x10, 3_000);
    l.serverEnd.sendStream(next);
    l.run(1_000);
    expect(l.atClient.packets).toEqual([next]);
  });

  it("refuses and counts streams past maxQueuedStreams", () => {
    const l = link({ maxQueuedStreams: 2 });
    const results = [1, 2, 3, 4].map(() => l.serverEnd.sendStream(packet(0x10, 1_000)));
    // Before a poll starts the first one, both accepted streams count as waiting.
    expect(results.map((r) => r.ok)).toEqual([true, true, false, false]);
    expect(l.serverEnd.stats.drops[DropReason.StreamQueueFull]).toBe(2);
    l.run(1_000);
    expect(l.atClient.packets).toHaveLength(2);
  });

  it("refuses an incoming stream over maxIncomingStream and asks the sender to stop", () => {
    const l = link({}, { maxIncomingStream: 10_000 });
    l.serverEnd.sendStream(packet(0x10, 50_000));
    l.run(3_000);
    expect(l.atClient.packets).toHaveLength(0);
    expect(l.client.stats.drops[DropReason.StreamRejected]).toBe(1);
    expect(l.atServer.eventsOf("stream_cancelled")).toHaveLength(1);
    expect(l.serverEnd.reliableBacklog).toBe(0);
  });

  it("drops a stream whose chunks disagree on the total, and asks the sender to stop", () => {
    const l = link();
    const server = l.serverEnd;
    // Unwrapped chunks, so the client's own reliable numbering stays intact for its 00 0C.
    const put = (total: number, len: number) => server.receive(encodeStreamChunk(total, packet(0x16, len)), l.now);
    put(1000, 480);
    put(999, 480);
    put(1000, 480);
    expect(server.stats.drops[DropReason.StreamRejected]).toBe(1);
    expect(server.stats.drops[DropReason.StreamCancelled]).toBe(1);
    l.run(200); // 00 0B out, the client confirms with 00 0C: streams are taken again
    put(500, 480);
    put(500, 20);
    expect(l.atServer.packets.map((p) => p.length)).toEqual([500]);
  });

  it("drops a stream chunk that runs past the announced total", () => {
    const l = link();
    const server = l.serverEnd;
    server.receive(encodeReliable(0, encodeStreamChunk(600, packet(0x16, 480))), l.now);
    server.receive(encodeReliable(1, encodeStreamChunk(600, packet(0x16, 480))), l.now);
    expect(server.stats.drops[DropReason.StreamRejected]).toBe(1);
    expect(l.atServer.packets).toHaveLength(0);
  });
});
