import type { Bus } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import { ClientFeature, S2CCodecs, S2CType } from "@zonebus/protocol";
import type { ZoneSubjects } from "@zonebus/subjects";
import { parseRedirectDestination, type RedirectDestination, type ZoneRedirects } from "@zonebus/zone";
import type { Logger } from "pino";
import type { Counter, Registry } from "prom-client";
import { reuseCounter } from "./failover-metrics.js";
import type { GatewayRegistry } from "./gateways.js";
import { type ArenaHome, homeOf } from "./homes.js";
import type { PasswordCache } from "./password-cache.js";
import { deliver } from "./zone-chat.js";

const { Redirect: s2cRedirect } = S2CCodecs;

/** Why the zone redirects a client; the `reason` label of the redirect metrics. */
export const RedirectReason = {
  /** The arena is homed to another gateway group. */
  Home: "home",
  /** A `[Redirects]` alias or a literal ip:port[:arena], by arena name or `?go`. */
  Alias: "alias",
  /** A moderator's `?redirect`. */
  Moderator: "moderator",
  /** The player's gateway is draining. */
  Drain: "drain",
} as const;
export type RedirectReason = (typeof RedirectReason)[keyof typeof RedirectReason];

export type RedirectResult = { ok: true; target: string } | { ok: false; error: string };

export interface RedirectorDeps {
  readonly bus: Bus;
  readonly subjects: ZoneSubjects;
  readonly cache: PasswordCache;
  readonly gateways: GatewayRegistry;
  readonly homes: readonly ArenaHome[];
  /** The zone's `[Redirects]` aliases (they follow zone reloads). */
  readonly zoneRedirects: () => ZoneRedirects | undefined;
  readonly logger: Logger;
  /** Where `zb_master_redirects_total` goes. */
  readonly metrics?: Registry | undefined;
}

/** Clients that understand S2C 0x3B: Continuum, and others that set the redirect feature bit. */
export function canFollowRedirect(info: zonebus.IPlayerInfo): boolean {
  return (
    info.clientKind === zonebus.ClientKind.CLIENT_KIND_CONTINUUM ||
    ((info.featureBits ?? 0) & ClientFeature.Redirect) !== 0
  );
}

/**
 * Decides where the zone sends a client and sends it: records the ticket in the password cache
 * (so the zeroed-password re-login is let in), then delivers S2C 0x3B through the player's
 * gateway. Clients that cannot follow a redirect are not sent one; the caller falls back.
 */
export class Redirector {
  private readonly log: Logger;
  private readonly issued: Counter<"reason" | "result">;

  constructor(private readonly deps: RedirectorDeps) {
    this.log = deps.logger.child({ svc: "master", part: "redirects" });
    // Built at every start of the master role: the counter is made once per registry.
    this.issued = reuseCounter(deps.metrics, {
      name: "zb_master_redirects_total",
      help: "Redirects (S2C 0x3B) the zone decided on, by reason and result (sent, cannot_follow, no_gateway)",
      labelNames: ["reason", "result"],
    });
  }

  /** A `[Redirects]` alias or a literal `a.b.c.d:port[:arena]`, else undefined. */
  destinationOf(text: string): RedirectDestination | undefined {
    const alias = this.deps.zoneRedirects()?.aliases.get(text.trim().toLowerCase());
    return alias ?? parseRedirectDestination(text);
  }

  /**
   * Where a player entering `arena` through its gateway must go instead: a live gateway of the
   * arena's home group when the player's own gateway is not in it. Undefined: enter here (no
   * home, already home, or no live gateway of the home group, when the bus serves the arena).
   */
  async homeFor(info: zonebus.IPlayerInfo, arena: string): Promise<RedirectDestination | undefined> {
    const group = homeOf(this.deps.homes, arena);
    if (group === undefined) return undefined;
    const own = await this.deps.gateways.get(info.gateway ?? "");
    if (own?.group === group) return undefined;
    const home = await this.deps.gateways.pick({ groups: [group] });
    if (!home) {
      this.log.warn({ arena, group }, "no live gateway of the arena's home group: serving it here");
      this.issued.inc({ reason: RedirectReason.Home, result: "no_gateway" });
      return undefined;
    }
    return { ip: home.publicIp, port: home.publicPort, arenaType: -3, arenaName: arena };
  }

  /** Sends a player of a draining gateway to another live gateway (its group first), same arena. */
  async drain(rec: zonebus.IPlayerRecord): Promise<RedirectResult> {
    const authenticated = rec.authenticated === true;
    const info = rec.info ?? {};
    if (!canFollowRedirect(info)) return this.refuse(info, RedirectReason.Drain, "cannot_follow");
    const own = await this.deps.gateways.get(info.gateway ?? "");
    const target = await this.deps.gateways.pick({
      groups: own ? [own.group, undefined] : [undefined],
      except: info.gateway ?? "",
    });
    if (!target) return this.refuse(info, RedirectReason.Drain, "no_gateway");
    const arena = rec.arena ?? "";
    return this.send(
      info,
      { ip: target.publicIp, port: target.publicPort, arenaType: arena ? -3 : -1, arenaName: arena },
      RedirectReason.Drain,
      authenticated,
    );
  }

  /**
   * Records the ticket and delivers 0x3B, or refuses a client that cannot follow.
   * `authenticated`: the player had proved its name, so its re-login keeps its staff group.
   */
  async send(
    info: zonebus.IPlayerInfo,
    dest: RedirectDestination,
    reason: RedirectReason,
    authenticated = false,
  ): Promise<RedirectResult> {
    if (!canFollowRedirect(info)) return this.refuse(info, reason, "cannot_follow");
    const name = info.name ?? "";
    // Only Continuum may come back without the login id; everything else that follows a
    // redirect does so by the feature bit, as SS .NET's clients, which echo it.
    const echoesLoginId = info.clientKind !== zonebus.ClientKind.CLIENT_KIND_CONTINUUM;
    const loginId = await this.deps.cache.issue(name, info.clientIp ?? "", dest.arenaName, reason, {
      echoesLoginId,
      authenticated,
    });
    const packet = s2cRedirect.encode({
      type: S2CType.Redirect,
      ip: dest.ip,
      port: dest.port,
      arenaType: dest.arenaType,
      arenaName: dest.arenaName,
      loginId,
    });
    deliver(this.deps.bus, this.deps.subjects, info.gateway ?? "", info.pid ?? 0, packet);
    const target = `${dest.ip}:${dest.port}`;
    this.issued.inc({ reason, result: "sent" });
    this.log.info({ pid: info.pid, name, reason, target, arena: dest.arenaName }, "redirect issued");
    return { ok: true, target };
  }

  private refuse(info: zonebus.IPlayerInfo, reason: RedirectReason, result: string): RedirectResult {
    this.issued.inc({ reason, result });
    this.log.info({ pid: info.pid, name: info.name, reason, result }, "redirect not sent");
    const error =
      result === "cannot_follow"
        ? "your client cannot follow a redirect to another server"
        : "no other gateway of the zone is available";
    return { ok: false, error };
  }
}
