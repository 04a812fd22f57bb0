import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** PEM files of a throw-away CA, a server certificate for 127.0.0.1 and a client certificate. */
export interface TestPki {
  readonly dir: string;
  readonly caCert: string;
  readonly serverCert: string;
  readonly serverKey: string;
  readonly clientCert: string;
  readonly clientKey: string;
  /** Removes the folder. */
  remove(): void;
}

/** The local `openssl` version line, or undefined when it is not installed. */
export function localOpensslVersion(): string | undefined {
  const res = spawnSync("openssl", ["version"], { encoding: "utf8" });
  if (res.error || res.status !== 0) return undefined;
  return res.stdout.trim();
}

function openssl(dir: string, args: string[]): void {
  const res = spawnSync("openssl", args, { cwd: dir, encoding: "utf8" });
  if (res.error || res.status !== 0)
    throw new Error(`openssl ${args[0]} failed: ${res.error?.message ?? res.stderr.trim()}`);
}

/**
 * Makes a CA and two certificates it signs, with `openssl`, in a new temporary folder (keys
 * 0600): one for a server on 127.0.0.1 / localhost, one for a client (a mutual-TLS test).
 */
export function makeTestPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), "zb-pki-"));
  const days = ["-days", "2"];
  openssl(dir, [
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-keyout",
    "ca.key",
    "-out",
    "ca.pem",
    ...days,
    "-subj",
    "/CN=zonebus test CA",
  ]);
  const issue = (name: string, subject: string, ext: string) => {
    writeFileSync(join(dir, `${name}.ext`), ext);
    openssl(dir, [
      "req",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      `${name}.key`,
      "-out",
      `${name}.csr`,
      "-subj",
      subject,
    ]);
    openssl(dir, [
      "x509",
      "-req",
      "-in",
      `${name}.csr`,
      "-CA",
      "ca.pem",
      "-CAkey",
      "ca.key",
      "-CAcreateserial",
      "-out",
      `${name}.pem`,
      ...days,
      "-extfile",
      `${name}.ext`,
    ]);
  };
  issue("server", "/CN=127.0.0.1", "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
  issue("client", "/CN=zonebus-service", "extendedKeyUsage=clientAuth\n");
  return {
    dir,
    caCert: join(dir, "ca.pem"),
    serverCert: join(dir, "server.pem"),
    serverKey: join(dir, "server.key"),
    clientCert: join(dir, "client.pem"),
    clientKey: join(dir, "client.key"),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
