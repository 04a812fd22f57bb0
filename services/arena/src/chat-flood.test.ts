import { loadGlobalConfig, MemoryZoneFiles } from "@zonebus/zone";
import { describe, expect, it } from "vitest";
import {
  ChatFlood,
  DEFAULT_FLOOD_LIMIT,
  DEFAULT_FLOOD_SHUTUP_S,
  FLOOD_NOTICE_INTERVAL_MS,
  floodLimitsFrom,
  shutUpNotice,
} from "./chat-flood.js";

const limits = { limit: 10, shutupMs: 60_000 };

/** Sends `n` messages at `now` and returns the verdicts. */
function burst(flood: ChatFlood, now: number, n: number) {
  return Array.from({ length: n }, () => flood.message(now));
}

describe("ChatFlood", () => {
  it("lets the message that reaches FloodLimit out, then shuts the sender up for FloodShutup", () => {
    const flood = new ChatFlood(limits, 0);
    const verdicts = burst(flood, 0, 10);
    expect(verdicts.slice(0, 9).every((v) => v.allowed && !v.shutUp)).toBe(true);
    expect(verdicts[9]).toEqual({ allowed: true, shutUp: true, extended: false, notify: true });
    expect(flood.message(100).allowed).toBe(false);
    expect(flood.shutUp(59_999)).toBe(true);
    expect(flood.shutUp(60_000)).toBe(false);
    expect(flood.message(60_000).allowed).toBe(true);
  });

  it("halves the count every second, so steady chat below the limit is never shut up", () => {
    const flood = new ChatFlood(limits, 0);
    // Four messages a second: the count settles at 4 + 4/2 + ... < 8.
    for (let t = 0; t < 120_000; t += 250) expect(flood.message(t).shutUp).toBe(false);
    expect(flood.shutUp(120_000)).toBe(false);
  });

  it("keeps the part of a second not yet decayed (ASSS would never decay a message every 900 ms)", () => {
    const flood = new ChatFlood(limits, 0);
    for (let t = 0; t < 60_000; t += 900) expect(flood.message(t).shutUp).toBe(false);
  });

  it("adds FloodShutup for every further flood and tells the flooder again at most every 10 s", () => {
    const flood = new ChatFlood(limits, 0);
    burst(flood, 0, 10);
    // Shut up now: the count was halved to 5, so every 5 more messages make another flood.
    const more = burst(flood, 1, 5);
    expect(more.map((v) => v.allowed)).toEqual([false, false, false, false, false]);
    expect(more[4]).toEqual({ allowed: false, shutUp: true, extended: true, notify: false });
    expect(flood.remainingMs(1)).toBe(120_000 - 1);
    expect(flood.message(FLOOD_NOTICE_INTERVAL_MS).allowed).toBe(false);
    const later = burst(flood, FLOOD_NOTICE_INTERVAL_MS, 10).filter((v) => v.shutUp);
    expect(later[0]?.notify).toBe(true);
  });

  it("never shuts up a player with unlimited chat, nor anyone when FloodLimit is 0", () => {
    const staff = new ChatFlood(limits, 0);
    const off = new ChatFlood({ limit: 0, shutupMs: 60_000 }, 0);
    for (let i = 0; i < 1_000; i++) {
      expect(staff.message(0, true).allowed).toBe(true);
      expect(off.message(0).allowed).toBe(true);
    }
  });
});

describe("floodLimitsFrom", () => {
  it("reads [Chat] FloodLimit and FloodShutup from global.conf, with ASSS's defaults", () => {
    const conf = (text: string) => loadGlobalConfig(new MemoryZoneFiles({ "conf/global.conf": text }));
    expect(floodLimitsFrom(undefined)).toEqual({
      limit: DEFAULT_FLOOD_LIMIT,
      shutupMs: DEFAULT_FLOOD_SHUTUP_S * 1_000,
    });
    expect(floodLimitsFrom(conf("[Chat]\nFloodLimit=4\nFloodShutup=5\n"))).toEqual({ limit: 4, shutupMs: 5_000 });
    expect(floodLimitsFrom(conf("[Chat]\nFloodLimit=-3\n"))).toEqual({ limit: 0, shutupMs: 60_000 });
    expect(shutUpNotice({ limit: 10, shutupMs: 60_000 })).toBe("You have been shut up for 60 seconds for flooding.");
  });
});
