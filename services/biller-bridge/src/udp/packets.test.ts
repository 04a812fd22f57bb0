import { describe, expect, it } from "vitest";
import {
  b2sChannelChat,
  b2sCommandChat,
  b2sIdentity,
  b2sKickout,
  b2sLoginResult,
  b2sMultiChannelChat,
  b2sPrivateChat,
  b2sScoreReset,
  b2sUserPacket,
} from "./b2s-builders.test-support.js";
import {
  decodeB2S,
  decodeBillingIdentity,
  decodeScoreReset,
  decodeUserChannelChat,
  decodeUserCommandChat,
  decodeUserKickout,
  decodeUserLogin,
  decodeUserMultiChannelChat,
  decodeUserPacket,
  decodeUserPrivateChat,
  encodePing,
  encodeServerCapabilities,
  encodeServerConnect,
  encodeServerDisconnect,
  encodeUserBanner,
  encodeUserChannelChat,
  encodeUserCommand,
  encodeUserDemographics,
  encodeUserLogin,
  encodeUserLogoff,
  encodeUserPrivateChat,
  encodeUserScore,
  formatFirstLogin,
  readScore,
  responseCodeOf,
  writeScore,
} from "./packets.js";

const le = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const text = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
const SCORE = { kills: 3, deaths: 4, flags: 5, killPoints: 70_000, flagPoints: 123_456 };

describe("S2B encoders (biller.md §3.1)", () => {
  it("ping and server disconnect are the type byte alone", () => {
    expect([...encodePing()]).toEqual([0x01]);
    expect([...encodeServerDisconnect()]).toEqual([0x03]);
  });

  it("server connect is 173 bytes: ids at 1/5/9, name at 13, port at 139, password at 141", () => {
    const p = encodeServerConnect({
      serverId: 7,
      groupId: 1,
      scoreId: 3,
      serverName: "Zone",
      port: 5000,
      password: "pw",
    });
    expect(p.length).toBe(173);
    expect(p[0]).toBe(0x02);
    expect([le(p).getUint32(1, true), le(p).getUint32(5, true), le(p).getUint32(9, true)]).toEqual([7, 1, 3]);
    expect(text(p, 13, 17)).toBe("Zone");
    expect(p[17]).toBe(0);
    expect(le(p).getUint16(139, true)).toBe(5000);
    expect(text(p, 141, 143)).toBe("pw");
  });

  it("server connect keeps a NUL at the end of an over-long name", () => {
    const p = encodeServerConnect({
      serverId: 0,
      groupId: 1,
      scoreId: 0,
      serverName: "x".repeat(500),
      port: 1,
      password: "p".repeat(99),
    });
    expect(p.length).toBe(173);
    expect(p[13 + 125]).toBe(0);
    expect(p[141 + 31]).toBe(0);
  });

  it("user login is 86 bytes plus the extra data, IPv4 in network order", () => {
    const extra = new Uint8Array(64).fill(0xab);
    const base = { makeNew: true, ip: "10.0.0.7", name: "alpha", password: "secret", connectionId: 5 };
    const p = encodeUserLogin({ ...base, machineId: 305419896, timezoneBias: -240, clientVersion: 40, extra });
    expect(p.length).toBe(86 + 64);
    expect([p[0], p[1]]).toEqual([0x04, 1]);
    expect([...p.subarray(2, 6)]).toEqual([10, 0, 0, 7]);
    expect(text(p, 6, 11)).toBe("alpha");
    expect(text(p, 38, 44)).toBe("secret");
    expect(le(p).getUint32(70, true)).toBe(5);
    expect(le(p).getUint32(74, true)).toBe(305419896);
    expect(le(p).getInt32(78, true)).toBe(-240);
    expect([p[82], p[83]]).toEqual([0, 0]);
    expect(le(p).getUint16(84, true)).toBe(40);
    expect(p[86]).toBe(0xab);
    const vie = encodeUserLogin({ ...base, makeNew: false, machineId: 1, timezoneBias: 0, clientVersion: 134 });
    expect(vie.length).toBe(86);
    expect(
      encodeUserLogin({ ...base, machineId: 1, timezoneBias: 0, clientVersion: 1, extra: new Uint8Array(999) }).length,
    ).toBe(86 + 256);
  });

  it("user logoff is 15 bytes, or 29 with the score at 15", () => {
    const plain = encodeUserLogoff(9);
    expect(plain.length).toBe(15);
    expect(plain[0]).toBe(0x05);
    expect(le(plain).getUint32(1, true)).toBe(9);
    expect([...plain.subarray(5)].every((b) => b === 0)).toBe(true);
    const scored = encodeUserLogoff(9, SCORE);
    expect(scored.length).toBe(29);
    expect(readScore(scored, 15)).toEqual(SCORE);
  });

  it("private chat: id, group, sub type, sound, then the NUL-terminated text at 11 (≤ 250)", () => {
    const p = encodeUserPrivateChat({
      connectionId: 0xffffffff,
      groupId: 1,
      subType: 2,
      sound: 7,
      text: ":bob:(al)>hi",
    });
    expect(p.length).toBe(11 + 13);
    expect(le(p).getUint32(1, true)).toBe(0xffffffff);
    expect(le(p).getUint32(5, true)).toBe(1);
    expect([p[0], p[9], p[10]]).toEqual([0x07, 2, 7]);
    expect(text(p, 11, 23)).toBe(":bob:(al)>hi");
    expect(p[23]).toBe(0);
    const long = encodeUserPrivateChat({ connectionId: 1, groupId: 1, subType: 2, sound: 0, text: "y".repeat(400) });
    expect(long.length).toBe(11 + 250);
    expect(long[long.length - 1]).toBe(0);
  });

  it("demographics: id then up to 765 data bytes; banner 101; score 19", () => {
    const d = encodeUserDemographics(4, new Uint8Array(900).fill(1));
    expect([d[0], d.length, le(d).getUint32(1, true)]).toEqual([0x0d, 5 + 765, 4]);
    const b = encodeUserBanner(4, new Uint8Array(96).fill(2));
    expect([b[0], b.length, b[5], b[100]]).toEqual([0x10, 101, 2, 2]);
    const s = encodeUserScore(4, SCORE);
    expect([s[0], s.length]).toEqual([0x11, 19]);
    expect(readScore(s, 5)).toEqual(SCORE);
  });

  it("command at 5 and channel chat with its 32-byte channel field (default 1) and text at 37", () => {
    const c = encodeUserCommand(3, "?find bob");
    expect([c[0], c.length, le(c).getUint32(1, true)]).toEqual([0x13, 5 + 10, 3]);
    expect(text(c, 5, 14)).toBe("?find bob");
    const ch = encodeUserChannelChat(3, "", "hey");
    expect([ch[0], ch.length]).toEqual([0x14, 37 + 4]);
    expect(text(ch, 5, 6)).toBe("1");
    expect(ch[6]).toBe(0);
    expect(text(ch, 37, 40)).toBe("hey");
    expect(text(encodeUserChannelChat(3, "chatname", "x"), 5, 13)).toBe("chatname");
  });

  it("capabilities: a u32 of bits", () => {
    const p = encodeServerCapabilities(3);
    expect([p.length, p[0], le(p).getUint32(1, true)]).toEqual([5, 0x15, 3]);
  });
});

