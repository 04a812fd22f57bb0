import { expect, it } from "vitest";
import { hex, readVector, toHex } from "../testing/shared.js";
import { vieCipher } from "./vie.js";

interface Session {
  clients: { A: { server_key_i32: number } };
  datagrams_client_A_phase1: { dir: string; wire_hex: string; plain_hex: string }[];
}

it("decrypts every datagram of a live ASSS session with the client's server key", () => {
  const s = readVector<Session>("asss-session.json");
  const cipher = vieCipher(s.clients.A.server_key_i32);
  let checked = 0;
  for (const d of s.datagrams_client_A_phase1) {
    const buf = hex(d.wire_hex);
    // 00 01 and 00 02 travel in clear; everything else is encrypted in both directions.
    const clear = buf[0] === 0 && (buf[1] === 1 || buf[1] === 2);
    if (!clear) cipher.decrypt(buf);
    expect(toHex(buf), `${d.dir} ${d.wire_hex.slice(0, 8)}`).toBe(d.plain_hex);
    checked++;
  }
  expect(checked).toBe(s.datagrams_client_A_phase1.length);
});
