export { Arena, type ArenaDeps, arenaContentOf, createArenaFactory } from "./arena.js";
export { arenaOptions } from "./options.js";
export { type ArenaFactory, type ArenaRuntime, type ReplicaDeps, ReplicaService } from "./replica-service.js";
