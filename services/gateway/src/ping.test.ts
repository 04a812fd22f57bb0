import { describe, expect, it } from "vitest";
import { answerPing, MAX_PING_REPLY, PingOption, SimplePingMode } from "./ping.js";

const pop = {
  total: 12,
  playing: 5,
  arenas: [
    { name: "0", total: 10, playing: 4 },
    { name: "#secret", total: 1, playing: 1 },
    { name: "duel", total: 1, playing: 0 },
  ],
};

describe("ping port", () => {
  it("answers a 4-byte token with population and the token echoed", () => {
    const res = answerPing(Buffer.from("ddccbbaa", "hex"), pop, SimplePingMode.Total, false);
    expect(Buffer.from(res!).toString("hex")).toBe("0c000000ddccbbaa");
  });

  it("reports players in ships in playing mode and alternates in alternate mode", () => {
    const req = new Uint8Array(4);
    expect(answerPing(req, pop, SimplePingMode.Playing, false)?.[0]).toBe(5);
    expect(answerPing(req, pop, SimplePingMode.Alternate, false)?.[0]).toBe(12);
    expect(answerPing(req, pop, SimplePingMode.Alternate, true)?.[0]).toBe(5);
  });

  it("lists the global summary and public arenas, hiding #arenas", () => {
    const req = Buffer.alloc(8);
    req.writeUInt32LE(7, 0);
    req.writeUInt32LE(PingOption.Global | PingOption.Arenas | 0x80, 4);
    const res = Buffer.from(answerPing(req, pop, SimplePingMode.Total, false)!);
    expect(res.readUInt32LE(0)).toBe(7);
    expect(res.readUInt32LE(4)).toBe(3);
    expect([res.readUInt32LE(8), res.readUInt32LE(12)]).toEqual([12, 5]);
    expect(res.subarray(16).toString("hex")).toBe(
      `3000${"0a000400"}${Buffer.from("duel").toString("hex")}00${"01000000"}00`,
    );
  });

  it("ignores datagrams of any other size", () => {
    for (const n of [0, 1, 3, 5, 7, 9, 512])
      expect(answerPing(new Uint8Array(n), pop, SimplePingMode.Total, false)).toBeUndefined();
  });
});

describe("ping reply bound", () => {
  it("never answers 8 bytes with more than MAX_PING_REPLY, however many arenas there are", () => {
    const arenas = Array.from({ length: 500 }, (_, i) => ({
      name: `arena-with-a-long-name-${i}`,
      total: 70_000,
      playing: i,
    }));
    const req = Buffer.alloc(8);
    req.writeUInt32LE(PingOption.Global | PingOption.Arenas, 4);
    const res = Buffer.from(answerPing(req, { total: 1, playing: 1, arenas }, SimplePingMode.Total, false)!);
    expect(res.byteLength).toBeLessThanOrEqual(MAX_PING_REPLY);
    expect(res.byteLength).toBeGreaterThan(MAX_PING_REPLY - 40);
    // The list is still well formed: whole entries, then the terminating zero byte.
    expect(res[res.byteLength - 1]).toBe(0);
    const entries =
      res
        .subarray(16, res.byteLength - 1)
        .toString("latin1")
        .split("arena-with").length - 1;
    expect(entries).toBeGreaterThan(10);
  });
});
