import { describe, expect, it } from "vitest";
import { xorChecksum } from "../crypto/index.js";
import { ArenaType, C2SType, decodeC2S, Ship, WeaponType } from "../game/index.js";
import { BotError, BotErrorCode } from "./errors.js";
import { relayAgeTicks } from "./latency.js";
import {
  arenaLoginPacket,
  checkCredentials,
  loginPacket,
  machineIdFor,
  positionPacket,
  securityResponsePacket,
} from "./packets.js";

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

describe("bot packets", () => {
  it("builds a 101-byte 0x09 login with client version 134 and NUL-padded name and password", () => {
    const p = loginPacket({ name: "alpha", password: "secret", machineId: 0x12345678, features: 0 });
    expect(p.length).toBe(101);
    expect(p[0]).toBe(0x09);
    expect(p[1]).toBe(0);
    expect(Buffer.from(p.subarray(2, 34)).toString("latin1").replace(/\0+$/, "")).toBe("alpha");
    expect(Buffer.from(p.subarray(34, 66)).toString("latin1").replace(/\0+$/, "")).toBe("secret");
    expect(view(p).getUint32(66, true)).toBe(0x12345678);
    expect(view(p).getInt16(75, true)).toBe(134);
    expect(view(p).getInt16(77, true)).toBe(444);
  });

  it("writes a redirect's re-login: all-zero password, the redirect feature bit and the login id at offset 95", () => {
    const p = loginPacket({ name: "alpha", password: "", machineId: 1, features: 0x10, loginId: 0xdeadbeef });
    expect([...p.subarray(34, 66)].every((b) => b === 0)).toBe(true);
    expect(view(p).getUint16(79, true)).toBe(0x10);
    expect(view(p).getUint32(95, true)).toBe(0xdeadbeef);
    expect(view(loginPacket({ name: "alpha", password: "x", machineId: 1, features: 0 })).getUint32(95, true)).toBe(0);
  });

  it("sets the create flag when asked to register a new name", () => {
    const p = loginPacket({ name: "alpha", password: "", machineId: 1, features: 0, create: true });
    expect(p[1]).toBe(1);
  });

  it("derives one stable machine id per name", () => {
    expect(machineIdFor("alpha")).toBe(machineIdFor("alpha"));
    expect(machineIdFor("alpha")).not.toBe(machineIdFor("beta"));
  });

  it("refuses names a server would reject or cut, and over-long passwords", () => {
    for (const bad of ["", " lead", ":colon", "a:b", "x".repeat(20), "tab\there"]) {
      expect(() => checkCredentials(bad, "")).toThrow(BotError);
    }
    expect(() => checkCredentials("ok name", "p".repeat(32))).toThrow(/password/);
    expect(() => checkCredentials("Bot 1", "p".repeat(31))).not.toThrow();
  });

  it("builds a 26-byte 0x01: any public arena by default, named (-3) when a name is given", () => {
    const any = arenaLoginPacket({});
    expect(any.length).toBe(26);
    expect(any[1]).toBe(Ship.Spectator);
    expect(view(any).getInt16(4, true)).toBe(1024);
    expect(view(any).getInt16(6, true)).toBe(768);
    expect(view(any).getInt16(8, true)).toBe(ArenaType.AnyPublic);
    const named = arenaLoginPacket({ arenaName: "duel", ship: Ship.Javelin });
    expect(view(named).getInt16(8, true)).toBe(ArenaType.Named);
    expect(Buffer.from(named.subarray(10, 14)).toString("latin1")).toBe("duel");
    expect(named[1]).toBe(Ship.Javelin);
    expect(view(arenaLoginPacket({ arenaType: 3 })).getInt16(8, true)).toBe(3);
  });

  it("rejects ships above 8, arena types below -3 and arena names over 15 bytes", () => {
    expect(() => arenaLoginPacket({ ship: 9 })).toThrow(expect.objectContaining({ code: BotErrorCode.InvalidOption }));
    expect(() => arenaLoginPacket({ arenaType: -4 })).toThrow(BotError);
    expect(() => arenaLoginPacket({ arenaName: "x".repeat(16) })).toThrow(BotError);
  });

  it("builds a 22-byte 0x03 whose bytes XOR to 0 and which decodes to what was sent", () => {
    const p = positionPacket(
      {
        x: 8200,
        y: -1,
        xSpeed: -300,
        ySpeed: 77,
        rotation: 39,
        energy: 1500,
        bounty: 300,
        status: 0x10,
        weapon: 0x8003,
      },
      0x7fff_fff0,
    );
    expect(p.length).toBe(22);
    expect(xorChecksum(p, 0, 22)).toBe(0);
    const decoded = decodeC2S(p);
    expect(decoded.ok && decoded.packet).toMatchObject({
      type: C2SType.Position,
      x: 8200,
      y: -1,
      xSpeed: -300,
      ySpeed: 77,
      rotation: 39,
      energy: 1500,
      bounty: 300,
      status: 0x10,
      weapon: 0x8003,
      time: 0x7fff_fff0,
    });
  });

  it("builds the 40-byte VIE 0x1A security response with the given checksums", () => {
    const p = securityResponsePacket({ settings: 0xdeadbeef, exe: 1, map: 2, weaponCount: WeaponType.Thor });
    expect(p.length).toBe(40);
    const decoded = decodeC2S(p);
    expect(decoded.ok && decoded.packet).toMatchObject({
      settingsChecksum: 0xdeadbeef,
      exeChecksum: 1,
      mapChecksum: 2,
      weaponCount: WeaponType.Thor,
      continuum: undefined,
    });
  });

  it("measures relay age on 16 bits, across the wrap of the time field", () => {
    expect(relayAgeTicks(100, 130)).toBe(30);
    expect(relayAgeTicks(0xfff0, 0x1_0005)).toBe(0x15);
    expect(relayAgeTicks(0x0005, 0x2_fff0)).toBe(-0x15);
  });
});
