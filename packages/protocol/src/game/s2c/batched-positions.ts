/**
 * SS .NET's batched positions (gameplay.md §2.6), for clients with feature bit 1: `0x39` with
 * 10-byte records, `0x3A` with 11-byte records (pid and status take a u16). Only weapon-less
 * positions without extra data, 0 ≤ x,y ≤ 16383 and speeds in −8192..8191 fit.
 */
import type { PacketOf } from "../codec.js";
import type { Reader, Writer } from "../dsl/cursor.js";
import { type Field, list } from "../dsl/fields.js";
import { layout } from "../dsl/layout.js";
import { getU16, getU32, putU16, putU32 } from "../le.js";
import { S2CType } from "../packet-types.js";

/** One position of `0x39`. */
export interface BatchedPosition {
  /** 0..255 (0x39) or 0..1023 (0x3A). */
  playerId: number;
  /** 10 bits: (server ticks − sender latency) & 0x3FF. */
  time: number;
  /** 6 bits. */
  rotation: number;
  /** 14 bits, pixels. */
  x: number;
  y: number;
  /** 14-bit signed. */
  xSpeed: number;
  ySpeed: number;
}

/** One position of `0x3A`: also the status bits 0–5. */
export interface BatchedLargePosition extends BatchedPosition {
  status: number;
}

const BODY_LENGTH = 9;
const sign14 = (v: number): number => (v << 18) >> 18;

function readBody(b: Uint8Array, o: number, out: BatchedPosition): void {
  const timeRot = getU16(b, o);
  const xy = getU32(b, o + 2);
  const ySpeed = getU16(b, o + 6);
  out.time = timeRot & 0x3ff;
  out.rotation = timeRot >> 10;
  out.x = xy & 0x3fff;
  out.y = (xy >>> 14) & 0x3fff;
  out.ySpeed = sign14(ySpeed & 0x3fff);
  out.xSpeed = sign14((xy >>> 28) | ((ySpeed >> 14) << 4) | (b[o + 8]! << 6));
}

function writeBody(b: Uint8Array, o: number, p: BatchedPosition): void {
  const xs = p.xSpeed & 0x3fff;
  putU16(b, o, (p.time & 0x3ff) | ((p.rotation & 0x3f) << 10));
  putU32(b, o + 2, (p.x & 0x3fff) | ((p.y & 0x3fff) << 14) | ((xs & 0xf) << 28));
  putU16(b, o + 6, (p.ySpeed & 0x3fff) | (((xs >> 4) & 3) << 14));
  b[o + 8] = xs >> 6;
}

function recordField<T extends BatchedPosition>(
  name: string,
  headLength: number,
  readHead: (b: Uint8Array, o: number, out: T) => void,
  writeHead: (b: Uint8Array, o: number, p: T) => void,
  blank: () => T,
): Field<T> {
  const length = headLength + BODY_LENGTH;
  return {
    spec: { kind: "custom", name, bytes: length },
    fixedSize: length,
    read(r: Reader): T {
      const out = blank();
      if (!r.need(length)) return out;
      readHead(r.buf, r.pos, out);
      readBody(r.buf, r.pos + headLength, out);
      r.pos += length;
      return out;
    },
    size: () => length,
    write(w: Writer, p: T): void {
      writeHead(w.buf, w.pos, p);
      writeBody(w.buf, w.pos + headLength, p);
      w.pos += length;
    },
  };
}

const blankPosition = (): BatchedPosition => ({ playerId: 0, time: 0, rotation: 0, x: 0, y: 0, xSpeed: 0, ySpeed: 0 });

const smallRecord = recordField<BatchedPosition>(
  "batchedPosition",
  1,
  (b, o, out) => {
    out.playerId = b[o]!;
  },
  (b, o, p) => {
    b[o] = p.playerId;
  },
  blankPosition,
);

const largeRecord = recordField<BatchedLargePosition>(
  "batchedLargePosition",
  2,
  (b, o, out) => {
    const head = getU16(b, o);
    out.playerId = head & 0x3ff;
    out.status = head >> 10;
  },
  (b, o, p) => putU16(b, o, (p.playerId & 0x3ff) | ((p.status & 0x3f) << 10)),
  () => ({ ...blankPosition(), status: 0 }),
);

/** Records per packet: what fits a 512-byte datagram, doubled for clusters and big data. */
export const MAX_BATCHED_POSITIONS = 102;

/** `0x39`, 1 + 10n bytes. */
export const s2cBatchedSmallPositions = layout(S2CType.BatchedSmallPositions, "S2CBatchedSmallPositions", [
  ["positions", list(smallRecord, { max: MAX_BATCHED_POSITIONS })],
]);
export type S2CBatchedSmallPositions = PacketOf<typeof s2cBatchedSmallPositions>;

/** `0x3A`, 1 + 11n bytes. */
export const s2cBatchedLargePositions = layout(S2CType.BatchedLargePositions, "S2CBatchedLargePositions", [
  ["positions", list(largeRecord, { max: MAX_BATCHED_POSITIONS })],
]);
export type S2CBatchedLargePositions = PacketOf<typeof s2cBatchedLargePositions>;
