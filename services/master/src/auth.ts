import { randomBytes, scryptSync, timingSafeEqual } from "node:crypto";
import { HashPool, HashPoolBusyError } from "./hash-pool.js";

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
  /** The pid the master reserved for this login (a biller refers to the player by it). */
  readonly pid?: number;
  readonly machineId?: number;
  readonly timezoneBias?: number;
  readonly clientVersion?: number;
  /** The Continuum id (64 bytes); absent for VIE clients. */
  readonly contId?: Uint8Array;
}
export interface AuthResult {
  readonly code: LoginCode;
  /** The name to use instead of the requested one (a biller's spelling; `^name` in ASSS's UDP fallback). */
  readonly name?: string;
  readonly squad?: string;
  /** Text for a refused client (Continuum custom text). */
  readonly customText?: string;
  /** The biller took this login: it is told of the player's entry, chat and leave. */
  readonly billerKnown?: boolean;
  readonly userId?: number;
  readonly banner?: Uint8Array;
  /** The biller asked for the registration form (0x0A byte 19). */
  readonly wantRegistration?: boolean;
  /**
   * The name was proved (a listed name with its password; later, the biller). Only then does
   * a name get its staff.conf group (ASSS `p->flags.authenticated`).
   */
  readonly authenticated?: boolean;
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

/** Length of the stored scrypt hash. */
const HASH_BYTES = 32;

/** Hash format of the local password file: `scrypt$<salt hex>$<hash hex>`. */
export function hashPassword(password: string, salt: Buffer): string {
  return `scrypt$${salt.toString("hex")}$${scryptSync(password, salt, HASH_BYTES).toString("hex")}`;
}

/** A stored hash split, or undefined when it is not one of ours. */
function parseStored(stored: string): { salt: Buffer; hash: Buffer } | undefined {
  const [scheme, saltHex, hashHex] = stored.split("$");
  if (scheme !== "scrypt" || !saltHex || !hashHex) return undefined;
  const hash = Buffer.from(hashHex, "hex");
  return hash.length > 0 ? { salt: Buffer.from(saltHex, "hex"), hash } : undefined;
}

export interface LocalAuthenticatorOptions {
  readonly allowUnknown: boolean;
  readonly passwords: ReadonlyMap<string, string>;
  /** Where hashes run; default a {@link HashPool} with its default limits. */
  readonly pool?: HashPool;
}

/**
 * Local authentication, as ASSS's auth_file: listed names must give their password; unlisted
 * names are accepted when `allowUnknown` (the default, like ASSS's dist zone), else refused.
 * Every login hashes, off the event loop: an unlisted name is hashed against a dummy record
 * made at start, so listed and unlisted names take the same time and the same path. A full
 * hash queue answers "server busy".
 */
export class LocalAuthenticator implements Authenticator {
  private readonly pool: HashPool;
  private readonly dummy: { salt: Buffer; hash: Buffer };

  constructor(private readonly opts: LocalAuthenticatorOptions) {
    this.pool = opts.pool ?? new HashPool();
    const dummy = parseStored(hashPassword(randomBytes(16).toString("hex"), randomBytes(16)));
    if (!dummy) throw new Error("dummy password record");
    this.dummy = dummy;
  }

  async authenticate(req: AuthRequest): Promise<AuthResult> {
    const stored = this.opts.passwords.get(req.name.toLowerCase());
    // With no name listed there is no listed name for timing to give away: no hash is owed.
    if (stored === undefined && this.opts.passwords.size === 0)
      return { code: this.opts.allowUnknown ? LoginCode.Ok : LoginCode.BadPassword };
    const record = stored === undefined ? this.dummy : parseStored(stored);
    let match = false;
    try {
      const use = record ?? this.dummy;
      const got = await this.pool.hash(passwordText(req.password), use.salt, Math.min(use.hash.length, 64));
      match = record !== undefined && got.length === record.hash.length && timingSafeEqual(got, record.hash);
    } catch (err) {
      if (err instanceof HashPoolBusyError) return { code: LoginCode.ServerBusy };
      throw err;
    }
    if (stored === undefined) return { code: this.opts.allowUnknown ? LoginCode.Ok : LoginCode.BadPassword };
    return match ? { code: LoginCode.Ok, authenticated: true } : { code: LoginCode.BadPassword };
  }
}
