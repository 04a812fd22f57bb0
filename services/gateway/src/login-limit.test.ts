import { describe, expect, it } from "vitest";
import { LoginAdmission, LoginLimiter, MAX_LOGIN_ADDRESSES } from "./login-limit.js";

describe("LoginLimiter", () => {
  it("admits a burst, refuses the rest with one notice per second, and recovers", () => {
    let now = 0;
    const limiter = new LoginLimiter({ perSecond: 4, burst: 16 }, { now: () => now });
    const got = Array.from({ length: 40 }, () => limiter.admit("192.0.2.1"));
    expect(got.filter((a) => a === LoginAdmission.Allow)).toHaveLength(16);
    expect(got.filter((a) => a === LoginAdmission.Refuse)).toHaveLength(1);
    expect(got.filter((a) => a === LoginAdmission.RefuseQuietly)).toHaveLength(23);
    expect(limiter.admit("192.0.2.2")).toBe(LoginAdmission.Allow);
    now = 1_000;
    const next = Array.from({ length: 6 }, () => limiter.admit("192.0.2.1"));
    expect(next).toEqual(["allow", "allow", "allow", "allow", "refuse", "refuse_quietly"]);
  });

  it("remembers a bounded number of addresses", () => {
    const limiter = new LoginLimiter({ perSecond: 1, burst: 1 }, { now: () => 0 });
    for (let i = 0; i < MAX_LOGIN_ADDRESSES * 3; i++) limiter.admit(`10.${i >> 16}.${(i >> 8) & 0xff}.${i & 0xff}`);
    expect(limiter.size).toBe(MAX_LOGIN_ADDRESSES);
  });
});
