import type { zonebus } from "@zonebus/proto";

/** Ship numbers: 0..7 Warbird..Shark, 8 spectator. */
export const SPECTATOR = 8;

/** A player as an arena keeps it: the 0x03 record plus what the simulation needs. */
export interface ArenaPlayer {
  readonly pid: number;
  readonly name: string;
  readonly squad: string;
  readonly gateway: string;
  readonly info: zonebus.IPlayerInfo;
  ship: number;
  freq: number;
  killPoints: number;
  flagPoints: number;
  kills: number;
  deaths: number;
  bounty: number;
  attachedTo: number;
  /** Last position accepted (pixels) and its client time stamp (server ticks). */
  x: number;
  y: number;
  lastPositionTime: number;
  /** pid this spectator is watching, -1 = none. */
  spectating: number;
}

export function newArenaPlayer(info: zonebus.IPlayerInfo, specFreq: number): ArenaPlayer {
  return {
    pid: info.pid ?? 0,
    name: info.name ?? "",
    squad: info.squad ?? "",
    gateway: info.gateway ?? "",
    info,
    ship: SPECTATOR,
    freq: specFreq,
    killPoints: 0,
    flagPoints: 0,
    kills: 0,
    deaths: 0,
    bounty: 0,
    attachedTo: -1,
    x: -1,
    y: -1,
    lastPositionTime: 0,
    spectating: -1,
  };
}
