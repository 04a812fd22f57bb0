import type { Bus } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import { ChatType, S2CCodecs, S2CType } from "@zonebus/protocol";
import type { ZoneSubjects } from "@zonebus/subjects";
import type { PlayerDirectory } from "./directory.js";

const { Chat: s2cChat, ArenaList: s2cArenaList } = S2CCodecs;

/** Sends one reliable packet (or, with `stream`, a 00 0A file stream) to one player's gateway. */
export function deliver(
  bus: Bus,
  subjects: ZoneSubjects,
  gateway: string,
  pid: number,
  packet: Uint8Array,
  stream = false,
): void {
  bus.publish(
    subjects.gatewayOut(gateway),
    zonebus.DeliveryBatch.encode({
      deliveries: [{ pids: [pid], packet, reliable: true, priority: 1, stream }],
    }).finish(),
  );
}

function systemMessage(text: string): Uint8Array {
  return s2cChat.encode({ type: S2CType.Chat, chatType: ChatType.Arena, sound: 0, playerId: -1, text });
}

/**
 * Zone-wide commands (`?cmd` / `*cmd`) that arenas hand to the master. `?arena` answers with
 * the arena list (`0x2F`, the player's own arena with a negative count, hidden arenas left out).
 */
export function runZoneCommand(
  chat: zonebus.ZoneChat,
  directory: PlayerDirectory,
  bus: Bus,
  subjects: ZoneSubjects,
): void {
  const gateway = chat.from?.gateway;
  const pid = chat.from?.pid;
  if (!gateway || pid === undefined || pid === null) return;
  const [word = ""] = chat.text.slice(1).trim().split(/\s+/);
  if (word.toLowerCase() === "arena") {
    const arenas = [...directory.arenaPopulation()]
      .filter(([name]) => !name.startsWith("#") || name === chat.fromArena)
      .sort(([a], [b]) => a.localeCompare(b))
      .slice(0, 256)
      .map(([name, count]) => ({ name, count: name === chat.fromArena ? -count : count }));
    deliver(bus, subjects, gateway, pid, s2cArenaList.encode({ type: S2CType.ArenaList, arenas } as never));
    return;
  }
  deliver(bus, subjects, gateway, pid, systemMessage(`Unknown command: ${word}`));
}

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
  deliver(bus, subjects, gateway, pid, packet);
  return true;
}
