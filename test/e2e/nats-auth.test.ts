import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  localOpensslVersion,
  makeTestPki,
  type NatsServerHandle,
  startNatsServer,
  startServiceProcess,
  type TestPki,
} from "@zonebus/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const PASSWORD = "c0rrect-h0rse";
const dir = mkdtempSync(join(tmpdir(), "zb-nats-auth-"));
const secret = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, `${text}\n`, { mode: 0o600 });
  return path;
};
const zoneEnv = () => ({ ZONE_ID: `auth${Date.now()}${Math.floor(Math.random() * 1e4)}` });

/** Runs the master until it exits (it is not expected to become ready); returns its code and output. */
async function masterFails(args: string[]): Promise<{ code: number | null; output: string }> {
  const master = await startServiceProcess({ service: "master", args, env: zoneEnv(), waitReady: false });
  const code = await master.exited;
  return { code, output: master.output() };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("services on a NATS server that requires a user and password", () => {
  let nats: NatsServerHandle;
  beforeAll(async () => {
    nats = await startNatsServer({ args: ["--user", "zonebus", "--pass", PASSWORD] });
  });
  afterAll(() => nats?.stop());

  it("connects with --nats-user and the password from a file, and never logs the password", async () => {
    const master = await startServiceProcess({
      service: "master",
      args: ["--nats-url", nats.url, "--nats-user", "zonebus"],
      env: { ...zoneEnv(), NATS_PASSWORD_FILE: secret("pw", PASSWORD) },
    });
    try {
      await expect.poll(() => master.output(), { timeout: 5_000 }).toMatch(/"auth":"user".*connected to NATS/);
      expect(master.output()).not.toContain(PASSWORD);
    } finally {
      expect(await master.stop()).toBe(0);
    }
  });

  it("fails at boot with one clear line and a non-zero exit when the password is wrong", async () => {
    const { code, output } = await masterFails([
      "--nats-url",
      nats.url,
      "--nats-user",
      "zonebus",
      "--nats-password-file",
      secret("wrong", "not-the-password"),
    ]);
    console.log(`wrong password: exit ${code}; ${output.split("\n").find((l) => l.startsWith("zonebus: error"))}`);
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /^zonebus: error: cannot connect to NATS at nats:\/\/127\.0\.0\.1:\d+: .*Authorization Violation/im,
    );
    expect(output).not.toContain("not-the-password");
  });

  it("refuses a bad combination of options before connecting (exit 2)", async () => {
    const { code, output } = await masterFails(["--nats-url", nats.url, "--nats-tls-cert", secret("cert", "x")]);
    expect(code).toBe(2);
    expect(output.trim()).toBe("zonebus: error: --nats-tls-cert needs --nats-tls-key");
  });
});

describe.skipIf(localOpensslVersion() === undefined)(
  "services on a NATS server that requires TLS and a client certificate",
  () => {
    let pki: TestPki;
    let nats: NatsServerHandle;
    beforeAll(async () => {
      pki = makeTestPki();
      nats = await startNatsServer({
        args: [
          "--tls",
          "--tlscert",
          pki.serverCert,
          "--tlskey",
          pki.serverKey,
          "--tlsverify",
          "--tlscacert",
          pki.caCert,
        ],
      });
    });
    afterAll(async () => {
      await nats?.stop();
      pki?.remove();
    });

    it("connects with the CA, client certificate and key", async () => {
      const master = await startServiceProcess({
        service: "master",
        args: ["--nats-url", nats.url],
        env: { ...zoneEnv(), NATS_TLS_CA: pki.caCert, NATS_TLS_CERT: pki.clientCert, NATS_TLS_KEY: pki.clientKey },
      });
      try {
        await expect.poll(() => master.output(), { timeout: 5_000 }).toMatch(/"tls":true.*connected to NATS/);
      } finally {
        expect(await master.stop()).toBe(0);
      }
    });

    it("fails at boot without a client certificate", async () => {
      const { code, output } = await masterFails(["--nats-url", nats.url, "--nats-tls-ca", pki.caCert]);
      console.log(
        `no client certificate: exit ${code}; ${output.split("\n").find((l) => l.startsWith("zonebus: error"))}`,
      );
      expect(code).not.toBe(0);
      expect(output).toMatch(/^zonebus: error: cannot connect to NATS/m);
    });
  },
);
