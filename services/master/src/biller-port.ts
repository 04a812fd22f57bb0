import type { Bus } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import { ChatType, S2CCodecs, S2CType } from "@zonebus/protocol";
import { DeliveryPriority } from "@zonebus/runtime";
import type { KvBucket } from "@zonebus/store";
import type { ZoneSubjects } from "@zonebus/subjects";
import type { Logger } from "pino";
import type { PlayerDirectory } from "./directory.js";
import { deliver, systemMessage } from "./zone-chat.js";

const { Chat: s2cChat } = S2CCodecs;

/** What players are told when the biller goes and comes back (ASSS's words). */
export const BILLER_LOST_TEXT = "Notice: Connection to user database server lost";
export const BILLER_BACK_TEXT =
  "Notice: Connection to user database server restored. Log in again for full functionality";

/** A channel message's `channel;text`: the channel named when the `;` is within the first 10 characters. */
const CHANNEL_PREFIX = /^([^;]{1,9});(.*)$/s;

/** Longest text passed to the biller (its protocols carry at most 250 bytes). */
const MAX_TEXT = 250;

export interface BillerPortDeps {
  readonly bus: Bus;
  readonly subjects: ZoneSubjects;
  /** The player directory (opened when the master starts). */
  readonly directory: () => PlayerDirectory;
  /** The `biller-queue` bucket: leaves are written there, durable, for the bridge to send. */
  readonly queue: KvBucket;
  readonly logger: Logger;
  /** Writes a leave to the queue (the bridge's `enqueueLeave`). */
  readonly enqueueLeave: (bucket: KvBucket, leave: zonebus.IBillerQueuedLeave) => Promise<void>;
  /** Whether a player may read staff chat (type 8 staff messages). */
  readonly isStaff: (rec: zonebus.PlayerRecord) => boolean;
}

/**
 * The master's side of the biller: what players do that the biller must hear (published to the
 * bridge, leaves through the durable queue), and what the biller asks of the zone (the bridge's
 * notices), delivered to players wherever they are. Only players the biller took
 * (`billerKnown`) are reported, as ASSS does not tell the biller of fallback logins.
 */
export class BillerPort {
  private readonly log: Logger;

  constructor(private readonly deps: BillerPortDeps) {
    this.log = deps.logger.child({ svc: "biller-port" });
  }

  private event(pid: number, ev: Omit<zonebus.IBillerEvent, "pid">): void {
    this.deps.bus.publish(this.deps.subjects.billerEvents, zonebus.BillerEvent.encode({ pid, ...ev }).finish());
  }

  enterArena(rec: zonebus.PlayerRecord): void {
    if (rec.billerKnown) this.event(rec.info?.pid ?? 0, { enterArena: true });
  }

  /** Queues the leave durably; the bridge sends it (with the player's score) while the biller is up. */
  async leave(rec: zonebus.PlayerRecord): Promise<void> {
    if (!rec.billerKnown) return;
    const pid = rec.info?.pid ?? 0;
    try {
      await this.deps.enqueueLeave(this.deps.queue, { pid, name: rec.info?.name ?? "", arena: rec.arena });
      this.event(pid, { leaveQueued: true });
    } catch (err) {
      this.log.error({ pid, err: (err as Error).message }, "leave for the biller not queued");
    }
  }

  /** Chat type 9: `channel;text` or the player's first channel. */
  channel(rec: zonebus.PlayerRecord, sound: number, text: string): void {
    if (!rec.billerKnown) return;
    const m = CHANNEL_PREFIX.exec(text);
    const [channel, body] = m ? [m[1]!, m[2]!] : ["1", text];
    this.event(rec.info?.pid ?? 0, { channel: { channel, sound, text: body.slice(0, MAX_TEXT) } });
  }

  /** `:name:text` to a player not in this zone, or `:#squad:text`. */
  remote(rec: zonebus.PlayerRecord, target: string, sound: number, text: string): boolean {
    if (!rec.billerKnown) return false;
    const sender = rec.info?.name ?? "";
    const body = text.slice(0, MAX_TEXT);
    if (target.startsWith("#"))
      this.event(rec.info?.pid ?? 0, { squad: { sender, target: target.slice(1), sound, text: body } });
    else this.event(rec.info?.pid ?? 0, { remote: { sender, target, sound, text: body } });
    return true;
  }

  /** A command the zone does not handle goes to the biller (ASSS: commands typed publicly). */
  command(rec: zonebus.PlayerRecord, line: string, staff: boolean): boolean {
    if (!rec.billerKnown) return false;
    const m = /^[?*]\s*([^\s=]+)[\s=]*(.*)$/s.exec(line);
    if (!m) return false;
    this.event(rec.info?.pid ?? 0, { command: { name: m[1]!, args: m[2]!.slice(0, MAX_TEXT), staff } });
    return true;
  }

