import { describe, expect, it } from "vitest";
import { parseStatCpuSeconds, parseStatusKb, procUsage } from "./proc-usage.js";

describe("process usage from /proc", () => {
  it("reads utime + stime past a command name with spaces and parentheses", () => {
    const stat = "4242 (node (x) y) S 1 4242 4242 0 -1 4194560 1000 0 0 0 250 75 0 0 20 0 11 0 300 1000 2000";
    expect(parseStatCpuSeconds(stat)).toBe(3.25);
  });

  it("refuses text that is not a stat line", () => {
    expect(() => parseStatCpuSeconds("garbage")).toThrow(/no '\)'/);
    expect(() => parseStatCpuSeconds("1 (a) S 1")).toThrow(/utime/);
  });

  it("reads kB fields of status as bytes, 0 when missing", () => {
    const status = "Name:\tnode\nVmHWM:\t  20480 kB\nVmRSS:\t   10240 kB\n";
    expect(parseStatusKb(status, "VmRSS")).toBe(10_485_760);
    expect(parseStatusKb(status, "VmHWM")).toBe(20_971_520);
    expect(parseStatusKb(status, "VmSwap")).toBe(0);
  });

  it("measures this process, whose CPU time only grows", () => {
    const before = procUsage(process.pid);
    // Spin until the kernel has charged well over one 10 ms tick to this process.
    const start = process.cpuUsage();
    let x = 0;
    while (process.cpuUsage(start).user < 60_000) for (let i = 0; i < 1e5; i++) x += i % 7;
    const after = procUsage(process.pid);
    expect(x).toBeGreaterThan(0);
    expect(before && after).toBeTruthy();
    expect(after!.cpuSeconds).toBeGreaterThan(before!.cpuSeconds);
    expect(after!.rssBytes).toBeGreaterThan(1_000_000);
    expect(after!.peakRssBytes).toBeGreaterThanOrEqual(after!.rssBytes);
  });

  it("answers undefined for a process that does not exist", () => {
    expect(procUsage(2 ** 22 + 1)).toBeUndefined();
  });
});
