import { zonebus } from "@zonebus/proto";
import { C2SCodecs, ChatType, S2CCodecs, S2CType } from "@zonebus/protocol";
import { RateLimitedLog } from "@zonebus/service-kit";
import type { Logger } from "pino";
import { Counter, type Registry } from "prom-client";
import type { ArenaPlayer } from "./arena-player.js";
import { ChatFlood, type FloodLimits, type FloodVerdict, shutUpNotice } from "./chat-flood.js";
import type { MasterChat } from "./master-chat.js";
import { type Outbox, Priority } from "./outbox.js";

const { Chat: c2sChat } = C2SCodecs;
const { Chat: s2cChat } = S2CCodecs;

/**
 * Priority of players' chat (public, macro, team, freq, private) to their recipients: reliable
 * but sheddable. A gateway whose recipient cannot keep up drops these first (counted) rather
 * than letting another player's messages overflow the recipient's reliable queue. Server
 * messages (the flood notice) keep `Priority.Normal`: they are few and say something the player
 * must see.
 */
export const PLAYER_CHAT_PRIORITY = Priority.Droppable;

/** How often one arena logs flood shut-ups (per flooding player name). */
const FLOOD_LOG_INTERVAL_MS = 10_000;

/** Chat counters, registered once per process (one set serves every arena). */
export interface ChatMetrics {
  /** Chat packets not delivered, by reason: `flood` (sender shut up), `malformed`. */
  readonly dropped: Counter<"reason">;
  /** Flood shut-ups, by kind: `new`, or `extended` (a shut-up player flooded on and got `FloodShutup` more). */
  readonly shutUps: Counter<"kind">;
}

export function createChatMetrics(registry?: Registry): ChatMetrics {
  const registers = registry ? [registry] : [];
  return {
    dropped: new Counter({
      name: "zb_arena_chat_dropped_total",
      help: "Chat packets an arena did not deliver, by reason (flood: the sender is shut up for flooding; malformed)",
      labelNames: ["reason"],
      registers,
    }),
    shutUps: new Counter({
      name: "zb_arena_chat_flood_shutups_total",
      help: "Chat flood shut-ups (Chat:FloodLimit reached), by kind: new, or extended (already shut up, FloodShutup added)",
      labelNames: ["kind"],
      registers,
    }),
  };
}

/** What the chat needs from its arena. */
export interface ChatArena {
  readonly name: string;
  readonly players: ReadonlyMap<number, ArenaPlayer>;
  readonly outbox: Outbox;
  sendToAll(
    packet: Uint8Array,
    reliable: boolean,
    except?: number,
    filter?: (p: ArenaPlayer) => boolean,
    priority?: Priority,
  ): void;
}

export interface ArenaChatDeps {
  readonly limits: FloodLimits;
  readonly masterChat: MasterChat;
  readonly log: Logger;
  readonly metrics?: ChatMetrics;
  /** ASSS's `unlimitedchat` capability: players it returns true for are never shut up. */
  readonly unlimited?: (p: ArenaPlayer) => boolean;
  /** Monotonic ms; default `performance.now`. */
  readonly now?: () => number;
}

/**
 * An arena's chat: C2S 0x06 from its players, sent on to the arena, a team or freq, a player
 * here, or (commands and `:name:` messages) to the master. Every chat packet counts against
 * its sender's flood limit ({@link ChatFlood}); a shut-up player's messages are dropped, counted
 * and not sent anywhere, commands included (ASSS still runs a shut-up player's commands; here a
 * command crosses the bus to the master, whose queue a flooder would fill for the whole arena).
 * Flood state is per arena and forgotten when the player leaves, as ASSS clears it on entering
 * an arena.
 */
export class ArenaChat {
  private readonly flood = new Map<number, ChatFlood>();
  private readonly floodLog: RateLimitedLog;
  private readonly now: () => number;

  constructor(
    private readonly arena: ChatArena,
    private readonly deps: ArenaChatDeps,
  ) {
    this.floodLog = new RateLimitedLog(deps.log, FLOOD_LOG_INTERVAL_MS, { maxKeys: 64 });
    this.now = deps.now ?? (() => performance.now());
  }

