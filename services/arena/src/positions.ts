import { type C2SPosition, needsWeaponPacket, S2CCodecs, S2CType } from "@zonebus/protocol";
import { ticksAfter } from "@zonebus/runtime";
import type { Arena } from "./arena.js";
import { type ArenaPlayer, SPECTATOR } from "./arena-player.js";
import { Priority } from "./outbox.js";

const { Position: s2cPosition, Weapon: s2cWeapon } = S2CCodecs;

/** Ranges in pixels (ASSS `Net:BulletPixels`, `Net:WeaponPixels`; gameplay.md §2.7). */
export const BULLET_PIXELS = 1500;
export const WEAPON_PIXELS = 2000;
/** Range for a client that sent no resolution. */
export const DEFAULT_VIEW_PIXELS = 1024 + 768;
/** Status bit: show the warp flash; such positions go to everyone, reliably. */
const STATUS_FLASH = 0x10;
const WEAPON_BULLET = 1;
const WEAPON_BOUNCING_BULLET = 2;

/**
 * Relays a player's position to the others in range (ASSS `game.c` rules, gameplay.md §2.7):
 * weapons by weapon range, plain positions by the receiver's screen size; a flash goes to
 * everyone reliably. Out-of-order plain positions are dropped; spectators are never relayed.
 */
export function relayPosition(arena: Arena, p: ArenaPlayer, pos: C2SPosition, now: number): void {
  if (pos.x === -1 && pos.y === -1) return;
  const newer = p.lastPositionTime === 0 || ticksAfter(pos.time, p.lastPositionTime);
  if (!newer && pos.weapon === 0) return;
  if (newer) {
    p.x = pos.x;
    p.y = pos.y;
    p.lastPositionTime = pos.time;
    p.bounty = pos.bounty;
  }
  if (p.ship === SPECTATOR) return;
  const latency = Math.max(0, Math.min(255, (now - pos.time) | 0));
  const packet = needsWeaponPacket(pos.weapon, pos.bounty, p.pid)
    ? s2cWeapon.encode({
        type: S2CType.Weapon,
        rotation: pos.rotation,
        time: now & 0xffff,
        x: pos.x,
        ySpeed: pos.ySpeed,
        playerId: p.pid,
        xSpeed: pos.xSpeed,
        status: pos.status,
        latency,
        y: pos.y,
        bounty: pos.bounty,
        weapon: pos.weapon,
        extraLength: 0,
        extra: pos.extra,
      })
    : s2cPosition.encode({
        type: S2CType.Position,
        rotation: pos.rotation,
        time: now & 0xffff,
        x: pos.x,
        latency,
        bounty: pos.bounty & 0xff,
        playerId: p.pid & 0xff,
        status: pos.status,
        ySpeed: pos.ySpeed,
        y: pos.y,
        xSpeed: pos.xSpeed,
        extraLength: 0,
        extra: pos.extra,
      });
  const flash = (pos.status & STATUS_FLASH) !== 0;
  const weaponType = pos.weapon & 0x1f;
  const weaponRange =
    weaponType === WEAPON_BULLET || weaponType === WEAPON_BOUNCING_BULLET ? BULLET_PIXELS : WEAPON_PIXELS;
  const inRange = (q: ArenaPlayer) => {
    const range = pos.weapon !== 0 ? weaponRange : (q.info.xres ?? 0) + (q.info.yres ?? 0) || DEFAULT_VIEW_PIXELS;
    const d = Math.max(Math.abs(q.x - pos.x), Math.abs(q.y - pos.y));
    return flash || q.spectating === p.pid || q.x < 0 || d <= range;
  };
  arena.sendToAll(packet, flash, p.pid, inRange, pos.weapon !== 0 ? Priority.High : Priority.Droppable);
}
