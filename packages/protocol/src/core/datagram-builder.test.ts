import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DatagramBuilder } from "./datagram-builder.js";
import { decodeCluster } from "./packets/cluster.js";
import { CoreType } from "./packets/core-type.js";
import { toHex } from "./vectors.js";

const pkt = (len: number, fill: number) => new Uint8Array(len).fill(fill).fill(0x06, 0, 1);

/** Splits built datagrams back into the packets they carry. */
function unpack(datagrams: Uint8Array[]): Uint8Array[] {
  return datagrams.flatMap((d) => {
    if (d[0] !== 0 || d[1] !== CoreType.Cluster) return [d];
    const c = decodeCluster(d);
    return c.ok ? [...c.value.items] : [];
  });
}

describe("datagram builder", () => {
  it("copies a Node Buffer payload, whose slice() would share memory, so in-place encryption leaves it alone", () => {
    // The same packet (a Buffer view from a decoded bus message) is queued to many connections.
    const shared = Buffer.from(pkt(16, 7));
    const big = Buffer.from(pkt(300, 9));
    const b = new DatagramBuilder();
    b.add(shared);
    b.add(big);
    for (const d of b.finish()) d.fill(0xee);
    expect(toHex(shared)).toBe(toHex(pkt(16, 7)));
    expect(toHex(big)).toBe(toHex(pkt(300, 9)));
  });

  it("sends a lone small packet bare, not as a cluster of one", () => {
    const b = new DatagramBuilder();
    b.add(pkt(6, 1));
    expect(b.finish().map(toHex)).toEqual([toHex(pkt(6, 1))]);
    expect(b.clusters).toBe(0);
  });

  it("groups small packets into one 00 0E with a length byte each", () => {
    const b = new DatagramBuilder();
    b.add(Uint8Array.of(0, 4, 1, 0, 0, 0));
    b.add(Uint8Array.of(0x27));
    expect(b.finish().map(toHex)).toEqual(["000e0600040100000001" + "27"]);
  });

  it("sends packets over 255 bytes on their own, ahead of the open cluster", () => {
    const b = new DatagramBuilder();
    b.add(pkt(10, 1));
    b.add(pkt(300, 2));
    b.add(pkt(10, 3));
    const out = b.finish();
    expect(out.map((d) => d.length)).toEqual([300, 2 + 11 + 11]);
  });

  it("closes a cluster before it would pass 512 bytes", () => {
    const b = new DatagramBuilder();
    for (let i = 0; i < 3; i++) b.add(pkt(200, i));
    const out = b.finish();
    expect(out.map((d) => d.length)).toEqual([2 + 201 + 201, 200]);
  });

  it("hands out copies, so encrypting a datagram in place leaves the queued packet intact", () => {
    const queued = pkt(300, 9);
    const b = new DatagramBuilder();
    b.add(queued);
    b.finish()[0]!.fill(0);
    expect(queued[1]).toBe(9);
  });

  it("keeps every datagram within 512 bytes and every packet, in order per size class", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 512 }), { maxLength: 60 }), (sizes) => {
        const b = new DatagramBuilder();
        const packets = sizes.map((len, i) => pkt(len, i & 0xff));
        for (const p of packets) b.add(p);
        const out = b.finish();
        const back = unpack(out).map(toHex);
        const small = packets.filter((p) => p.length <= 255).map(toHex);
        const big = packets.filter((p) => p.length > 255).map(toHex);
        return (
          out.every((d) => d.length <= 512) &&
          back.length === packets.length &&
          JSON.stringify(back.filter((h) => h.length <= 510)) === JSON.stringify(small) &&
          JSON.stringify(back.filter((h) => h.length > 510)) === JSON.stringify(big)
        );
      }),
      { numRuns: 500 },
    );
  });
});
