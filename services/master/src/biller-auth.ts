import { randomBytes, timingSafeEqual } from "node:crypto";
import { type Bus, subjectToken } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import type { KvBucket } from "@zonebus/store";
import type { ZoneSubjects } from "@zonebus/subjects";
import type { Logger } from "pino";
import type { Counter } from "prom-client";
import { type Authenticator, type AuthRequest, type AuthResult, LoginCode, passwordText } from "./auth.js";
import { HashPool, HashPoolBusyError } from "./hash-pool.js";

/**
 * What new logins get while no biller answers (players already in stay):
 * - `asss`: as ASSS, the local password file decides, and unlisted names come in
 *   unauthenticated; with the UDP protocol their names get a `^` prefix;
 * - `refuse`: only names the local password file proves come in; others are told to come back;
 * - `cached`: names that logged in through the biller before come in with the password they
 *   used then (a salted hash kept in the store); others as `refuse`.
 */
export const BillerFallback = { Asss: "asss", Refuse: "refuse", Cached: "cached" } as const;
export type BillerFallback = (typeof BillerFallback)[keyof typeof BillerFallback];

/** Told to a refused player while the biller is away. */
export const BILLER_AWAY_TEXT = "The user database server is unavailable; try again later.";

export interface BillerAuthDeps {
  readonly bus: Bus;
  readonly subjects: ZoneSubjects;
  /** The zone's local password file (ASSS's auth_file), for the fallback. */
  readonly local: Authenticator;
  readonly fallback: BillerFallback;
  /** The biller's protocol: the `asss` fallback prefixes unknown names with `^` for the UDP one. */
  readonly protocol: "tcp" | "udp";
  /** The `biller-logins` bucket (the `cached` fallback). */
  readonly cache: KvBucket;
  /** How long a login waits for the bridge before the fallback decides. */
  readonly timeoutMs: number;
  readonly logger: Logger;
  readonly logins?: Counter<"outcome">;
  readonly pool?: HashPool;
}

const HASH_BYTES = 32;

/**
 * Authentication through the biller bridge (`zb.<zone>.biller.login`). An answer from the
 * biller decides; no bridge, no biller, or no answer in time hands the login to the fallback
 * policy. A biller-accepted password is kept as a salted hash for the `cached` fallback.
 */
export class BillerAuthenticator implements Authenticator {
  private readonly pool: HashPool;
  private readonly log: Logger;

  constructor(private readonly deps: BillerAuthDeps) {
    this.pool = deps.pool ?? new HashPool();
    this.log = deps.logger.child({ svc: "biller-auth" });
  }

  async authenticate(req: AuthRequest): Promise<AuthResult> {
    const reply = await this.ask(req);
    const Outcome = zonebus.BillerLoginOutcome;
    if (reply?.outcome === Outcome.BILLER_LOGIN_OK) {
      this.deps.logins?.inc({ outcome: "ok" });
      if (this.deps.fallback === BillerFallback.Cached) void this.remember(req, reply);
      return {
        code: LoginCode.Ok,
        authenticated: true,
        billerKnown: true,
        name: reply.name || req.name,
        squad: reply.squad,
        userId: reply.userId,
        banner: reply.banner.length === 96 ? reply.banner : undefined,
        wantRegistration: reply.wantRegistration,
      };
    }
    if (reply?.outcome === Outcome.BILLER_LOGIN_REFUSED) {
      this.deps.logins?.inc({ outcome: "refused" });
      return { code: reply.code as LoginCode, customText: reply.text || undefined };
    }
    this.deps.logins?.inc({ outcome: "unavailable" });
    return this.fallback(req);
  }

  private async ask(req: AuthRequest): Promise<zonebus.BillerLoginReply | undefined> {
    try {
      const answer = await this.deps.bus.request(
        this.deps.subjects.billerLogin,
        zonebus.BillerLoginRequest.encode({
          pid: req.pid ?? 0,
          name: req.name,
          password: passwordText(req.password),
          createNew: req.createNew,
          ip: req.clientIp,
          machineId: req.machineId ?? 0,
          timezoneBias: req.timezoneBias ?? 0,
          clientVersion: req.clientVersion ?? 0,
          contId: req.contId ?? new Uint8Array(0),
        }).finish(),
        { timeoutMs: this.deps.timeoutMs },
      );
      return zonebus.BillerLoginReply.decode(answer.data);
    } catch (err) {
      this.log.debug({ err: (err as Error).message }, "no biller bridge answer");
      return undefined;
    }
  }

  private async fallback(req: AuthRequest): Promise<AuthResult> {
    const local = await this.deps.local.authenticate(req);
    if (local.code !== LoginCode.Ok || local.authenticated) return local;
    // An unlisted name, which the local file lets in.
    switch (this.deps.fallback) {
      case BillerFallback.Asss:
        return this.deps.protocol === "udp" ? { ...local, name: `^${req.name}`.slice(0, 20) } : local;
      case BillerFallback.Refuse:
        return { code: LoginCode.ServerBusy, customText: BILLER_AWAY_TEXT };
      case BillerFallback.Cached:
        return this.fromCache(req);
    }
  }

  private async fromCache(req: AuthRequest): Promise<AuthResult> {
    const entry = await this.deps.cache.get(subjectToken(req.name.toLowerCase())).catch(() => undefined);
    if (!entry) return { code: LoginCode.ServerBusy, customText: BILLER_AWAY_TEXT };
    let cached: zonebus.BillerCachedLogin;
    try {
      cached = zonebus.BillerCachedLogin.decode(entry.value);
    } catch {
      return { code: LoginCode.ServerBusy, customText: BILLER_AWAY_TEXT };
    }
    const [scheme, saltHex, hashHex] = cached.hash.split("$");
    const want = Buffer.from(hashHex ?? "", "hex");
    if (scheme !== "scrypt" || !saltHex || want.length !== HASH_BYTES) return { code: LoginCode.ServerBusy };
    try {
      const got = await this.pool.hash(passwordText(req.password), Buffer.from(saltHex, "hex"), HASH_BYTES);
      if (!timingSafeEqual(got, want)) return { code: LoginCode.BadPassword };
    } catch (err) {
      if (err instanceof HashPoolBusyError) return { code: LoginCode.ServerBusy };
      throw err;
    }
    return { code: LoginCode.Ok, authenticated: true, name: cached.name || req.name, squad: cached.squad };
  }

  /** Keeps a salted hash of a biller-accepted password, off the login's path. */
  private async remember(req: AuthRequest, reply: zonebus.BillerLoginReply): Promise<void> {
    try {
      const salt = randomBytes(16);
      const hash = await this.pool.hash(passwordText(req.password), salt, HASH_BYTES);
      const name = reply.name || req.name;
      await this.deps.cache.put(
        subjectToken(name.toLowerCase()),
        zonebus.BillerCachedLogin.encode({
          name,
          hash: `scrypt$${salt.toString("hex")}$${hash.toString("hex")}`,
          squad: reply.squad,
          userId: reply.userId,
        }).finish(),
      );
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, "biller login not cached");
    }
  }
}
