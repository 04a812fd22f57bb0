export { Arena, type ArenaDeps, arenaContentOf, createArenaFactory, zoneGlobalOf } from "./arena.js";
export { PLAYER_CHAT_PRIORITY } from "./chat.js";
export { DEFAULT_FLOOD_LIMIT, DEFAULT_FLOOD_SHUTUP_S, type FloodLimits, floodLimitsFrom } from "./chat-flood.js";
export { arenaOptions } from "./options.js";
export {
  type ArenaFactory,
  type ArenaRuntime,
  DEFAULT_EMPTY_ARENA_GRACE_MS,
  type ReplicaDeps,
  ReplicaService,
} from "./replica-service.js";
