import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hex, readVector, toHex } from "./vectors.js";
import { VIE_TABLE_WORDS, VieCipher, vieCipher, vieServerKey, vieTable } from "./vie.js";

interface VieVectors {
  keys: {
    client_key_i32: number;
    server_key_i32: number;
    client_request_hex: string;
    server_response_hex: string;
    encryption_active: boolean;
    table_hex: string;
    packets: { name: string; len: number; plain_hex: string; cipher_hex: string }[];
  }[];
}

const vectors = readVector<VieVectors>("vie.json");
const byKey = vectors.keys.map((k) => [k.client_key_i32, k] as const);

describe("VIE against ASSS's vectors", () => {
  it.each(byKey)("client key %s: server key by negation, table from the server key", (_, k) => {
    expect(vieServerKey(k.client_key_i32)).toBe(k.server_key_i32);
    if (!k.encryption_active) {
      expect(vieCipher(k.server_key_i32).name).toBe("null");
      return;
    }
    const table = vieTable(k.server_key_i32);
    expect(table.length).toBe(VIE_TABLE_WORDS);
    expect(toHex(new Uint8Array(table.buffer))).toBe(k.table_hex);
  });

  it.each(byKey)("client key %s: encrypts every plaintext to its ciphertext and back", (_, k) => {
    const cipher = vieCipher(k.server_key_i32);
    expect(k.packets.length).toBeGreaterThan(0);
    for (const p of k.packets) {
      const buf = hex(p.plain_hex);
      cipher.encrypt(buf);
      expect(toHex(buf), `encrypt ${p.name}`).toBe(p.cipher_hex);
      const wire = hex(p.cipher_hex);
      cipher.decrypt(wire);
      expect(toHex(wire), `decrypt ${p.name}`).toBe(p.plain_hex);
    }
  });
});

describe("VIE cipher", () => {
  it("leaves 1-byte game and 2-byte core packets unchanged", () => {
    const c = vieCipher(123456);
    for (const plain of [[0x27], [0x00, 0x07], [0x00, 0x00]]) {
      const buf = new Uint8Array(plain);
      c.encrypt(buf);
      expect([...buf]).toEqual(plain);
      c.decrypt(buf);
      expect([...buf]).toEqual(plain);
    }
  });

  it("keeps the type byte of game packets and both type bytes of core packets clear", () => {
    const c = vieCipher(0x5eed);
    const game = new Uint8Array(12).fill(0x41);
    game[0] = 0x03;
    const core = new Uint8Array(12).fill(0x41);
    core[0] = 0x00;
    core[1] = 0x03;
    c.encrypt(game);
    c.encrypt(core);
    expect(game[0]).toBe(0x03);
    expect(game[1]).not.toBe(0x41);
    expect([core[0], core[1]]).toEqual([0x00, 0x03]);
    expect(core[2]).not.toBe(0x41);
  });

  it("transforms only the first len bytes of a larger buffer", () => {
    const c = vieCipher(-99);
    for (const len of [7, 60]) {
      const buf = new Uint8Array(80).fill(0xaa);
      buf[0] = 0x03;
      c.encrypt(buf, len);
      expect(toHex(buf.subarray(len)), `len ${len}`).toBe("aa".repeat(80 - len));
      expect(buf[len - 1]).not.toBe(0xaa);
    }
  });

  it("gives the same bytes at any alignment, short and long datagrams alike", () => {
    const c = new VieCipher(0x3b9aca07);
    for (const len of [5, 22, 47, 48, 49, 300, 512]) {
      const plain = Uint8Array.from({ length: len }, (_, i) => (i * 37 + 11) & 0xff);
      const reference = plain.slice();
      c.encrypt(reference);
      for (let shift = 1; shift < 4; shift++) {
        const backing = new Uint8Array(len + shift + 3).fill(0x5a);
        backing.set(plain, shift);
        c.encrypt(backing.subarray(shift), len);
        expect(toHex(backing.subarray(shift, shift + len)), `len ${len} at +${shift}`).toBe(toHex(reference));
        expect(backing[shift - 1]).toBe(0x5a);
        expect(backing[shift + len]).toBe(0x5a);
      }
    }
  });

  it("ignores lengths past the buffer and does nothing for empty or zero-length input", () => {
    const c = vieCipher(77);
    const empty = new Uint8Array(0);
    c.encrypt(empty);
    c.decrypt(empty, 10);
    const buf = Uint8Array.of(1, 2, 3, 4, 5);
    c.encrypt(buf, 0);
    c.decrypt(buf, -3);
    expect([...buf]).toEqual([1, 2, 3, 4, 5]);
    const whole = buf.slice();
    c.encrypt(buf, 1000);
    c.encrypt(whole);
    expect([...buf]).toEqual([...whole]);
    expect([...buf]).not.toEqual([1, 2, 3, 4, 5]);
  });

  it("round-trips any datagram of 1..512 bytes under any key, at any offset", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -0x80000000, max: 0x7fffffff }),
        fc.uint8Array({ minLength: 1, maxLength: 512 }),
        fc.integer({ min: 0, max: 3 }),
        (key, data, shift) => {
          const c = vieCipher(key);
          const buf = new Uint8Array(data.length + shift).subarray(shift);
          buf.set(data);
          c.encrypt(buf);
          c.decrypt(buf);
          return toHex(buf) === toHex(data);
        },
      ),
      { numRuns: 300 },
    );
  });
});
