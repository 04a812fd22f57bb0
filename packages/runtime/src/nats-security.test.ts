import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, parseConfig } from "@zonebus/service-kit";
import { describe, expect, it } from "vitest";
import { natsSecurityFrom, redactNatsUrl } from "./nats-security.js";
import { type CommonConfig, commonOptions } from "./options.js";

const dir = mkdtempSync(join(tmpdir(), "zb-nats-sec-"));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content, { mode: 0o600 });
  return path;
}

/** Parses flags and environment as a process would, then checks the NATS security options. */
function security(argv: string[], env: Record<string, string> = {}) {
  const res = parseConfig("test", commonOptions, argv, env);
  if ("help" in res) throw new Error("help");
  return natsSecurityFrom(res.config as unknown as CommonConfig);
}

describe("NATS credentials and TLS options", () => {
  it("connect without credentials or TLS by default", () => {
    expect(security([])).toEqual({ options: {}, auth: "none", tls: false });
  });

  it("read a user's password from a file, trimmed of its newline", () => {
    const pw = file("pw", "s3cret\n");
    const s = security(["--nats-user", "arena"], { NATS_PASSWORD_FILE: pw });
    expect([s.auth, s.options.user, s.options.pass]).toEqual(["user", "arena", "s3cret"]);
  });

  it("take a token from a file or the environment, and an nkey seed or creds file as an authenticator", () => {
    expect(security([], { NATS_TOKEN: "t0k" }).options.token).toBe("t0k");
    expect(security(["--nats-token-file", file("tok", "abc\n")]).options.token).toBe("abc");
    const seed = "SUACSSL3UAHUDXKFSNVUZRF5UHPMWZ6BFDTJ7M6USDXIEDNPPQYYYCU3VY";
    const nkey = security(["--nats-nkey-file", file("seed.nk", `${seed}\n`)]);
    expect([nkey.auth, typeof nkey.options.authenticator]).toEqual(["nkey", "function"]);
    const creds = file("u.creds", "-----BEGIN NATS USER JWT-----\neyJ0\n------END NATS USER JWT------\n");
    expect(security(["--nats-creds-file", creds]).auth).toBe("creds");
  });

  it("read the CA, client certificate and key, and require TLS", () => {
    const [ca, cert, key] = [file("ca.pem", "CA"), file("c.pem", "CERT"), file("k.pem", "KEY")];
    const s = security(["--nats-tls-ca", ca, "--nats-tls-cert", cert, "--nats-tls-key", key]);
    expect([s.tls, s.options.tls]).toEqual([true, { ca: "CA", cert: "CERT", key: "KEY" }]);
    expect(security(["--nats-tls"]).options.tls).toEqual({});
  });

  it("refuse bad combinations with one line that names the flag and holds no secret", () => {
    const pw = file("pw2", "hunter2");
    const cases: [string[], Record<string, string>, RegExp][] = [
      [["--nats-tls-cert", file("c2.pem", "C")], {}, /--nats-tls-cert needs --nats-tls-key/],
      [["--nats-tls-key", file("k2.pem", "K")], {}, /--nats-tls-key needs --nats-tls-cert/],
      [["--nats-user", "a"], {}, /--nats-user needs --nats-password-file/],
      [["--nats-password-file", pw], {}, /needs --nats-user/],
      [["--nats-user", "a", "--nats-password-file", pw], { NATS_TOKEN: "x" }, /one way to authenticate/],
      [["--nats-tls-ca", join(dir, "missing.pem")], {}, /--nats-tls-ca: cannot read .*missing\.pem \(ENOENT\)/],
      [["--nats-nkey-file", file("bad.nk", "not a seed")], {}, /holds no user nkey seed/],
      [["--nats-token-file", file("empty", "\n")], {}, /must hold one non-empty line/],
    ];
    for (const [argv, env, message] of cases) {
      const err = (() => {
        try {
          security(argv, env);
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toMatch(message);
      expect((err as Error).message).not.toContain("hunter2");
    }
  });

  it("keep user and password out of server lists shown in messages", () => {
    expect(redactNatsUrl("nats://u:p@a:4222,tls://b:4222,nats://tok@c")).toBe(
      "nats://***@a:4222,tls://b:4222,nats://***@c",
    );
  });
});
