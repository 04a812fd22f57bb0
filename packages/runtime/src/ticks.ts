/**
 * Server ticks (1/100 s) as every zonebus process sees them. Gateways answer time sync with
 * them and arenas stamp relayed positions with them, so they must agree across machines: they
 * are derived from the wall clock (kept in step by NTP), not from a process-local monotonic clock.
 */
export function serverTicks(nowMs: number = Date.now()): number {
  return Math.floor(nowMs / 10) >>> 0;
}

/** True when tick `a` is later than `b`, across the 32-bit wrap. */
export function ticksAfter(a: number, b: number): boolean {
  return ((a - b) | 0) > 0;
}
