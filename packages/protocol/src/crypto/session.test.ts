import { expect, it } from "vitest";
import { clientKeyExchange } from "./client.js";
import { ClientType, type PacketCipher } from "./encryption.js";
import { KeyExchangeError } from "./errors.js";
import { selectScheme } from "./policy.js";
import { hex, readVector, toHex } from "./vectors.js";

interface Session {
  clients: { A: { client_key_u32: number; server_key_i32: number } };
  datagrams_client_A_phase1: { dir: "c2s" | "s2c"; wire_hex: string; plain_hex: string }[];
}

const session = readVector<Session>("asss-session.json");
const datagrams = session.datagrams_client_A_phase1;
const u32At = (b: Uint8Array, off: number) => new DataView(b.buffer, b.byteOffset).getInt32(off, true);

it("answers the recorded 00 01 with the key ASSS answered, and decrypts every later datagram", () => {
  const [request, reply, ...rest] = datagrams.map((d) => ({ ...d, wire: hex(d.wire_hex) }));
  expect(request?.wire.subarray(0, 2)).toEqual(Uint8Array.of(0, 1));
  expect(reply?.wire.subarray(0, 2)).toEqual(Uint8Array.of(0, 2));
  const answer = selectScheme().respond(u32At(request!.wire, 2), request!.wire[6]!);
  expect(answer?.serverKey).toBe(session.clients.A.server_key_i32);
  expect(answer?.serverKey).toBe(u32At(reply!.wire, 2));
  expect(rest.length).toBeGreaterThan(30);
  for (const d of rest) {
    answer!.cipher.decrypt(d.wire);
    expect(toHex(d.wire), `${d.dir} ${d.wire_hex.slice(0, 8)}`).toBe(d.plain_hex);
  }
});

it("as client A, reads the recorded 00 02 and encrypts each c2s datagram to its recorded bytes", () => {
  const exchange = clientKeyExchange({ clientKey: session.clients.A.client_key_u32 });
  expect(exchange.clientType).toBe(ClientType.Vie);
  const reply = hex(datagrams[1]!.wire_hex);
  const cipher = exchange.accept(u32At(reply, 2));
  expect(cipher).not.toBeInstanceOf(KeyExchangeError);
  const c2s = datagrams.slice(2).filter((d) => d.dir === "c2s");
  expect(c2s.length).toBeGreaterThan(10);
  for (const d of c2s) {
    const buf = hex(d.plain_hex);
    (cipher as PacketCipher).encrypt(buf);
    expect(toHex(buf)).toBe(d.wire_hex);
  }
});
