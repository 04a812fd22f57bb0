import { describe, expect, it } from "vitest";
import {
  formatChannelChat,
  formatCommand,
  formatConnect,
  formatLogin,
  formatRegData,
  parseBillerLine,
} from "./line-codec.js";
import { MAX_LINE_LENGTH } from "./line-framer.js";

const banner = "ab".repeat(96);

describe("parseBillerLine", () => {
  it("parses every biller message type", () => {
    const cases: Array<[string, unknown]> = [
      ["CONNECTOK:sw:bill", { type: "CONNECTOK", swName: "sw", billerName: "bill" }],
      [
        "CONNECTBAD:sw:bill:bad: password",
        { type: "CONNECTBAD", swName: "sw", billerName: "bill", reason: "bad: password" },
      ],
      ["WANTREG:5", { type: "WANTREG", pid: 5 }],
      [
        "POK:5::alpha:sq:1234:86400:1-2-1999 6:13:35",
        {
          type: "POK",
          pid: 5,
          rtext: "",
          name: "alpha",
          squad: "sq",
          billerId: 1234,
          usage: 86400,
          firstUsed: "1-2-1999 6:13:35",
        },
      ],
      ["PBAD:5:1:CODE2", { type: "PBAD", pid: 5, newName: true, rtext: "CODE2" }],
      ["PKICK:5:go away: now", { type: "PKICK", pid: 5, reason: "go away: now" }],
      ["CHATTXT:1:bob:0:hi: there", { type: "CHATTXT", channel: "1", sender: "bob", sound: 0, text: "hi: there" }],
      ["CHAT:5:2", { type: "CHAT", pid: 5, number: 2 }],
      ["RMT:5:bob:2:x:y", { type: "RMT", pid: 5, sender: "bob", sound: 2, text: "x:y" }],
      ["RMTSQD:sq:bob:0:t", { type: "RMTSQD", squad: "sq", sender: "bob", sound: 0, text: "t" }],
      ["MSG:5:0:a:b:c", { type: "MSG", pid: 5, sound: 0, text: "a:b:c" }],
      ["STAFFMSG:bob:0:t", { type: "STAFFMSG", sender: "bob", sound: 0, text: "t" }],
      ["BROADCAST:bob:0:t", { type: "BROADCAST", sender: "bob", sound: 0, text: "t" }],
      ["SCORERESET", { type: "SCORERESET" }],
      ["PING", { type: "PING" }],
    ];
    for (const [line, expected] of cases) expect(parseBillerLine(line), line).toEqual({ ok: true, line: expected });
  });

  it("decodes a 192-hex banner to 96 bytes", () => {
    const r = parseBillerLine(`BNR:7:${banner}`);
    expect(r.ok && r.line.type === "BNR" && [...r.line.banner]).toEqual(new Array(96).fill(0xab));
  });

  it("calls known types with missing fields or bad numbers/hex malformed", () => {
    for (const line of [
      "POK",
      "POK:5",
      "PBAD:5:1",
      "WANTREG:",
      "WANTREG:x",
      "MSG:-1:0:t",
      "MSG:5:256:t",
      "CHAT:5:one",
      "PKICK",
      "RMTSQD::bob:0:t",
      `BNR:5:${banner}0`,
      `BNR:5:${"zz".repeat(96)}`,
      "BNR:5:abcd",
      "CONNECTBAD:x",
      "POK:99999999999999999:r:n:s:1:1:f",
    ]) {
      expect(parseBillerLine(line), line).toMatchObject({ ok: false, reason: "malformed" });
    }
  });

  it("calls other types unknown", () => {
    expect(parseBillerLine("HELLO:1")).toMatchObject({ ok: false, reason: "unknown" });
    expect(parseBillerLine("ping")).toMatchObject({ ok: false, reason: "unknown" });
    expect(parseBillerLine(":::")).toMatchObject({ ok: false, reason: "unknown" });
  });

  it("never throws on random garbage", () => {
    const types = ["POK", "PBAD", "BNR", "CHAT", "CHATTXT", "RMT", "MSG", "X"];
    for (let i = 0; i < 5000; i++) {
      let s = `${types[i % types.length]}`;
      const n = Math.floor(Math.random() * 40);
      for (let j = 0; j < n; j++) s += String.fromCharCode(Math.random() < 0.3 ? 58 : Math.floor(Math.random() * 256));
      expect(() => parseBillerLine(s)).not.toThrow();
    }
  });
});

describe("zone to biller lines", () => {
  it("formats CONNECT with the protocol version", () => {
    expect(formatConnect({ software: "zonebus 0.1.0", zoneName: "Zone", network: "Net", password: "p:w" })).toBe(
      "CONNECT:1.3.1:zonebus 0.1.0:Zone:Net:p:w",
    );
  });

  it("formats PLOGIN with a lower-case hex Continuum id, or empty for VIE", () => {
    const base = { pid: 5, createNew: false, name: "alpha", password: "secret", ip: "10.0.0.7", machineId: 305419896 };
    expect(formatLogin(base)).toBe("PLOGIN:5:0:alpha:secret:10.0.0.7:305419896:");
    const contId = new Uint8Array(64).fill(0xab);
    expect(formatLogin({ ...base, createNew: true, contId })).toBe(
      `PLOGIN:5:1:alpha:secret:10.0.0.7:305419896:${"ab".repeat(64)}`,
    );
  });

  it("lets no caller text forge a line or shift a field", () => {
    const chat = formatChannelChat(3, "ch:an\nnel", 300, "hi\nPKICK:1:x\r\0");
    expect(chat).toBe("CHAT:3:ch_an nel:255:hi PKICK:1:x  ");
    // U+010A would become LF (0x0A) once encoded as latin1.
    expect(formatCommand(3, "na:me\u010a", "a\u010aPKICK")).toBe("CMD:3:na_me?:a?PKICK");
    const login = formatLogin({
      pid: 1,
      createNew: false,
      name: "a:b",
      password: "x:y",
      ip: "1.2.3.4:5",
      machineId: -1,
    });
    expect(login).toBe("PLOGIN:1:0:a_b:x_y:1.2.3.4_5:4294967295:");
  });

  it("cuts an outgoing line to the biller's limit", () => {
    expect(formatChannelChat(1, "1", 0, "x".repeat(5000))).toHaveLength(MAX_LINE_LENGTH);
    expect(formatRegData(1, new Uint8Array([0, 255]))).toBe("REGDATA:1:00ff");
  });
});
