import type { Bus } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import { ChatType, S2CCodecs, S2CType } from "@zonebus/protocol";
import type { ZoneSubjects } from "@zonebus/subjects";
import type { PlayerDirectory } from "./directory.js";

const { Chat: s2cChat } = S2CCodecs;

/** `:name:message` of a remote private message (gameplay.md §7, type 7). */
const REMOTE = /^:([^:]{1,24}):(.*)$/s;

/**
 * Chat that crosses arenas, routed by the master because only it knows where every player is:
 * remote private messages `:name:text` arrive as `(sender)>text`, type 7, sender −1.
 * Returns false when the target is not online (ASSS would hand it to the biller).
 */
export function routeZoneChat(
  chat: zonebus.ZoneChat,
  directory: PlayerDirectory,
  bus: Bus,
  subjects: ZoneSubjects,
): boolean {
  if (chat.chatType !== ChatType.RemotePrivate) return false;
  const m = REMOTE.exec(chat.text);
  if (!m) return false;
  const target = directory.findByName(m[1]!);
  const gateway = target?.info?.gateway;
  const pid = target?.info?.pid;
  if (!gateway || pid === undefined || pid === null) return false;
  const packet = s2cChat.encode({
    type: S2CType.Chat,
    chatType: ChatType.RemotePrivate,
    sound: chat.sound,
    playerId: -1,
    text: `(${chat.fromName})>${m[2]}`,
  });
  bus.publish(
    subjects.gatewayOut(gateway),
    zonebus.DeliveryBatch.encode({ deliveries: [{ pids: [pid], packet, reliable: true, priority: 1 }] }).finish(),
  );
  return true;
}
