import { zonebus } from "@zonebus/proto";
import { type ArenaPlayer, newArenaPlayer } from "./arena-player.js";

/** The 0x18 seeds an arena's clients hold; a new owner keeps them so clients need no new ones. */
export interface ArenaSeeds {
  greenSeed: number;
  doorSeed: number;
  timestamp: number;
}

/** A stored snapshot that does not decode. */
export class SnapshotDecodeError extends Error {
  override readonly name = "SnapshotDecodeError";
  readonly code = "ARENA_BAD_SNAPSHOT";
}

/** One player's state as a snapshot keeps it. */
export function playerState(p: ArenaPlayer): zonebus.IArenaPlayerState {
  return {
    info: p.info,
    ship: p.ship,
    freq: p.freq,
    killPoints: p.killPoints,
    flagPoints: p.flagPoints,
    kills: p.kills,
    deaths: p.deaths,
    bounty: p.bounty,
    attachedTo: p.attachedTo,
    x: p.x,
    y: p.y,
    lastPositionTime: p.lastPositionTime,
    spectating: p.spectating,
  };
}

/** A player rebuilt from a snapshot, with `info` from the directory (it is the newer record). */
export function playerFromState(
  state: zonebus.IArenaPlayerState,
  info: zonebus.IPlayerInfo,
  specFreq: number,
): ArenaPlayer {
  const p = newArenaPlayer(info, specFreq);
  p.ship = state.ship ?? p.ship;
  p.freq = state.freq ?? p.freq;
  p.killPoints = state.killPoints ?? 0;
  p.flagPoints = state.flagPoints ?? 0;
  p.kills = state.kills ?? 0;
  p.deaths = state.deaths ?? 0;
  p.bounty = state.bounty ?? 0;
  p.attachedTo = state.attachedTo ?? -1;
  p.x = state.x ?? -1;
  p.y = state.y ?? -1;
  p.lastPositionTime = state.lastPositionTime ?? 0;
  p.spectating = state.spectating ?? -1;
  return p;
}

/** Decodes a stored snapshot; a corrupt one is an error value, never a throw. */
export function decodeSnapshot(bytes: Uint8Array): zonebus.ArenaSnapshot | SnapshotDecodeError {
  try {
    return zonebus.ArenaSnapshot.decode(bytes);
  } catch (err) {
    return new SnapshotDecodeError(`arena snapshot does not decode: ${(err as Error).message}`, { cause: err });
  }
}

/** Who a restore keeps, who enters afresh and who is gone. */
export interface RestorePlan {
  /** In the snapshot and still in the arena by the directory: state from the snapshot. */
  readonly kept: { readonly state: zonebus.IArenaPlayerState; readonly info: zonebus.IPlayerInfo }[];
  /** Enter afresh (entry burst, stored score). */
  readonly fresh: zonebus.IPlayerInfo[];
  /** In the snapshot but no longer in the arena: clients are told they left. */
  readonly gone: number[];
}

const samePlayer = (a: zonebus.IPlayerInfo | null | undefined, b: zonebus.IPlayerInfo) =>
  a != null && a.pid === b.pid && a.name === b.name;

/**
 * Matches a snapshot against the directory's players of the arena (same pid and name). After a
 * final snapshot (a drain) nothing happened since it was written, so only its pending entries
 * enter afresh and directory players it lacks are left to their own enter input, which
 * gateways held during the handover. After a checkpoint (a crash) every directory player the
 * snapshot lacks enters afresh: it may have entered after the checkpoint.
 */
export function planRestore(
  snapshot: zonebus.IArenaSnapshot | undefined,
  directory: readonly zonebus.IPlayerInfo[],
): RestorePlan {
  const kept: RestorePlan["kept"] = [];
  const fresh: zonebus.IPlayerInfo[] = [];
  const states = snapshot?.players ?? [];
  for (const info of directory) {
    const state = states.find((s) => samePlayer(s.info, info));
    if (state) kept.push({ state, info });
    else if (!snapshot?.final) fresh.push(info);
    else if (snapshot.entering?.some((e) => samePlayer(e, info))) fresh.push(info);
  }
  const gone = states
    .filter((s) => !directory.some((info) => samePlayer(s.info, info)))
    .map((s) => s.info?.pid ?? -1)
    .filter((pid) => pid >= 0);
  return { kept, fresh, gone };
}
