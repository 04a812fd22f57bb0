import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CoreErrorCode } from "../errors.js";
import { hex } from "../vectors.js";
import { decodeCluster } from "./cluster.js";
import { decodeCorePacket } from "./core-packet.js";

const CODES = new Set<string>(Object.values(CoreErrorCode));

/** One valid datagram of each core type, from the live session where it has one. */
const VALID = [
  "00013c2b1a9f0100",
  "0002c4d4e560",
  "0003010000000108000100040003ffff00000000000000000000000000000000",
  "000401000000",
  "0005f7bf07000100000001000000",
  "0006f7bf0700f7bf0700",
  "0007",
  "00080f0000",
  "0009aabb",
  "000a030000002a0102",
  "000b",
  "000c",
  "000d",
  "000e060004040000000c0003100000001d0000000000",
  "00100100000002000000",
  "0011010000000100",
  "0012aabbccdd",
  `0013${"00".repeat(84)}`,
  "00144101",
].map(hex);

/** Types whose packets may be longer than their minimum. */
const VARIABLE = new Set([0x03, 0x08, 0x09, 0x0a, 0x0e]);

describe("core packet decoding of hostile bytes", () => {
  it("decodes one valid packet of every core type", () => {
    for (const p of VALID) expect(decodeCorePacket(p).ok, Buffer.from(p).toString("hex")).toBe(true);
  });

  it("returns a typed error for every truncation of every valid packet, byte by byte", () => {
    let failures = 0;
    for (const p of VALID) {
      for (let len = 0; len < p.length; len++) {
        const r = decodeCorePacket(p.subarray(0, len));
        // Variable-length packets stay valid down to their minimum; fixed-size ones never.
        if (len < 2 || !VARIABLE.has(p[1]!)) expect(r.ok, `${p[1]} cut to ${len}`).toBe(false);
        if (!r.ok) {
          expect(CODES.has(r.error.code)).toBe(true);
          failures++;
        }
      }
    }
    expect(failures).toBeGreaterThan(150);
  });

  it("never throws on arbitrary bytes and only answers with known codes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 600 }), (bytes) => {
        const r = decodeCorePacket(bytes);
        return r.ok || CODES.has(r.error.code);
      }),
      { numRuns: 3000 },
    );
  });

  it("never throws on arbitrary bytes behind a valid core prefix", () => {
    const prefixed = fc
      .tuple(fc.integer({ min: 0, max: 0x16 }), fc.uint8Array({ maxLength: 520 }))
      .map(([t, body]) => Uint8Array.of(0, t, ...body));
    fc.assert(
      fc.property(prefixed, (bytes) => {
        const r = decodeCorePacket(bytes);
        return r.ok || CODES.has(r.error.code);
      }),
      { numRuns: 3000 },
    );
  });

  it("never hands out a cluster item reaching past the bytes it was given", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (body) => {
        const bytes = Uint8Array.of(0, 0x0e, ...body);
        const r = decodeCluster(bytes);
        if (!r.ok) return bytes.length < 4;
        const used = r.value.items.reduce((n, item) => n + 1 + item.length, 2);
        return used <= bytes.length && r.value.items.every((item) => item.length > 0);
      }),
      { numRuns: 3000 },
    );
  });
});
