import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hex, readVector, toHex } from "../testing/shared.js";
import { ClientType } from "./encryption.js";
import { VIE_SCHEME, vieCipher, vieClientCipher, vieServerKey, vieTable } from "./vie.js";

interface VieVectors {
  keys: {
    client_key_i32: string;
    server_key_i32: string;
    client_request_hex: string;
    server_response_hex: string;
    encryption_active: string;
    table_hex: string;
    packets: { name: string; len: number; plain_hex: string; cipher_hex: string }[];
  }[];
}

const vectors = readVector<VieVectors>("vie.json");

describe("VIE against ASSS's vectors", () => {
  it.each(vectors.keys.map((k) => [k.client_key_i32, k] as const))("client key %s: server key and table", (_, k) => {
    expect(vieServerKey(Number(k.client_key_i32))).toBe(Number(k.server_key_i32));
    if (k.encryption_active !== "True") return;
    const table = vieTable(Number(k.server_key_i32));
    expect(toHex(new Uint8Array(table.buffer))).toBe(k.table_hex);
  });

  it.each(vectors.keys.map((k) => [k.client_key_i32, k] as const))(
    "client key %s: every datagram both ways",
    (_, k) => {
      const cipher = vieCipher(Number(k.server_key_i32));
      for (const p of k.packets) {
        const buf = hex(p.plain_hex);
        cipher.encrypt(buf);
        expect(toHex(buf), p.name).toBe(p.cipher_hex);
        cipher.decrypt(buf);
        expect(toHex(buf), p.name).toBe(p.plain_hex);
      }
    },
  );

  it("answers a VIE key request with the negated key, and 0x80000000 with no encryption", () => {
    const ans = VIE_SCHEME.respond(0x12345678, ClientType.Vie);
    expect(ans?.serverKey).toBe(-0x12345678);
    expect(ans?.cipher.name).toBe("vie");
    expect(VIE_SCHEME.respond(0x80000000 | 0, ClientType.Vie)?.cipher.name).toBe("null");
    expect(VIE_SCHEME.respond(0, ClientType.Vie)?.cipher.name).toBe("null");
    expect(VIE_SCHEME.respond(5, ClientType.Continuum)).toBeUndefined();
  });

  it("leaves 1-byte game and 2-byte core packets unchanged", () => {
    const c = vieCipher(123456);
    const one = new Uint8Array([0x27]);
    const two = new Uint8Array([0x00, 0x07]);
    c.encrypt(one);
    c.encrypt(two);
    expect([...one, ...two]).toEqual([0x27, 0x00, 0x07]);
  });

  it("round-trips any datagram under any key, client and server agreeing", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -0x80000000, max: 0x7fffffff }),
        fc.uint8Array({ minLength: 1, maxLength: 512 }),
        (key, data) => {
          const server = vieCipher(vieServerKey(key));
          const client = vieClientCipher(key, vieServerKey(key));
          const buf = new Uint8Array(data);
          client.encrypt(buf);
          server.decrypt(buf);
          return toHex(buf) === toHex(data);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("encrypts only the first len bytes of a larger buffer", () => {
    const c = vieCipher(-99);
    const buf = new Uint8Array(16).fill(0xaa);
    buf[0] = 0x03;
    c.encrypt(buf, 7);
    expect(toHex(buf.subarray(7))).toBe("aa".repeat(9));
  });
});
