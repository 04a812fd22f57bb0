import type { Bus } from "@zonebus/bus";
import { zonebus } from "@zonebus/proto";
import { ChatType, S2CCodecs, S2CType } from "@zonebus/protocol";
import { DeliveryPriority, encodeDeliveries } from "@zonebus/runtime";
import type { ZoneSubjects } from "@zonebus/subjects";
import { ZonebusCapability } from "@zonebus/zone";
import type { PlayerDirectory } from "./directory.js";
import type { GatewayRegistry } from "./gateways.js";
import { normalizeArenaName } from "./names.js";
import { type Redirector, RedirectReason } from "./redirects.js";

const { Chat: s2cChat, ArenaList: s2cArenaList } = S2CCodecs;

/**
 * Sends one reliable packet (or, with `stream`, a 00 0A file stream) to one player's gateway, in
 * pieces when it is a file or too big for one bus message. `priority` Droppable marks chat the
 * gateway may shed when the player cannot keep up.
 */
export function deliver(
  bus: Bus,
  subjects: ZoneSubjects,
  gateway: string,
  pid: number,
  packet: Uint8Array,
  stream = false,
  priority: DeliveryPriority = DeliveryPriority.Normal,
): void {
  const subject = subjects.gatewayOut(gateway);
  const deliveries = [{ pids: [pid], packet, reliable: true, priority, stream }];
  for (const message of encodeDeliveries(deliveries, bus.maxPayload)) bus.publish(subject, message);
}

/** A system message (arena chat from nobody) for one player. */
export function systemMessage(text: string): Uint8Array {
  return s2cChat.encode({ type: S2CType.Chat, chatType: ChatType.Arena, sound: 0, playerId: -1, text });
}

/** What zone commands beyond the arena list need. */
export interface ZoneCommandContext {
  readonly redirector: Redirector;
  readonly gateways: GatewayRegistry;
  /** The arena replicas' latest heartbeats. */
  readonly liveReplicas: () => Promise<zonebus.ReplicaStatus[]>;
  /** Whether a player holds a capability (`cmd_drain`, `cmd_redirect`; see StaffRights). */
  readonly hasCapability: (rec: zonebus.PlayerRecord, capability: string) => boolean;
  /** A command the zone does not know: true when something else (the biller) took it. */
  readonly unknown?: (line: string) => boolean;
}

/**
 * Zone-wide commands (`?cmd` / `*cmd`) that arenas hand to the master. `?arena` answers with
 * the arena list (`0x2F`, the player's own arena with a negative count, hidden arenas left out).
 * `?go <alias | ip:port[:arena] | arena>` redirects to a `[Redirects]` alias, an address, or
 * the home gateway of an arena homed elsewhere; `?redirect <alias | ip:port[:arena]> <player>`
 * (capability `cmd_redirect`) sends another player there; `?drain <gateway or replica id>`
 * (capability `cmd_drain`) makes
 * a gateway drain its players to the other gateways, or an arena replica hand its arenas to the
 * other replicas, and stop, as SIGTERM does.
 */
export async function runZoneCommand(
  chat: zonebus.ZoneChat,
  directory: PlayerDirectory,
  bus: Bus,
  subjects: ZoneSubjects,
  ctx: ZoneCommandContext,
): Promise<void> {
  const gateway = chat.from?.gateway;
  const pid = chat.from?.pid;
  if (!gateway || pid === undefined || pid === null) return;
  const [word = "", ...args] = chat.text.slice(1).trim().split(/\s+/);
  const tell = (text: string) => deliver(bus, subjects, gateway, pid, systemMessage(text));
  const command = word.toLowerCase();
  if (command === "go" || command === "redirect" || command === "drain") {
    const self = directory.get(pid);
    if (!self?.info || self.info.gateway !== gateway) return;
    if (command === "go") await go(ctx.redirector, self, args[0] ?? "", tell);
    else if (!ctx.hasCapability(self, command === "drain" ? ZonebusCapability.Drain : ZonebusCapability.Redirect))
      tell(`?${command} is for moderators`);
    else if (command === "redirect") await redirectOther(ctx.redirector, directory, args, tell);
    else await drain(ctx, bus, subjects, args[0] ?? "", `?drain by ${self.info.name}`, tell);
    return;
  }
  if (command === "arena") {
    const arenas = [...directory.arenaPopulation()]
      .filter(([name]) => !name.startsWith("#") || name === chat.fromArena)
      .sort(([a], [b]) => a.localeCompare(b))
      .slice(0, 256)
      .map(([name, count]) => ({ name, count: name === chat.fromArena ? -count : count }));
    deliver(bus, subjects, gateway, pid, s2cArenaList.encode({ type: S2CType.ArenaList, arenas } as never));
    return;
  }
  if (ctx.unknown?.(chat.text)) return;
  deliver(bus, subjects, gateway, pid, systemMessage(`Unknown command: ${word}`));
}

