import { describe, expect, it } from "vitest";
import { LineFramer, MAX_LINE_LENGTH } from "./line-framer.js";

function framer() {
  const lines: string[] = [];
  let tooLong = 0;
  const f = new LineFramer({ onLine: (l) => lines.push(l), onTooLong: () => tooLong++ });
  return { f, lines, tooLong: () => tooLong };
}

const bytes = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));

describe("LineFramer", () => {
  it("accepts LF, CR and CRLF, fed one byte at a time", () => {
    const { f, lines } = framer();
    for (const b of bytes("PING\nMSG:1:0:a\rMSG:2:0:b\r\nSCORERESET\n")) f.push(Uint8Array.of(b));
    expect(lines).toEqual(["PING", "MSG:1:0:a", "MSG:2:0:b", "SCORERESET"]);
  });

  it("keeps a partial line across chunks and skips empty lines", () => {
    const { f, lines } = framer();
    f.push(bytes("MSG:1:0:hel"));
    f.push(bytes("lo\n\n\r\n"));
    expect(lines).toEqual(["MSG:1:0:hello"]);
  });

  it("takes a line of exactly the limit and discards one byte more, whole", () => {
    const { f, lines, tooLong } = framer();
    f.push(bytes(`${"a".repeat(MAX_LINE_LENGTH)}\n`));
    f.push(bytes(`${"b".repeat(MAX_LINE_LENGTH + 1)}\nPING\n`));
    expect(lines).toEqual(["a".repeat(MAX_LINE_LENGTH), "PING"]);
    expect(tooLong()).toBe(1);
  });

  it("resynchronises after a huge line sent in many chunks, counting it once", () => {
    const { f, lines, tooLong } = framer();
    const chunk = new Uint8Array(64 * 1024).fill(0x41);
    for (let i = 0; i < 40; i++) f.push(chunk);
    f.push(bytes("tail\nPING\n"));
    expect(lines).toEqual(["PING"]);
    expect(tooLong()).toBe(1);
  });

  it("decodes bytes as latin1, one character per byte", () => {
    const { f, lines } = framer();
    f.push(Uint8Array.of(0x4d, 0xe9, 0xff, 0x0a));
    expect(lines).toEqual(["M\u00e9\u00ff"]);
  });
});
