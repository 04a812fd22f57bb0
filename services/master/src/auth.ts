import { scryptSync, timingSafeEqual } from "node:crypto";

/** S2C 0x0A response codes the master uses (login-and-arena.md §3). */
export const LoginCode = {
  Ok: 0x00,
  BadPassword: 0x02,
  LockedOut: 0x04,
  ServerFull: 0x0a,
  BadName: 0x0b,
  ServerBusy: 0x0e,
} as const;
export type LoginCode = (typeof LoginCode)[keyof typeof LoginCode];

export interface AuthRequest {
  readonly name: string;
  readonly password: Uint8Array;
  readonly createNew: boolean;
  readonly clientIp: string;
}
export interface AuthResult {
  readonly code: LoginCode;
  readonly squad?: string;
}

/** Decides whether a login may proceed (a biller, a local password file, or both in a chain). */
export interface Authenticator {
  authenticate(req: AuthRequest): Promise<AuthResult>;
}

/** The password as the client typed it: bytes up to the first NUL, latin1. */
export function passwordText(password: Uint8Array): string {
  const end = password.indexOf(0);
  return Buffer.from(password.subarray(0, end < 0 ? password.length : end)).toString("latin1");
}

/** Hash format of the local password file: `scrypt$<salt hex>$<hash hex>`. */
export function hashPassword(password: string, salt: Buffer): string {
  return `scrypt$${salt.toString("hex")}$${scryptSync(password, salt, 32).toString("hex")}`;
}

function verifyPassword(password: string, stored: string): boolean {
  const [scheme, saltHex, hashHex] = stored.split("$");
  if (scheme !== "scrypt" || !saltHex || !hashHex) return false;
  const want = Buffer.from(hashHex, "hex");
  const got = scryptSync(password, Buffer.from(saltHex, "hex"), want.length);
  return want.length > 0 && timingSafeEqual(want, got);
}

/**
 * Local authentication, as ASSS's auth_file: listed names must give their password; unlisted
 * names are accepted when `allowUnknown` (the default, like ASSS's dist zone), else refused.
 */
export class LocalAuthenticator implements Authenticator {
  constructor(private readonly opts: { allowUnknown: boolean; passwords: ReadonlyMap<string, string> }) {}

  async authenticate(req: AuthRequest): Promise<AuthResult> {
    const stored = this.opts.passwords.get(req.name.toLowerCase());
    if (stored === undefined) return { code: this.opts.allowUnknown ? LoginCode.Ok : LoginCode.BadPassword };
    return { code: verifyPassword(passwordText(req.password), stored) ? LoginCode.Ok : LoginCode.BadPassword };
  }
}
