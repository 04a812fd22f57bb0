import { describe, expect, it } from "vitest";
import { NULL_CIPHER, NULL_SCHEME } from "../crypto/index.js";
import { Connection } from "./connection.js";
import { answerConnectionInit } from "./handshake.js";
import { PacketRecorder } from "./loopback.js";
import { CoreType } from "./packets/core-type.js";
import { DropReason } from "./stats.js";
import { hex, readVector, toHex } from "./vectors.js";

interface Session {
  clients: { A: { client_key_i32?: number } };
  datagrams_client_A_phase1: { t_ms: number; dir: "c2s" | "s2c"; plain_hex: string }[];
  logical_packets: { t_ms: number; client: string; dir: string; type: string; hex: string }[];
}

const session = readVector<Session>("asss-session.json");
const datagrams = session.datagrams_client_A_phase1;
const phaseEnd = Math.max(...datagrams.map((d) => d.t_ms));
/** Game packets of client A in phase 1 as the live server and client processed them. */
const logical = (dir: string) =>
  session.logical_packets.filter((p) => p.client === "A" && p.dir === dir && p.t_ms <= phaseEnd);

/** Packets of a plain datagram: its cluster items, or itself. */
function items(d: Uint8Array): Uint8Array[] {
  if (d[0] !== 0 || d[1] !== CoreType.Cluster) return [d];
  const out: Uint8Array[] = [];
  for (let off = 2; off < d.length; off += 1 + d[off]!) out.push(d.subarray(off + 1, off + 1 + d[off]!));
  return out;
}
const typeOf = (p: Uint8Array) => `0x${p[0]!.toString(16).padStart(2, "0").toUpperCase()}`;
const ackedSeqs = (out: Uint8Array[]) =>
  out
    .flatMap(items)
    .filter((p) => p[0] === 0 && p[1] === CoreType.Ack)
    .map((p) => p[2]!);

describe("replaying client A's live ASSS session", () => {
  it("delivers the client's game packets to a server connection in the order ASSS processed them", () => {
    const c2s = datagrams.filter((d) => d.dir === "c2s").map((d) => hex(d.plain_hex));
    const accepted = answerConnectionInit(c2s[0]!, NULL_SCHEME);
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    const at = new PacketRecorder();
    const { cipher, response } = accepted.value;
    const server = Connection.server({ now: 0, listener: at, cipher, keyResponse: response });
    const out: Uint8Array[] = [];
    for (const d of c2s.slice(1)) {
      server.receive(d, 100);
      out.push(...server.poll(100));
    }
    const expected = logical("c2s");
    expect(expected.map((p) => p.type)).toEqual(["0x09", "0x01", "0x0C", "0x0D", "0x18"]);
    expect(at.packets.map(typeOf)).toEqual(expected.map((p) => p.type));
    expect(at.packets.map(toHex)).toEqual(expected.map((p) => p.hex));
    expect(at.reliableFlags.every((r) => r)).toBe(true);
    // Every reliable was acked, and the time sync answered with the client's time echoed.
    expect(ackedSeqs(out)).toEqual([0, 1, 2, 3, 4]);
    expect(out.map((d) => toHex(d.subarray(0, 6)))).toContain("0006f7bf0700");
    // The client's acks name reliables this server never sent: ignored, counted.
    expect(server.stats.drops[DropReason.UnknownAck]).toBe(17);
  });

  it("delivers the server's game packets to a client connection, settings and map reassembled", () => {
    const s2c = datagrams.filter((d) => d.dir === "s2c").map((d) => hex(d.plain_hex));
    const at = new PacketRecorder();
    // The datagrams are already decrypted: the client accepts the key with no cipher.
    const keyExchange = { clientKey: 0x9f1a2b3c | 0, clientType: 1, accept: () => NULL_CIPHER };
    const client = Connection.client({ now: 0, listener: at, keyExchange, config: { syncIntervalMs: 0 } });
    client.poll(0);
    const out: Uint8Array[] = [];
    for (const d of s2c) {
      client.receive(d, 100);
      out.push(...client.poll(100));
    }
    expect(at.eventsOf("connected")).toHaveLength(1);
    const expected = logical("s2c");
    expect(at.packets.map(typeOf)).toEqual(expected.map((p) => p.type));
    // Packets over 2048 bytes are cut to 64 in the transcript; compare what it kept.
    expect(at.packets.map((p, i) => toHex(p.subarray(0, expected[i]!.hex.length / 2)))).toEqual(
      expected.map((p) => p.hex),
    );
    expect(at.packets.find((p) => p[0] === 0x0f)?.length).toBe(1428);
    expect(at.packets.find((p) => p[0] === 0x2a)?.length).toBe(2168);
    expect(new Set(ackedSeqs(out))).toEqual(new Set([...Array(17).keys()]));
  });
});
