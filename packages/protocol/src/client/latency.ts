/**
 * Position latency as a load generator measures it. Bots of one run share a machine and so a
 * monotonic clock: the sender knows when it sent, the receiver when it received, and the relayed
 * packet's 16-bit time field ties the two to the server's tick count (gameplay.md §2.2, §3).
 */
import { type S2CPosition, S2CType, type S2CWeapon } from "../game/index.js";
import type { ReceiveInfo } from "./events.js";

/** One relayed position (`0x28`) or weapon (`0x05`) as it reached a bot. */
export interface PositionSample {
  /** Sender's pid (low 8 bits only for `0x28`). */
  readonly playerId: number;
  /** The packet's u16 time field: server ticks & 0xFFFF when the server relayed it. */
  readonly time: number;
  /** The server's C2S latency byte for the sender's packet, ticks 0..255. */
  readonly latency: number;
  /** The weapon word (0 for `0x28`). */
  readonly weapon: number;
  readonly x: number;
  readonly y: number;
  /** Local monotonic ms at receipt. */
  readonly receivedAt: number;
  /** The receiver's estimate of server ticks at receipt. */
  readonly serverTicks: number;
}

export function positionSample(packet: S2CPosition | S2CWeapon, info: ReceiveInfo): PositionSample {
  return {
    playerId: packet.playerId,
    time: packet.time,
    latency: packet.latency,
    weapon: packet.type === S2CType.Weapon ? packet.weapon : 0,
    x: packet.x,
    y: packet.y,
    receivedAt: info.receivedAt,
    serverTicks: info.serverTicks,
  };
}

/**
 * Ticks between the packet's time field and `serverTicks`, compared on 16 bits (the field wraps
 * every 655 s): how long ago, by the receiver's estimate of the server clock, the server stamped it.
 */
export function relayAgeTicks(time16: number, serverTicks: number): number {
  return (((serverTicks - time16) & 0xffff) << 16) >> 16;
}

/**
 * Sender-to-receiver delay of a relayed position in ticks: the server's C2S latency byte plus the
 * time since the server stamped the relay, by the receiver's estimate of the server clock.
 */
export function endToEndTicks(sample: PositionSample): number {
  return sample.latency + relayAgeTicks(sample.time, sample.serverTicks);
}
