import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crc32, encodeRecord, FILE_MAGIC, type LogRecord, RecordOp, readRecord, scanLog } from "./log-codec.js";

const records: LogRecord[] = [
  { op: RecordOp.Bucket, bucket: "players", revision: 0, ttlMs: 30_000 },
  {
    op: RecordOp.Put,
    bucket: "players",
    key: "p.alice",
    revision: 1,
    writtenAt: 1_700_000_000_123,
    value: new Uint8Array([1, 2, 3]),
  },
  { op: RecordOp.Delete, bucket: "players", key: "p.alice", revision: 2, writtenAt: 1_700_000_000_456 },
];
const log = (rs: LogRecord[]) => Buffer.concat([FILE_MAGIC, ...rs.map(encodeRecord)]);

describe("log codec", () => {
  it("round-trips every record kind, revisions past 32 bits included", () => {
    const big: LogRecord = { ...records[1]!, revision: 2 ** 40 + 7 } as LogRecord;
    const scan = scanLog(log([...records, big]));
    expect(scan.end).toBe("clean");
    expect(scan.records).toEqual([...records, big]);
    expect(scan.validBytes).toBe(scan.totalBytes);
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
  });

  it("reads each record of a log at its offset and reports where the next starts", () => {
    const buf = log(records);
    let o = FILE_MAGIC.length;
    for (const want of records) {
      const r = readRecord(buf, o);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.record).toEqual(want);
      o = r.next;
    }
    expect(o).toBe(buf.length);
    expect(readRecord(buf, o)).toEqual({ ok: false, reason: "short" });
  });

  it("scans a log cut at every byte as a torn tail holding the whole records before the cut", () => {
    const buf = log(records);
    const ends = [FILE_MAGIC.length];
    for (const r of records) ends.push(ends.at(-1)! + encodeRecord(r).length);
    for (let cut = FILE_MAGIC.length; cut <= buf.length; cut++) {
      const scan = scanLog(buf.subarray(0, cut));
      const whole = ends.filter((e) => e <= cut).length - 1;
      expect(scan.records).toHaveLength(whole);
      expect(scan.validBytes).toBe(ends[whole]);
      expect(scan.end).toBe(cut === ends[whole] ? "clean" : "torn");
    }
  });

  it("calls damage with valid records after it corrupt, and zeros or garbage at the end torn", () => {
    const buf = log(records);
    const flipped = Buffer.from(buf);
    flipped[FILE_MAGIC.length + 10]! ^= 0x40;
    const mid = scanLog(flipped);
    expect(mid).toMatchObject({ end: "corrupt", damageOffset: FILE_MAGIC.length });
    expect(mid.records).toEqual([]);
    expect(scanLog(Buffer.concat([buf, Buffer.alloc(4096)]))).toMatchObject({ end: "torn", validBytes: buf.length });
    const garbage = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37 + 11) & 0xff));
    expect(scanLog(Buffer.concat([buf, garbage])).end).toBe("torn");
  });

  it("refuses bodies whose inner lengths or op disagree with the record length", () => {
    const rec = encodeRecord(records[1]!);
    const badOp = Buffer.from(rec);
    badOp[8] = 9;
    const reCrc = (b: Buffer) => {
      const body = b.subarray(8);
      b.writeUInt32LE(crc32(body), 4);
      return b;
    };
    expect(readRecord(reCrc(badOp), 0)).toEqual({ ok: false, reason: "body" });
    const badKeyLength = Buffer.from(rec);
    badKeyLength.writeUInt16LE(0xffff, 8 + 17 + 2 + "players".length);
    expect(readRecord(reCrc(badKeyLength), 0)).toEqual({ ok: false, reason: "body" });
    const hugeLength = Buffer.from(rec);
    hugeLength.writeUInt32LE(0xfffffff0, 0);
    expect(readRecord(hugeLength, 0)).toEqual({ ok: false, reason: "length" });
  });

  it("never throws or reads out of bounds on arbitrary bytes after the header", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.nat(3), (tail, keep) => {
        const buf = Buffer.concat([log(records.slice(0, keep)), tail]);
        const scan = scanLog(buf);
        expect(scan.validBytes).toBeLessThanOrEqual(buf.length);
        expect(scan.records.length).toBeGreaterThanOrEqual(keep);
      }),
      { numRuns: 300 },
    );
  });
});