async function go(
  redirector: Redirector,
  self: zonebus.PlayerRecord,
  target: string,
  tell: (text: string) => void,
): Promise<void> {
  const info = self.info ?? {};
  const dest = redirector.destinationOf(target);
  if (dest) {
    const sent = await redirector.send(info, dest, RedirectReason.Alias, self.authenticated);
    if (!sent.ok) tell(sent.error);
    return;
  }
  const arena = normalizeArenaName(target);
  const home = arena ? await redirector.homeFor(info, arena) : undefined;
  if (!home) {
    tell(arena ? `?go ${arena}: served here; your client enters it with ?go` : "usage: ?go <arena | alias>");
    return;
  }
  const sent = await redirector.send(info, home, RedirectReason.Home, self.authenticated);
  if (!sent.ok) tell(sent.error);
}

async function redirectOther(
  redirector: Redirector,
  directory: PlayerDirectory,
  args: readonly string[],
  tell: (text: string) => void,
): Promise<void> {
  const [where = "", ...nameWords] = args;
  const dest = redirector.destinationOf(where);
  const target = directory.findByName(nameWords.join(" "));
  if (!dest || !target?.info) {
    tell("usage: ?redirect <alias | ip:port[:arena]> <player name>");
    return;
  }
  const sent = await redirector.send(target.info, dest, RedirectReason.Moderator, target.authenticated);
  tell(sent.ok ? `${target.info.name} sent to ${sent.target}` : `${target.info.name}: ${sent.error}`);
}

/** `?drain <id>`: the gateway or arena replica of that id stops after handing on what it holds. */
async function drain(
  ctx: ZoneCommandContext,
  bus: Bus,
  subjects: ZoneSubjects,
  id: string,
  reason: string,
  tell: (text: string) => void,
): Promise<void> {
  if (id && (await ctx.gateways.get(id))) {
    bus.publish(subjects.gatewayControl(id), zonebus.ConnectionControl.encode({ pid: 0, drain: true }).finish());
    tell(`gateway ${id} is draining`);
    return;
  }
  const replicas = await ctx.liveReplicas();
  const replica = replicas.find((r) => r.id === id);
  if (!replica) {
    const ids = (list: readonly { id: string }[]) => list.map((x) => x.id).join(", ") || "none";
    tell(
      `usage: ?drain <gateway or replica id>; gateways: ${ids(await ctx.gateways.live())}; replicas: ${ids(replicas)}`,
    );
    return;
  }
  if (!replicas.some((r) => r.id !== id && !r.draining)) {
    tell(`replica ${id} is the only one serving: its arenas would have nowhere to go`);
    return;
  }
  try {
    const reply = await bus.request(subjects.replicaDrain(id), zonebus.DrainRequest.encode({ reason }).finish(), {
      timeoutMs: 2_000,
    });
    tell(`replica ${id} is draining ${zonebus.DrainReply.decode(reply.data).arenas} arena(s)`);
  } catch (err) {
    tell(`replica ${id} did not answer the drain request: ${(err as Error).message}`);
  }
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
  // Chat: a recipient that cannot keep up loses it rather than its connection.
  deliver(bus, subjects, gateway, pid, packet, false, DeliveryPriority.Droppable);
  return true;
}
