/**
 * CPU time and memory of a process from Linux's `/proc/<pid>/stat` and `/proc/<pid>/status`:
 * how the benchmark measures the zone's processes from outside.
 */
import { readFileSync } from "node:fs";

/** Clock ticks per second of `/proc/<pid>/stat` (USER_HZ): 100 on every Linux architecture Node runs on. */
export const USER_HZ = 100;

export interface ProcUsage {
  /** User + system CPU, seconds, since the process started. */
  readonly cpuSeconds: number;
  /** Resident set now and at its peak, bytes. */
  readonly rssBytes: number;
  readonly peakRssBytes: number;
}

/**
 * CPU seconds from the text of `/proc/<pid>/stat`. The command name (field 2) may hold spaces
 * and parentheses, so fields are counted from the last `)`; utime and stime are fields 14 and 15.
 */
export function parseStatCpuSeconds(stat: string): number {
  const close = stat.lastIndexOf(")");
  if (close < 0) throw new Error("not a /proc/<pid>/stat line: no ')'");
  const fields = stat
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  // fields[0] is field 3 (state), so field n is fields[n - 3].
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) throw new Error("/proc/<pid>/stat has no utime/stime");
  return (utime + stime) / USER_HZ;
}

/** A `kB` field of `/proc/<pid>/status` in bytes (0 when absent, as for kernel threads). */
export function parseStatusKb(status: string, field: string): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  return m ? Number(m[1]) * 1024 : 0;
}

/** Reads a live process's usage; undefined once it has exited. */
export function procUsage(pid: number): ProcUsage | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return {
      cpuSeconds: parseStatCpuSeconds(stat),
      rssBytes: parseStatusKb(status, "VmRSS"),
      peakRssBytes: parseStatusKb(status, "VmHWM"),
    };
  } catch {
    return undefined;
  }
}
