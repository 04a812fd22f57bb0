import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hashPassword } from "./auth.js";
import { loadPasswordFile, PasswordFileError } from "./password-file.js";

describe("password file", () => {
  const dir = mkdtempSync(join(tmpdir(), "zb-passwd-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (text: string) => {
    const p = join(dir, "passwd.conf");
    writeFileSync(p, text);
    return p;
  };

  it("reads hashed entries, skipping comments and blank lines, names case-insensitive", () => {
    const hash = hashPassword("secret", Buffer.from("00112233445566778899aabbccddeeff", "hex"));
    const users = loadPasswordFile(file(`; staff\n\nAlpha = ${hash}\n# end\n`));
    expect([...users]).toEqual([["alpha", hash]]);
  });

  it("names the file and line of a malformed entry", () => {
    const p = file("alpha = scrypt$00$11\nbravo = hunter2\n");
    expect(() => loadPasswordFile(p)).toThrow(new PasswordFileError(`${p}:2: expected "name = scrypt$<salt>$<hash>"`));
  });

  it("names a missing file", () => {
    expect(() => loadPasswordFile(join(dir, "missing.conf"))).toThrow(/missing\.conf: ENOENT/);
  });
});
