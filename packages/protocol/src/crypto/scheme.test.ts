import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clientKeyExchange } from "./client.js";
import { ClientType, type EncryptionScheme, NULL_CIPHER, type PacketCipher } from "./encryption.js";
import { CryptoErrorCode, KeyExchangeError } from "./errors.js";
import { NULL_SCHEME } from "./null-scheme.js";
import { selectScheme } from "./policy.js";
import { hex, readVector, toHex } from "./vectors.js";
import { VIE_SCHEME, vieServerKey } from "./vie.js";

interface VieVectors {
  keys: { client_request_hex: string; server_response_hex: string; encryption_active: boolean }[];
}

/** Builds the `00 02` a server sends for an answer. */
function keyResponse(serverKey: number): string {
  const b = new Uint8Array(6);
  b[1] = 0x02;
  new DataView(b.buffer).setInt32(2, serverKey, true);
  return toHex(b);
}

const fakeContinuum: EncryptionScheme = {
  name: "cont",
  respond: (key, type) => (type === ClientType.Continuum ? { serverKey: key ^ 0x55, cipher: NULL_CIPHER } : undefined),
};

describe("server schemes", () => {
  it("answers every recorded 00 01 with the recorded 00 02 bytes", () => {
    const { keys } = readVector<VieVectors>("vie.json");
    for (const k of keys) {
      const req = hex(k.client_request_hex);
      const view = new DataView(req.buffer);
      const answer = VIE_SCHEME.respond(view.getInt32(2, true), req[6]!);
      expect(answer && keyResponse(answer.serverKey)).toBe(k.server_response_hex);
    }
  });

  it("gives VIE clients VIE, except key 0 and 0x80000000 which get no encryption", () => {
    expect(VIE_SCHEME.respond(0x12345678, ClientType.Vie)).toMatchObject({ serverKey: -0x12345678 });
    expect(VIE_SCHEME.respond(0x12345678, ClientType.Vie)?.cipher.name).toBe("vie");
    expect(VIE_SCHEME.respond(0, ClientType.Vie)).toEqual({ serverKey: 0, cipher: NULL_CIPHER });
    expect(VIE_SCHEME.respond(0x80000000, ClientType.Vie)).toEqual({ serverKey: 0x80000000 | 0, cipher: NULL_CIPHER });
    expect(VIE_SCHEME.respond(5, ClientType.Continuum)).toBeUndefined();
  });

  it("null scheme echoes the key to both client kinds and refuses others", () => {
    expect(NULL_SCHEME.respond(-7, ClientType.Vie)).toEqual({ serverKey: -7, cipher: NULL_CIPHER });
    expect(NULL_SCHEME.respond(0xdeadbeef, ClientType.Continuum)).toEqual({
      serverKey: 0xdeadbeef | 0,
      cipher: NULL_CIPHER,
    });
    expect(NULL_SCHEME.respond(1, 0x02)).toBeUndefined();
  });

  it("zone policy: VIE for 0x01, null for 0x11 by default, nothing for unknown types", () => {
    const zone = selectScheme();
    expect(zone.respond(-1000, ClientType.Vie)).toMatchObject({ serverKey: 1000, cipher: { name: "vie" } });
    expect(zone.respond(0, ClientType.Continuum)).toEqual({ serverKey: 0, cipher: NULL_CIPHER });
    expect(zone.respond(1, 0x00)).toBeUndefined();
    expect(zone.respond(1, 0x12)).toBeUndefined();
  });

  it("zone policy: refuses Continuum when unencrypted Continuum is off, and VIE when VIE is off", () => {
    const strict = selectScheme({ allowUnencryptedContinuum: false });
    expect(strict.respond(42, ClientType.Continuum)).toBeUndefined();
    expect(strict.respond(42, ClientType.Vie)?.cipher.name).toBe("vie");
    const contOnly = selectScheme({ allowVie: false });
    expect(contOnly.respond(42, ClientType.Vie)).toBeUndefined();
    expect(contOnly.respond(42, ClientType.Continuum)?.serverKey).toBe(42);
  });

  it("zone policy: a plugged-in Continuum scheme answers before the null fallback", () => {
    const zone = selectScheme({ continuum: fakeContinuum, allowUnencryptedContinuum: false });
    expect(zone.respond(0x100, ClientType.Continuum)?.serverKey).toBe(0x155);
    expect(zone.respond(0x100, ClientType.Vie)?.serverKey).toBe(-0x100);
  });
});

describe("client key exchange", () => {
  it("picks a negative random key and accepts the negation as VIE, the echo as none", () => {
    const ex = clientKeyExchange({ randomBelow: (bound) => bound - 1 });
    expect(ex.clientKey).toBe(-0x7fffffff);
    expect(ex.clientType).toBe(ClientType.Vie);
    expect((ex.accept(0x7fffffff) as PacketCipher).name).toBe("vie");
    expect(ex.accept(ex.clientKey)).toBe(NULL_CIPHER);
    expect(clientKeyExchange({ randomBelow: () => 0 }).clientKey).toBe(-1);
  });

  it("returns a typed error for a reply that is neither the key nor its negation", () => {
    const ex = clientKeyExchange({ clientKey: 1234 });
    const result = ex.accept(4321);
    expect(result).toBeInstanceOf(KeyExchangeError);
    expect((result as KeyExchangeError).code).toBe(CryptoErrorCode.KeyMismatch);
    expect((result as KeyExchangeError).receivedKey).toBe(4321);
  });

  it("key 0 asks for no encryption and the server's echo gives none", () => {
    const ex = clientKeyExchange({ clientKey: 0 });
    const answer = VIE_SCHEME.respond(ex.clientKey, ex.clientType);
    expect(answer?.serverKey).toBe(0);
    expect(ex.accept(answer!.serverKey)).toBe(NULL_CIPHER);
  });

  it("client and zone agree on every key: what one encrypts the other decrypts", () => {
    const zone = selectScheme();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0x7ffffffe }),
        fc.uint8Array({ minLength: 1, maxLength: 512 }),
        (r, data) => {
          const ex = clientKeyExchange({ randomBelow: () => r });
          const answer = zone.respond(ex.clientKey, ex.clientType)!;
          expect(answer.serverKey).toBe(vieServerKey(ex.clientKey));
          const client = ex.accept(answer.serverKey) as PacketCipher;
          const buf = data.slice();
          client.encrypt(buf);
          answer.cipher.decrypt(buf);
          answer.cipher.encrypt(buf);
          client.decrypt(buf);
          return toHex(buf) === toHex(data);
        },
      ),
      { numRuns: 200 },
    );
  });
});
