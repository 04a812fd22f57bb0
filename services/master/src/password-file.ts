import { readFileSync } from "node:fs";

/** A line of the password file that could not be read, named by file and line. */
export class PasswordFileError extends Error {
  override readonly name = "PasswordFileError";
  readonly code = "MASTER_PASSWORD_FILE";
}

/** Longest password file read. */
export const MAX_PASSWORD_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Reads the local password file: one `name = scrypt$<salt hex>$<hash hex>` per line (hashes from
 * `hashPassword`), `;` or `#` comments and blank lines ignored, names case-insensitive. Any other
 * line is an error naming the file and line, so a typo cannot silently lock a player out.
 */
export function loadPasswordFile(path: string): Map<string, string> {
  let text: string;
  try {
    const buf = readFileSync(path);
    if (buf.length > MAX_PASSWORD_FILE_BYTES)
      throw new PasswordFileError(`${path}: larger than ${MAX_PASSWORD_FILE_BYTES} bytes`);
    text = buf.toString("utf8");
  } catch (err) {
    if (err instanceof PasswordFileError) throw err;
    throw new PasswordFileError(`${path}: ${(err as Error).message}`, { cause: err });
  }
  const out = new Map<string, string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith(";") || line.startsWith("#")) return;
    const m = /^([^=]+?)\s*=\s*(scrypt\$[0-9a-f]+\$[0-9a-f]+)$/i.exec(line);
    if (!m) throw new PasswordFileError(`${path}:${i + 1}: expected "name = scrypt$<salt>$<hash>"`);
    out.set(m[1]!.toLowerCase(), m[2]!);
  });
  return out;
}