  /** A C2S 0x06 from `p`, a player of this arena. */
  handle(p: ArenaPlayer, data: Uint8Array): void {
    const now = this.now();
    let state = this.flood.get(p.pid);
    if (!state) {
      state = new ChatFlood(this.deps.limits, now);
      this.flood.set(p.pid, state);
    }
    const verdict = state.message(now, this.deps.unlimited?.(p) ?? false);
    if (verdict.shutUp) this.shutUp(p, state, now, verdict);
    if (!verdict.allowed) {
      this.deps.metrics?.dropped.inc({ reason: "flood" });
      return;
    }
    const res = c2sChat.decode(data);
    if (!res.ok) {
      this.deps.metrics?.dropped.inc({ reason: "malformed" });
      return;
    }
    const { chatType, sound, target, text } = res.packet;
    this.route(p, chatType, sound, target, text);
  }

  /** The player left the arena: its flood state goes with it. */
  forget(pid: number): void {
    this.flood.delete(pid);
  }

  private route(p: ArenaPlayer, type: ChatType, sound: number, target: number, text: string): void {
    const out = (t: ChatType) => s2cChat.encode({ type: S2CType.Chat, chatType: t, sound, playerId: p.pid, text });
    const isPublic = type === ChatType.Public || type === ChatType.PublicMacro;
    if (isPublic && /^[?*]./.test(text)) {
      // Commands are the master's: it knows the zone (arena list, other players).
      this.toMaster(p, type, sound, text);
      return;
    }
    if (isPublic) this.arena.sendToAll(out(type), true, p.pid, undefined, PLAYER_CHAT_PRIORITY);
    else if (type === ChatType.Team)
      this.arena.sendToAll(out(ChatType.Team), true, p.pid, (q) => q.freq === p.freq, PLAYER_CHAT_PRIORITY);
    else if (type === ChatType.Freq) {
      // To the freq of the player named by `target`, as ASSS's enemy-freq chat.
      const on = this.arena.players.get(target);
      if (on) {
        const t = on.freq === p.freq ? ChatType.Team : ChatType.Freq;
        this.arena.sendToAll(out(t), true, p.pid, (q) => q.freq === on.freq, PLAYER_CHAT_PRIORITY);
      }
    } else if (type === ChatType.Private) {
      const to = this.arena.players.get(target);
      if (to) this.arena.outbox.send(to.gateway, [to.pid], out(ChatType.Private), true, PLAYER_CHAT_PRIORITY);
    } else if (type === ChatType.RemotePrivate || type === ChatType.Channel) {
      // `:name:text` may name a player in any arena, and channels span zones: the master knows
      // where everyone is, and hands what is not in this zone to the biller.
      this.toMaster(p, type, sound, text);
    }
  }

  private shutUp(p: ArenaPlayer, state: ChatFlood, now: number, verdict: FloodVerdict): void {
    this.deps.metrics?.shutUps.inc({ kind: verdict.extended ? "extended" : "new" });
    if (verdict.notify) {
      const notice = s2cChat.encode({
        type: S2CType.Chat,
        chatType: ChatType.Arena,
        sound: 0,
        playerId: -1,
        text: shutUpNotice(this.deps.limits),
      });
      this.arena.outbox.send(p.gateway, [p.pid], notice, true, Priority.Normal);
    }
    this.floodLog.info(
      p.name.toLowerCase(),
      { pid: p.pid, name: p.name, shutUpForS: Math.ceil(state.remainingMs(now) / 1_000) },
      "player shut up for chat flooding",
    );
  }

  private toMaster(p: ArenaPlayer, type: ChatType, sound: number, text: string): void {
    this.deps.masterChat.send(
      zonebus.ZoneChat.encode({
        from: { pid: p.pid, gateway: p.gateway },
        fromName: p.name,
        fromArena: this.arena.name,
        chatType: type,
        sound,
        text,
      }).finish(),
    );
  }
}
