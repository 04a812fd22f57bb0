import { RateLimitedLog } from "@zonebus/service-kit";
import type { Logger } from "pino";
import { AddressBuckets, type BucketLimits } from "./address-buckets.js";

/**
 * Logins a source address may start per second, and at once after a quiet spell (`--login-rate`,
 * `--login-burst`). ASSS has no such limit; these let a LAN party behind one NAT in (16 at once,
 * then 4 a second) while a flood from one address reaches the master at that pace at most.
 */
export const DEFAULT_LOGIN_RATE = 4;
export const DEFAULT_LOGIN_BURST = 16;
/** Addresses the login limiter remembers; past it the least recently seen is forgotten. */
export const MAX_LOGIN_ADDRESSES = 4_096;
/** A refused address hears "server busy" at most once per this window; the rest are dropped silently. */
export const LOGIN_REFUSAL_NOTICE_MS = 1_000;
/** Least time between two log lines about one refused address. */
export const LOGIN_REFUSAL_LOG_MS = 10_000;

/** What to do with a login: pass it on, refuse it with a failure reply, or drop it unanswered. */
export const LoginAdmission = { Allow: "allow", Refuse: "refuse", RefuseQuietly: "refuse_quietly" } as const;
export type LoginAdmission = (typeof LoginAdmission)[keyof typeof LoginAdmission];

/** The drop reason a refused login is counted under (zb_gateway_dropped_packets_total). */
export const LOGIN_RATE_LIMITED = "login_rate_limited";

/**
 * Rate-limits logins per source address at the gateway, before anything reaches the bus or the
 * master's password hashing. The client of a refused login is told "server busy, try later"
 * (login code 0x0E) at most once per LOGIN_REFUSAL_NOTICE_MS.
 */
export class LoginLimiter {
  private readonly buckets: AddressBuckets;
  private readonly log: RateLimitedLog | undefined;

  constructor(
    limits: Pick<BucketLimits, "perSecond" | "burst"> & Partial<Pick<BucketLimits, "maxAddresses">>,
    opts: { logger?: Logger; now?: () => number } = {},
  ) {
    this.buckets = new AddressBuckets({ maxAddresses: MAX_LOGIN_ADDRESSES, ...limits }, opts.now);
    this.log =
      opts.logger &&
      new RateLimitedLog(opts.logger, LOGIN_REFUSAL_LOG_MS, {
        maxKeys: 256,
        ...(opts.now ? { now: opts.now } : {}),
      });
  }

  /** Addresses remembered now. */
  get size(): number {
    return this.buckets.size;
  }

  admit(address: string): LoginAdmission {
    if (this.buckets.take(address)) return LoginAdmission.Allow;
    this.log?.warn(address, { address }, "logins from this address over the rate limit: refused");
    return this.buckets.shouldNotify(address, LOGIN_REFUSAL_NOTICE_MS)
      ? LoginAdmission.Refuse
      : LoginAdmission.RefuseQuietly;
  }
}
