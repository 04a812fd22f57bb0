import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NULL_CIPHER, type PacketCipher } from "./encryption.js";
import { NULL_SCHEME } from "./null-scheme.js";
import { VIE_SCHEME } from "./vie.js";

/** Every PacketCipher obeys the same contract, whatever the scheme behind it. */
const ciphers: [string, PacketCipher][] = [
  ["vie", VIE_SCHEME.respond(-0x1234567, 0x01)!.cipher],
  ["null (scheme)", NULL_SCHEME.respond(-0x1234567, 0x11)!.cipher],
  ["null (constant)", NULL_CIPHER],
];

describe.each(ciphers)("PacketCipher contract: %s", (name, cipher) => {
  it("names its scheme", () => {
    expect(cipher.name).toBe(name.split(" ")[0]);
  });

  it("round-trips any prefix of any buffer and never writes past len", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 520 }), fc.nat(600), (data, lenSeed) => {
        const len = data.length === 0 ? 0 : lenSeed % (data.length + 1);
        const buf = data.slice();
        cipher.encrypt(buf, len);
        expect(buf.length).toBe(data.length);
        expect(toArray(buf.subarray(len))).toEqual(toArray(data.subarray(len)));
        cipher.decrypt(buf, len);
        expect(toArray(buf)).toEqual(toArray(data));
      }),
      { numRuns: 150 },
    );
  });

  it("decrypts two datagrams alike whichever arrives first", () => {
    const a = Uint8Array.of(0x03, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    const b = Uint8Array.of(0x00, 0x03, 9, 8, 7, 6, 5, 4, 3, 2, 1);
    const [a1, b1, a2, b2] = [a.slice(), b.slice(), a.slice(), b.slice()];
    for (const x of [a1, b1]) cipher.encrypt(x);
    for (const x of [b2, a2]) cipher.encrypt(x);
    expect([toArray(a1), toArray(b1)]).toEqual([toArray(a2), toArray(b2)]);
    cipher.decrypt(b1);
    cipher.decrypt(a1);
    expect([toArray(a1), toArray(b1)]).toEqual([toArray(a), toArray(b)]);
  });
});

const toArray = (b: Uint8Array): number[] => Array.from(b);
