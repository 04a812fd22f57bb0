import { decodeS2C, S2CType } from "@zonebus/protocol";
import { describe, expect, it } from "vitest";
import { clientWire } from "./wire.js";

const types = (packets: Uint8Array[]) => packets.map((p) => p[0]);
const decoded = (p: Uint8Array) => {
  const res = decodeS2C(p);
  if (!res.ok) throw new Error(`undecodable S2C 0x${p[0]?.toString(16)}`);
  return res.packet as unknown as Record<string, unknown>;
};

describe("login replies on the wire (login-and-arena.md §3)", () => {
  it("a refusal with text: Continuum gets 0x33 with the text, then 0x0A code 0x13; VIE gets code 0x04", () => {
    const reply = { code: 0x13, customText: "banned for cheating" };
    const continuum = clientWire.loginReply(reply, true);
    expect(types(continuum)).toEqual([S2CType.ContinuumVersion, S2CType.LoginText, S2CType.LoginResponse]);
    expect(decoded(continuum[1]!).text).toBe("banned for cheating");
    expect(decoded(continuum[2]!).code).toBe(0x13);
    const vie = clientWire.loginReply(reply, false);
    expect(types(vie)).toEqual([S2CType.LoginResponse]);
    expect(decoded(vie[0]!).code).toBe(0x04);
  });

  it("another refusal code keeps its code; Continuum also sees the text", () => {
    const continuum = clientWire.loginReply({ code: 0x0e, customText: "biller away" }, true);
    expect(types(continuum)).toEqual([S2CType.ContinuumVersion, S2CType.LoginText, S2CType.LoginResponse]);
    expect(decoded(continuum[2]!).code).toBe(0x0e);
    expect(decoded(clientWire.loginReply({ code: 0x02 }, false)[0]!).code).toBe(0x02);
  });

  it("a login the biller wants registration data for sets the demographics flag (byte 19)", () => {
    const [packet] = clientWire.loginReply({ code: 0, wantRegistration: true }, false);
    expect(packet![19]).toBe(1);
    expect(decoded(packet!).demographics).toBe(1);
    expect(clientWire.loginReply({ code: 0 }, false)[0]![19]).toBe(0);
  });
});
