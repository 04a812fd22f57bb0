import { describe, expect, it } from "vitest";
import { S2CType } from "../packet-types.js";
import { s2cRedirect } from "./redirect.js";

describe("S2C 0x3B redirect (login-and-arena.md §8)", () => {
  const packet = {
    type: S2CType.Redirect,
    ip: "10.20.30.40",
    port: 5001,
    arenaType: -3,
    arenaName: "duel",
    loginId: 0xdeadbeef,
  } as const;

  it("is 29 bytes laid out as type, IPv4, port, arena type, 16-byte name, login id", () => {
    const bytes = s2cRedirect.encode(packet);
    expect(bytes.length).toBe(29);
    expect(bytes[0]).toBe(0x3b);
    // 10.20.30.40 as a host-order integer stored little-endian: 28 1e 14 0a.
    expect([...bytes.subarray(1, 5)]).toEqual([40, 30, 20, 10]);
    expect([...bytes.subarray(5, 7)]).toEqual([0x89, 0x13]); // 5001
    expect([...bytes.subarray(7, 9)]).toEqual([0xfd, 0xff]); // -3
    expect(Buffer.from(bytes.subarray(9, 25)).toString("latin1")).toBe(`duel${"\0".repeat(12)}`);
    expect([...bytes.subarray(25, 29)]).toEqual([0xef, 0xbe, 0xad, 0xde]);
  });

  it("decodes its own bytes and refuses a truncated packet", () => {
    const bytes = s2cRedirect.encode(packet);
    const back = s2cRedirect.decode(bytes);
    expect(back.ok && back.packet).toEqual(packet);
    for (let n = 1; n < 29; n++) expect(s2cRedirect.decode(bytes.subarray(0, n)).ok).toBe(false);
  });

  it("writes -1 (any public) with an all-zero name", () => {
    const bytes = s2cRedirect.encode({ ...packet, arenaType: -1, arenaName: "" });
    expect([...bytes.subarray(7, 25)]).toEqual([0xff, 0xff, ...new Array(16).fill(0)]);
  });
});