  registration(rec: zonebus.PlayerRecord, data: Uint8Array): void {
    if (rec.billerKnown) this.event(rec.info?.pid ?? 0, { registration: data });
  }

  banner(rec: zonebus.PlayerRecord, banner: Uint8Array): void {
    if (rec.billerKnown && banner.length === 96) this.event(rec.info?.pid ?? 0, { banner });
  }

  /**
   * A notice from the bridge: chat and messages to players, kicks, the link's state. Returns a
   * kick for the master to carry out (it owns logouts).
   */
  onNotice(data: Uint8Array): {
    kick?: { pid: number; reason: string; notice: string };
    scoreReset?: boolean;
    banner?: { pid: number; banner: Uint8Array };
  } {
    const n = zonebus.BillerNoticeMessage.decode(data);
    const directory = this.deps.directory();
    const to = (pid: number, packet: Uint8Array) => {
      const rec = directory.get(pid);
      const gateway = rec?.info?.gateway;
      if (gateway && rec.billerKnown) this.send(gateway, pid, packet);
    };
    const everyone = (packet: Uint8Array, only: (rec: zonebus.PlayerRecord) => boolean = () => true) => {
      for (const rec of directory.all()) {
        const gateway = rec.info?.gateway;
        if (gateway && only(rec)) this.send(gateway, rec.info?.pid ?? 0, packet);
      }
    };
    const chat = (chatType: ChatType, sound: number, text: string) =>
      s2cChat.encode({ type: S2CType.Chat, chatType, sound, playerId: -1, text });
    switch (n.notice) {
      case "kick": {
        const k = n.kick as zonebus.BillerKick;
        const rec = directory.get(k.pid);
        if (!rec?.billerKnown) return {};
        const notice = `You were disconnected by the user database server: ${k.reason}`;
        return { kick: { pid: k.pid, reason: `biller: ${k.reason}`, notice } };
      }
      case "chat": {
        const c = n.chat as zonebus.BillerChat;
        const Kind = zonebus.BillerChatKind;
        if (c.kind === Kind.BILLER_CHAT_CHANNEL) to(c.pid, chat(ChatType.Channel, c.sound, c.text));
        else if (c.kind === Kind.BILLER_CHAT_REMOTE) to(c.pid, chat(ChatType.RemotePrivate, c.sound, c.text));
        else if (c.kind === Kind.BILLER_CHAT_MESSAGE) to(c.pid, chat(ChatType.Arena, c.sound, c.text));
        else if (c.kind === Kind.BILLER_CHAT_SQUAD) {
          const squad = c.squad.toLowerCase();
          everyone(chat(ChatType.RemotePrivate, c.sound, c.text), (r) => (r.info?.squad ?? "").toLowerCase() === squad);
        } else if (c.kind === Kind.BILLER_CHAT_NAMED) {
          const rec = directory.findByName(c.name);
          if (rec?.info) to(rec.info.pid ?? 0, chat(ChatType.RemotePrivate, c.sound, c.text));
        } else if (c.kind === Kind.BILLER_CHAT_STAFF)
          everyone(chat(ChatType.SysopWarning, c.sound, `Network-wide broadcast: ${c.text}`), (r) =>
            this.deps.isStaff(r),
          );
        else if (c.kind === Kind.BILLER_CHAT_BROADCAST)
          everyone(chat(ChatType.Arena, c.sound, `Network-wide broadcast: ${c.text}`));
        return {};
      }
      case "packet": {
        // Only a login-failure text (S2C 0x33) is relayed, as ASSS does.
        const p = n.packet as zonebus.BillerPlayerPacket;
        if (p.data[0] === 0x33) to(p.pid, p.data);
        return {};
      }
      case "link": {
        const l = n.link as zonebus.BillerLinkState;
        this.log.info({ up: l.up, reason: l.reason }, "biller link changed");
        everyone(systemMessage(l.up ? BILLER_BACK_TEXT : BILLER_LOST_TEXT));
        return {};
      }
      case "scoreReset":
        return { scoreReset: true };
      case "banner": {
        const b = n.banner as zonebus.BillerPlayerBanner;
        return b.banner.length === 96 ? { banner: { pid: b.pid, banner: b.banner } } : {};
      }
      default:
        return {};
    }
  }

  private send(gateway: string, pid: number, packet: Uint8Array): void {
    deliver(this.deps.bus, this.deps.subjects, gateway, pid, packet, false, DeliveryPriority.Droppable);
  }
}
