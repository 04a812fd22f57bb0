import { describe, expect, it } from "vitest";
import { CoreErrorCode } from "../errors.js";
import { hex, toHex } from "../vectors.js";
import { decodeChunk, decodeStreamChunk, encodeStreamChunk, splitIntoChunks } from "./big-data.js";
import { decodeCluster, encodeCluster } from "./cluster.js";
import { decodeContinuumTimerMode, decodeControl, encodeContinuumTimerMode, encodeControl } from "./control.js";
import { decodeCorePacket } from "./core-packet.js";
import { CoreType } from "./core-type.js";
import {
  decodeConnectionInit,
  decodeContinuumKeyExpansionResponse,
  decodeKeyResponse,
  encodeConnectionInit,
  encodeContinuumKeyExpansionResponse,
  encodeKeyResponse,
} from "./key-exchange.js";
import { decodeAck, decodeReliable, encodeAck, encodeReliable } from "./reliable.js";
import { decodeSyncRequest, decodeSyncResponse, encodeSyncRequest, encodeSyncResponse } from "./time-sync.js";

// Bytes below are plain datagrams of client A in vectors/asss-session.json.
describe("core packet codecs on live bytes", () => {
  it("reads and rebuilds the key exchange 00 01 / 00 02", () => {
    const init = decodeConnectionInit(hex("00013c2b1a9f0100"));
    expect(init).toEqual({ ok: true, value: { clientKey: 0x9f1a2b3c | 0, clientType: 1 } });
    expect(init.ok && toHex(encodeConnectionInit(init.value))).toBe("00013c2b1a9f0100");
    const response = decodeKeyResponse(hex("0002c4d4e560"));
    expect(response).toEqual({ ok: true, value: { serverKey: 0x60e5d4c4 } });
    expect(response.ok && toHex(encodeKeyResponse(response.value))).toBe("0002c4d4e560");
    expect(response.ok && response.value.serverKey).toBe(-(0x9f1a2b3c | 0));
  });

  it("reads and rebuilds the time sync 00 05 / 00 06", () => {
    const request = decodeSyncRequest(hex("0005f7bf07000100000001000000"));
    expect(request).toEqual({ ok: true, value: { clientTime: 0x07bff7, packetsSent: 1, packetsReceived: 1 } });
    expect(request.ok && toHex(encodeSyncRequest(request.value))).toBe("0005f7bf07000100000001000000");
    const response = decodeSyncResponse(hex("0006f7bf0700f7bf0700"));
    expect(response).toEqual({ ok: true, value: { clientTime: 0x07bff7, serverTime: 0x07bff7 } });
    expect(response.ok && toHex(encodeSyncResponse(response.value))).toBe("0006f7bf0700f7bf0700");
  });

  it("reads a reliable login and its ack, and rebuilds them", () => {
    const login = hex("0003010000000108000100040003ffff00000000000000000000000000000000");
    const r = decodeReliable(login);
    expect(r.ok && r.value.seq).toBe(1);
    expect(r.ok && toHex(r.value.payload)).toBe(toHex(login.subarray(6)));
    expect(r.ok && toHex(encodeReliable(r.value.seq, r.value.payload))).toBe(toHex(login));
    expect(decodeAck(hex("000401000000"))).toEqual({ ok: true, value: { seq: 1 } });
    expect(toHex(encodeAck(16))).toBe("000410000000");
  });

  it("reads the cluster of the live arena-entry burst into its reliable items", () => {
    const c = decodeCluster(hex("000e060004040000000c0003100000001d0000000000"));
    expect(c.ok && c.value.complete).toBe(true);
    expect(c.ok && c.value.items.map(toHex)).toEqual(["000404000000", "0003100000001d0000000000"]);
    expect(c.ok && toHex(encodeCluster(c.value.items))).toBe("000e060004040000000c0003100000001d0000000000");
  });

  it("splits a 1428-byte packet into 480, 480 and 468 bytes as 00 08, 00 08, 00 09", () => {
    const settings = new Uint8Array(1428).fill(7);
    settings[0] = 0x0f;
    const pieces = splitIntoChunks(settings);
    expect(pieces.map((p) => [p[1], p.length])).toEqual([
      [CoreType.Chunk, 482],
      [CoreType.Chunk, 482],
      [CoreType.ChunkTail, 470],
    ]);
    expect(pieces.map((p) => decodeChunk(p)).every((d) => d.ok)).toBe(true);
  });

  it("round-trips a stream chunk and rejects a total smaller than its slice", () => {
    const chunk = encodeStreamChunk(2168, hex("2a736d616c6c"));
    expect(toHex(chunk.subarray(0, 6))).toBe("000a78080000");
    expect(decodeStreamChunk(chunk)).toEqual({ ok: true, value: { total: 2168, data: hex("2a736d616c6c") } });
    const bad = decodeStreamChunk(encodeStreamChunk(3, hex("2a736d616c6c")));
    expect(bad.ok || bad.error.code).toBe(CoreErrorCode.BadField);
  });
});

describe("core packet codecs, rules", () => {
  it("rejects a connection init whose byte 7 is not zero", () => {
    const r = decodeConnectionInit(hex("00013c2b1a9f0101"));
    expect(r.ok || r.error.code).toBe(CoreErrorCode.BadField);
  });

  it("rejects fixed-size packets of any other length", () => {
    for (const h of ["0004010000", "00040100000000", "0005f7bf070001000000010000", "00070000", "000b00"]) {
      const r = decodeCorePacket(hex(h));
      expect(r.ok || r.error.code, h).toBe(CoreErrorCode.BadLength);
    }
  });

  it("decodes every 2-byte control packet and the Continuum timer toggle", () => {
    for (const t of [CoreType.Disconnect, CoreType.StreamCancelRequest, CoreType.StreamCancelled, CoreType.NoOp]) {
      expect(decodeControl(encodeControl(t))).toEqual({ ok: true, value: t });
    }
    const timer = encodeContinuumTimerMode({ flag: 0x41, enabled: true });
    expect(toHex(timer)).toBe("00144101");
    expect(decodeContinuumTimerMode(timer)).toEqual({ ok: true, value: { flag: 0x41, enabled: true } });
  });

  it("round-trips the 86-byte Continuum key expansion response", () => {
    const words = Array.from({ length: 20 }, (_, i) => (i * 0x01010101) >>> 0);
    const b = encodeContinuumKeyExpansionResponse({ seed: 0xdeadbeef, words });
    expect(b.length).toBe(86);
    expect(decodeContinuumKeyExpansionResponse(b)).toEqual({ ok: true, value: { seed: 0xdeadbeef, words } });
  });

  it("stops a cluster at an item that runs past the end, keeping the items before it", () => {
    const c = decodeCluster(hex("000e0206010907aabbcc"));
    expect(c.ok && c.value.complete).toBe(false);
    expect(c.ok && c.value.items.map(toHex)).toEqual(["0601"]);
    const zero = decodeCluster(hex("000e01060001"));
    expect(zero.ok && zero.value.items.map(toHex)).toEqual(["06"]);
    expect(zero.ok && zero.value.complete).toBe(false);
  });

  it("names unknown core types as bad type, not as malformed", () => {
    for (const t of [0x00, 0x0f, 0x15, 0xff]) {
      const r = decodeCorePacket(new Uint8Array([0, t, 0, 0, 0, 0]));
      expect(r.ok || r.error.code).toBe(CoreErrorCode.BadType);
    }
  });
});
