import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { zonebus } from "@zonebus/proto";
import { type KvBucket, KvExistsError, KvRevisionError, type Store } from "@zonebus/store";
import { BUCKET_TTL_MS, type ZoneSubjects } from "@zonebus/subjects";

/** Why a zeroed-password login was refused; the label of `zb_master_redirect_logins_total`. */
export const TicketRefusal = {
  /** No ticket for the name (never redirected, or the ticket left the store). */
  NoTicket: "no_ticket",
  Expired: "expired",
  /** The ticket was already used: the same zeroed login sent again. */
  Replayed: "replayed",
  /** The re-login came from another IP than the redirected client. */
  WrongAddress: "wrong_address",
  /** The client echoed a login id other than the one in the redirect. */
  WrongLoginId: "wrong_login_id",
  /** A login id 0 for a ticket issued to a client that echoes the login id (a forged re-login). */
  MissingLoginId: "missing_login_id",
} as const;
export type TicketRefusal = (typeof TicketRefusal)[keyof typeof TicketRefusal];

export type TicketCheck =
  | { ok: true; arena: string; reason: string; authenticated: boolean }
  | { ok: false; refusal: TicketRefusal };

/** What a ticket records of the redirected client besides its name and address. */
export interface TicketClient {
  /**
   * The client echoes the redirect's login id in its re-login (SS .NET and other clients that
   * set the redirect feature bit); only Continuum may come back with 0. A ticket issued to an
   * echoing client is never consumed by a login with id 0.
   */
  readonly echoesLoginId: boolean;
  /** The redirected player had proved its name; the re-login keeps its staff group. */
  readonly authenticated: boolean;
}

/** Key in the secrets bucket of the zone's HMAC key for login ids. */
const SECRET_KEY = "redirect-hmac";
const SECRET_BYTES = 32;

export interface PasswordCacheOptions {
  /** How long a ticket is good for after the redirect (ms; at most the bucket's TTL). */
  readonly ttlMs: number;
  /**
   * Wall-clock ms. Tickets are shared by master instances and survive a restart, so their
   * expiry is a wall-clock time, not a monotonic one.
   */
  readonly now?: () => number;
}

/**
 * The recently-used-password cache of the seed design: when the zone redirects a client it
 * records a ticket (name, client IP, keyed hash of the login id, expiry); the client's re-login
 * with an all-zero password is let in once against a fresh ticket from the same IP. Tickets live
 * in the store (bucket `redirects`), so every master instance sees them and a restart keeps them;
 * consuming is a compare-and-set on the revision, so two masters cannot both accept one ticket.
 * No password is ever stored: the client sends none after a redirect.
 */
export class PasswordCache {
  private readonly now: () => number;

  private constructor(
    private readonly bucket: KvBucket,
    private readonly secret: Uint8Array,
    private readonly opts: PasswordCacheOptions,
  ) {
    if (!(opts.ttlMs > 0 && opts.ttlMs <= BUCKET_TTL_MS.redirects))
      throw new RangeError(`ticket lifetime must be in (0, ${BUCKET_TTL_MS.redirects}] ms`);
    this.now = opts.now ?? Date.now;
  }

  /** Opens the bucket and the zone's HMAC key (created by the first master, shared by all). */
  static async open(store: Store, subjects: ZoneSubjects, opts: PasswordCacheOptions): Promise<PasswordCache> {
    const secrets = await store.bucket(subjects.buckets.secrets, { ttlMs: BUCKET_TTL_MS.secrets });
    try {
      await secrets.create(SECRET_KEY, randomBytes(SECRET_BYTES));
    } catch (err) {
      if (!(err instanceof KvExistsError)) throw err;
    }
    const secret = (await secrets.get(SECRET_KEY))?.value;
    if (!secret || secret.length !== SECRET_BYTES) throw new Error(`${subjects.buckets.secrets}: bad ${SECRET_KEY}`);
    const bucket = await store.bucket(subjects.buckets.redirects, { ttlMs: BUCKET_TTL_MS.redirects });
    return new PasswordCache(bucket, secret, opts);
  }

  /** Records a ticket for `name` (replacing an older one); returns its login id for the 0x3B. */
  async issue(
    name: string,
    clientIp: string,
    arena: string,
    reason: string,
    client: TicketClient = { echoesLoginId: false, authenticated: false },
  ): Promise<number> {
    const loginId = randomBytes(4).readUInt32LE(0) || 1;
    const ticket = zonebus.RedirectTicket.create({
      clientIp,
      loginIdMac: this.mac(name, loginId),
      expiresMs: this.now() + this.opts.ttlMs,
      arena,
      reason,
      requiresLoginId: client.echoesLoginId,
      authenticated: client.authenticated,
    });
    await this.bucket.put(ticketKey(name), zonebus.RedirectTicket.encode(ticket).finish());
    return loginId;
  }

  /**
   * Uses the ticket of `name` for a zeroed-password login from `clientIp`. `loginId` 0 means
   * the client did not echo one (Continuum may not); then name and address must match, and the
   * ticket must have been issued to a client that does not echo one.
   */
  async consume(name: string, clientIp: string, loginId: number): Promise<TicketCheck> {
    const key = ticketKey(name);
    const entry = await this.bucket.get(key);
    if (!entry) return { ok: false, refusal: TicketRefusal.NoTicket };
    const ticket = zonebus.RedirectTicket.decode(entry.value);
    if (ticket.used) return { ok: false, refusal: TicketRefusal.Replayed };
    if (this.now() > ticket.expiresMs) return { ok: false, refusal: TicketRefusal.Expired };
    if (ticket.clientIp !== clientIp) return { ok: false, refusal: TicketRefusal.WrongAddress };
    if (loginId === 0 && ticket.requiresLoginId) return { ok: false, refusal: TicketRefusal.MissingLoginId };
    if (loginId !== 0 && !equalBytes(ticket.loginIdMac, this.mac(name, loginId)))
      return { ok: false, refusal: TicketRefusal.WrongLoginId };
    const used = zonebus.RedirectTicket.encode({ ...ticket, used: true }).finish();
    try {
      await this.bucket.update(key, used, entry.revision);
    } catch (err) {
      // Another master used (or a new redirect replaced) the ticket since we read it.
      if (err instanceof KvRevisionError) return { ok: false, refusal: TicketRefusal.Replayed };
      throw err;
    }
    return { ok: true, arena: ticket.arena, reason: ticket.reason, authenticated: ticket.authenticated };
  }

  private mac(name: string, loginId: number): Uint8Array {
    const id = Buffer.alloc(4);
    id.writeUInt32LE(loginId >>> 0, 0);
    return createHmac("sha256", this.secret).update(name.toLowerCase(), "latin1").update(id).digest();
  }
}

/** Store key of a name's ticket: hex of the lower-cased name (names hold spaces and symbols). */
export function ticketKey(name: string): string {
  return Buffer.from(name.toLowerCase(), "latin1").toString("hex");
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
