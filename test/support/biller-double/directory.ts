/**
 * What the double knows across zones, whichever protocol they speak: the accounts, the players
 * each zone has logged in through it, and their chat channels. Routing of channel, private
 * and squad messages asks it who is where.
 */
import type { BillerUser } from "./types.js";

/** Players one zone may have online at the double; a zone past it gets its logins refused. */
export const MAX_PLAYERS_PER_ZONE = 1024;
/** Accounts the double holds at most; new-user creations past it are refused. */
export const MAX_USERS = 10_000;
/** Channels one player may be in (a `?chat=` list is cut there). */
export const MAX_CHANNELS = 10;
/** Bytes of one channel name kept (the UDP channel field is 32 bytes with its NUL). */
export const MAX_CHANNEL_NAME = 31;

export interface OnlinePlayer {
  readonly pid: number;
  readonly name: string;
  readonly squad: string;
  channels: string[];
}

/** One connected zone; each protocol's endpoint extends it with its way to send. */
export interface ZoneState {
  name: string;
  readonly players: Map<number, OnlinePlayer>;
}

export type LoginDecision =
  | { readonly kind: "ok"; readonly user: BillerUser; readonly created: boolean }
  | { readonly kind: "bad_password" }
  | { readonly kind: "banned"; readonly text: string }
  | { readonly kind: "unknown" }
  | { readonly kind: "refused" };

export class Directory<Z extends ZoneState> {
  readonly zones = new Set<Z>();
  private nextUserId = 1000;

  constructor(readonly users: Map<string, BillerUser>) {
    for (const u of users.values()) this.nextUserId = Math.max(this.nextUserId, (u.userId ?? 0) + 1);
  }

  /** The answer a biller gives a login; a new user asking to be created is added. */
  decideLogin(zone: Z, name: string, password: string, createNew: boolean): LoginDecision {
    if (zone.players.size >= MAX_PLAYERS_PER_ZONE) return { kind: "refused" };
    const user = this.users.get(name.toLowerCase());
    if (user) {
      if (user.banned !== undefined) return { kind: "banned", text: user.banned };
      if (user.password !== password) return { kind: "bad_password" };
      return { kind: "ok", user: this.withId(user), created: false };
    }
    if (!createNew || name.length === 0) return { kind: "unknown" };
    if (this.users.size >= MAX_USERS) return { kind: "refused" };
    const created: BillerUser = { name, password };
    this.users.set(name.toLowerCase(), created);
    return { kind: "ok", user: this.withId(created), created: true };
  }

  online(zone: Z, pid: number, user: BillerUser): void {
    zone.players.set(pid, { pid, name: user.name, squad: user.squad ?? "", channels: [] });
  }

  /** The zone and player of an online player name (case-insensitive). */
  findPlayer(name: string): { zone: Z; player: OnlinePlayer } | undefined {
    const wanted = name.toLowerCase();
    for (const zone of this.zones)
      for (const player of zone.players.values()) if (player.name.toLowerCase() === wanted) return { zone, player };
    return undefined;
  }

  /** Zones with at least one online player of `squad` (case-insensitive). */
  squadZones(squad: string): Z[] {
    const wanted = squad.toLowerCase();
    if (wanted === "") return [];
    return [...this.zones].filter((z) => [...z.players.values()].some((p) => p.squad.toLowerCase() === wanted));
  }

  /** Every member of `channel` in every zone, with the number the channel has in his list. */
  channelMembers(channel: string): Map<Z, { pid: number; number: number }[]> {
    const wanted = channel.toLowerCase();
    const out = new Map<Z, { pid: number; number: number }[]>();
    for (const zone of this.zones)
      for (const p of zone.players.values()) {
        const index = p.channels.findIndex((c) => c.toLowerCase() === wanted);
        if (index < 0) continue;
        const list = out.get(zone) ?? [];
        list.push({ pid: p.pid, number: index + 1 });
        out.set(zone, list);
      }
    return out;
  }

  /**
   * The channel a message names: a number 1.. into the sender's list, else the name itself
   * (undefined when the number is outside the list).
   */
  resolveChannel(sender: OnlinePlayer, channel: string): string | undefined {
    if (/^\d{1,3}$/.test(channel)) return sender.channels[Number(channel) - 1];
    return channel === "" ? undefined : channel;
  }

  private withId(user: BillerUser): BillerUser {
    if (user.userId === undefined) user.userId = this.nextUserId++;
    return user;
  }
}

/** `?chat=` arguments as a channel list: comma-separated, trimmed, bounded; prefixes like `$l$…|` kept. */
export function parseChannelList(args: string): string[] {
  return args
    .split(",")
    .map((c) => c.trim().slice(0, MAX_CHANNEL_NAME))
    .filter((c) => c.length > 0)
    .slice(0, MAX_CHANNELS);
}
