import { describe, expect, it } from "vitest";
import { SendLog } from "./send-log.js";

describe("SendLog", () => {
  it("matches a relayed position to its send by arena, pid, weapon bit and point", () => {
    const log = new SendLog();
    log.recordSend(0, 7, false, 8200, 8100, 1000.25);
    log.recordSend(0, 7, true, 8200, 8100, 1003.5);
    expect(log.match(0, 7, false, 8200, 8100, 1004.75)).toBeCloseTo(4.5);
    expect(log.match(0, 7, true, 8200, 8100, 1004.75)).toBeCloseTo(1.25);
  });

  it("does not match another arena, pid or point", () => {
    const log = new SendLog();
    log.recordSend(1, 7, false, 8200, 8100, 1000);
    expect(log.match(0, 7, false, 8200, 8100, 1001)).toBe("unmatched");
    expect(log.match(1, 8, false, 8200, 8100, 1001)).toBe("unmatched");
    expect(log.match(1, 7, false, 8201, 8100, 1001)).toBe("unmatched");
  });

  it("uses only the low 8 bits of the pid, as 0x28 carries, and flags a tie of two senders", () => {
    const log = new SendLog();
    log.recordSend(0, 3, false, 8000, 8000, 1000, 3);
    expect(log.match(0, 259, false, 8000, 8000, 1002)).toBe(2);
    log.recordSend(0, 259, false, 8000, 8000, 1001, 259);
    expect(log.match(0, 3, false, 8000, 8000, 1002)).toBe("ambiguous");
  });

  it("forgets sends older than keepMs", () => {
    const log = new SendLog({ keepMs: 100 });
    log.recordSend(0, 1, false, 10, 10, 0);
    log.recordSend(0, 1, false, 20, 20, 150);
    expect(log.match(0, 1, false, 10, 10, 160)).toBe("unmatched");
    expect(log.match(0, 1, false, 20, 20, 160)).toBe(10);
    expect(log.entries).toBe(1);
  });

  it("holds at most maxEntries sends, dropping the oldest", () => {
    const log = new SendLog({ maxEntries: 3 });
    for (let i = 0; i < 5; i++) log.recordSend(0, 1, false, 100 + i, 100, i);
    expect(log.entries).toBe(3);
    expect(log.match(0, 1, false, 101, 100, 10)).toBe("unmatched");
    expect(log.match(0, 1, false, 104, 100, 10)).toBe(6);
  });

  it("keeps a newer send of the same key when the older one expires", () => {
    const log = new SendLog({ keepMs: 100 });
    log.recordSend(0, 1, false, 50, 50, 0);
    log.recordSend(0, 1, false, 50, 50, 90);
    log.recordSend(0, 1, false, 60, 60, 120);
    expect(log.match(0, 1, false, 50, 50, 125)).toBe(35);
  });

  it("refuses a bound that is not a positive integer", () => {
    expect(() => new SendLog({ maxEntries: 0 })).toThrow(RangeError);
  });
});