describe("score record (biller.md §3.3)", () => {
  it("kills, deaths, flags as u16 at 0/2/4, points as u32 at 6/10", () => {
    const b = new Uint8Array(14);
    writeScore(b, 0, SCORE);
    expect([le(b).getUint16(0, true), le(b).getUint16(2, true), le(b).getUint16(4, true)]).toEqual([3, 4, 5]);
    expect([le(b).getUint32(6, true), le(b).getUint32(10, true)]).toEqual([70_000, 123_456]);
  });
});

describe("B2S decoders (biller.md §3.2)", () => {
  it("login result: every field at its offset, with or without the score", () => {
    const banner = new Uint8Array(96).fill(9);
    const fields = { result: 0, connectionId: 12, name: "Alpha", squad: "Sq", banner, secondsPlayed: 86400 };
    const raw = b2sLoginResult({ ...fields, firstLogin: [1999, 1, 2, 6, 13, 35], userId: 1234, score: SCORE });
    const d = decodeUserLogin(raw);
    if (!d.ok) throw new Error(d.detail);
    expect(d.value).toMatchObject({
      result: 0,
      connectionId: 12,
      name: "Alpha",
      squad: "Sq",
      secondsPlayed: 86400,
      userId: 1234,
    });
    expect(d.value.banner).toEqual(banner);
    expect(d.value.score).toEqual(SCORE);
    expect(formatFirstLogin(d.value.firstLogin)).toBe("1-2-1999 6:13:35");
    const plain = decodeUserLogin(b2sLoginResult({ result: 2, connectionId: 1 }));
    expect(plain.ok && plain.value.banner === undefined && plain.value.score === undefined).toBe(true);
  });

  it("login result of another length than 178 or 192 is refused", () => {
    const raw = b2sLoginResult({ result: 0, connectionId: 1 });
    for (const len of [1, 177, 179, 191, 193]) {
      const b = new Uint8Array(len);
      b.set(raw.subarray(0, Math.min(len, raw.length)));
      expect(decodeUserLogin(b).ok).toBe(false);
    }
  });

  it("login result names are read up to the NUL of their 24-byte fields", () => {
    const raw = b2sLoginResult({ result: 0, connectionId: 1, name: "x".repeat(24), squad: "y".repeat(24) });
    const d = decodeUserLogin(raw);
    expect(d.ok && [d.value.name.length, d.value.squad.length]).toEqual([24, 24]);
  });

  it("private chat: server id, sub type 2 only, sound, text", () => {
    const d = decodeUserPrivateChat(b2sPrivateChat(":bob:(al)>hi", 4));
    expect(d.ok && d.value).toMatchObject({ sourceServerId: 9, subType: 2, sound: 4, text: ":bob:(al)>hi" });
    expect(decodeUserPrivateChat(b2sPrivateChat("x", 0, 1)).ok).toBe(false);
  });

  it("kickout is exactly 7 bytes", () => {
    const d = decodeUserKickout(b2sKickout(5, 3));
    expect(d.ok && d.value).toMatchObject({ connectionId: 5, reason: 3 });
    expect(decodeUserKickout(b2sKickout(5, 3).subarray(0, 6)).ok).toBe(false);
    expect(decodeUserKickout(Uint8Array.from([...b2sKickout(5, 3), 0])).ok).toBe(false);
  });

  it("command chat and channel chat carry a connection id, channel and text", () => {
    const c = decodeUserCommandChat(b2sCommandChat(5, "$l$Z|hi"));
    expect(c.ok && c.value).toMatchObject({ connectionId: 5, text: "$l$Z|hi" });
    const ch = decodeUserChannelChat(b2sChannelChat(6, 2, "yo"));
    expect(ch.ok && ch.value).toMatchObject({ connectionId: 6, channel: 2, text: "yo" });
  });

  it("text must end with a NUL inside the packet and within 250 bytes", () => {
    const noNul = b2sCommandChat(5, "abc").subarray(0, 8);
    expect(decodeUserCommandChat(noNul)).toMatchObject({ ok: false, reason: "truncated" });
    expect(decodeUserCommandChat(b2sCommandChat(5, "z".repeat(250)))).toMatchObject({ ok: false, reason: "too_long" });
    expect(decodeUserCommandChat(b2sCommandChat(5, "z".repeat(249))).ok).toBe(true);
  });

  it("score reset needs the second id to be the first negated", () => {
    expect(decodeScoreReset(b2sScoreReset(3))).toMatchObject({ ok: true, value: { scoreId: 3 } });
    expect(decodeScoreReset(b2sScoreReset(3, 3)).ok).toBe(false);
    expect(decodeScoreReset(b2sScoreReset(0)).ok).toBe(true);
  });

  it("user packet, identity and multi-channel chat", () => {
    const u = decodeUserPacket(b2sUserPacket(8, Uint8Array.of(0x33, 65, 0)));
    expect(u.ok && [u.value.connectionId, ...u.value.data]).toEqual([8, 0x33, 65, 0]);
    expect(decodeUserPacket(b2sUserPacket(8, new Uint8Array(0))).ok).toBe(false);
    expect(decodeUserPacket(b2sUserPacket(8, new Uint8Array(1025))).ok).toBe(false);
    const id = decodeBillingIdentity(b2sIdentity(Uint8Array.of(1, 2, 3)));
    expect(id.ok && [...id.value.data]).toEqual([1, 2, 3]);
    expect(decodeBillingIdentity(b2sIdentity(new Uint8Array(257))).ok).toBe(false);
    const m = decodeUserMultiChannelChat(
      b2sMultiChannelChat(
        [
          [1, 2],
          [3, 4],
        ],
        "hello",
      ),
    );
    expect(m.ok && m.value).toMatchObject({
      recipients: [
        { connectionId: 1, channel: 2 },
        { connectionId: 3, channel: 4 },
      ],
      text: "hello",
    });
    const lying = b2sMultiChannelChat([[1, 2]], "x");
    lying[1] = 40;
    expect(decodeUserMultiChannelChat(lying).ok).toBe(false);
  });

  it("decodeB2S refuses unknown types and the empty packet", () => {
    expect(decodeB2S(Uint8Array.of(0x02))).toMatchObject({ ok: false, reason: "unknown" });
    expect(decodeB2S(new Uint8Array(0))).toMatchObject({ ok: false, reason: "unknown" });
  });

  it("every decoder survives random bytes and every prefix of valid packets without throwing", () => {
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x80000000;
    };
    const types = [0x01, 0x03, 0x08, 0x09, 0x0a, 0x31, 0x32, 0x33, 0x34];
    for (let i = 0; i < 5_000; i++) {
      const b = new Uint8Array(Math.floor(random() * 400));
      for (let j = 0; j < b.length; j++) b[j] = random() < 0.2 ? 0 : Math.floor(random() * 256);
      if (b.length > 0) b[0] = types[i % types.length]!;
      expect(() => decodeB2S(b)).not.toThrow();
    }
    const valid = [
      b2sLoginResult({ result: 0, connectionId: 1, score: SCORE }),
      b2sPrivateChat(":a:(b)>c"),
      b2sMultiChannelChat([[1, 1]], "t"),
    ];
    for (const v of valid) for (let n = 0; n <= v.length; n++) expect(() => decodeB2S(v.subarray(0, n))).not.toThrow();
  });
});

describe("login result codes (biller.md §3.2 table)", () => {
  it("maps each result to its 0x0A code, unknown ones to 0x05", () => {
    const table: [number, number][] = [
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 4],
      [4, 0x0a],
      [5, 0x0b],
      [6, 0x10],
      [7, 0x0e],
      [8, 0x10],
      [9, 5],
      [255, 5],
    ];
    for (const [result, code] of table) expect(responseCodeOf(result)).toBe(code);
  });
});
