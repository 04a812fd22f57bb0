import { describe, expect, it } from "vitest";
import { hashPassword, LocalAuthenticator, LoginCode } from "./auth.js";
import { HashPool } from "./hash-pool.js";

const pw = (s: string) => {
  const b = new Uint8Array(32);
  b.set(Buffer.from(s, "latin1"));
  return b;
};

describe("LocalAuthenticator", () => {
  const passwords = new Map([["alpha", hashPassword("secret", Buffer.from("0123456789abcdef"))]]);

  it("accepts a listed name with its password, case-insensitively", async () => {
    const auth = new LocalAuthenticator({ allowUnknown: false, passwords });
    const res = await auth.authenticate({
      name: "Alpha",
      password: pw("secret"),
      createNew: false,
      clientIp: "127.0.0.1",
    });
    expect(res.code).toBe(LoginCode.Ok);
  });

  it("refuses a listed name with a wrong or zeroed password", async () => {
    const auth = new LocalAuthenticator({ allowUnknown: true, passwords });
    const wrong = await auth.authenticate({
      name: "alpha",
      password: pw("nope"),
      createNew: false,
      clientIp: "127.0.0.1",
    });
    const zero = await auth.authenticate({
      name: "alpha",
      password: new Uint8Array(32),
      createNew: false,
      clientIp: "127.0.0.1",
    });
    expect([wrong.code, zero.code]).toEqual([LoginCode.BadPassword, LoginCode.BadPassword]);
  });

  it("lets unknown names in only when allowed", async () => {
    const open = new LocalAuthenticator({ allowUnknown: true, passwords });
    const closed = new LocalAuthenticator({ allowUnknown: false, passwords });
    const req = { name: "bravo", password: pw("x"), createNew: false, clientIp: "127.0.0.1" };
    expect((await open.authenticate(req)).code).toBe(LoginCode.Ok);
    expect((await closed.authenticate(req)).code).toBe(LoginCode.BadPassword);
  });
});

describe("LocalAuthenticator off the event loop", () => {
  const passwords = new Map([["alpha", hashPassword("secret", Buffer.from("0123456789abcdef"))]]);
  const req = (name: string, password: string) => ({
    name,
    password: pw(password),
    createNew: false,
    clientIp: "1.2.3.4",
  });

  it("marks only a proved name as authenticated", async () => {
    const auth = new LocalAuthenticator({ allowUnknown: true, passwords });
    expect(await auth.authenticate(req("alpha", "secret"))).toEqual({ code: LoginCode.Ok, authenticated: true });
    expect(await auth.authenticate(req("bravo", "anything"))).toEqual({ code: LoginCode.Ok });
  });

  it("answers server busy past the hash queue, and serves the queued ones", async () => {
    const auth = new LocalAuthenticator({
      allowUnknown: false,
      passwords,
      pool: new HashPool({ concurrency: 1, maxQueue: 2 }),
    });
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => auth.authenticate(req("alpha", "secret"))));
    expect(results.map((r) => r.code)).toEqual([
      LoginCode.Ok,
      LoginCode.Ok,
      LoginCode.Ok,
      LoginCode.ServerBusy,
      LoginCode.ServerBusy,
    ]);
  });

  it("hashes unlisted names too, so they wait in the same queue", async () => {
    const pool = new HashPool({ concurrency: 1, maxQueue: 0 });
    const auth = new LocalAuthenticator({ allowUnknown: true, passwords, pool });
    const first = auth.authenticate(req("unlisted", "x"));
    expect((await auth.authenticate(req("other", "y"))).code).toBe(LoginCode.ServerBusy);
    expect((await first).code).toBe(LoginCode.Ok);
  });

  it("hashes nothing for an unlisted name when no name is listed at all", async () => {
    const pool = new HashPool({ concurrency: 1, maxQueue: 0 });
    const open = new LocalAuthenticator({ allowUnknown: true, passwords: new Map(), pool });
    const closed = new LocalAuthenticator({ allowUnknown: false, passwords: new Map(), pool });
    const listed = new LocalAuthenticator({ allowUnknown: true, passwords, pool });
    const busy = listed.authenticate(req("alpha", "secret"));
    expect((await open.authenticate(req("anyone", "x"))).code).toBe(LoginCode.Ok);
    expect((await closed.authenticate(req("anyone", "x"))).code).toBe(LoginCode.BadPassword);
    expect((await busy).code).toBe(LoginCode.Ok);
  });
});
