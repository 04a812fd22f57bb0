/** Scripted flying: a path gives the ship's state for each moment, a timer sends it at a fixed rate. */
import type { PositionInput } from "./packets.js";

/** The position to send `elapsedMs` after flying started. */
export type FlightPath = (elapsedMs: number) => PositionInput;

/** Highest position rate a bot sends; Continuum sends about 10 per second, ASSS's loadgen 5 (ours). */
export const MAX_FLY_RATE_HZ = 100;

/** Hovers at one point. */
export function stationaryPath(x: number, y: number): FlightPath {
  const p: PositionInput = { x, y };
  return () => p;
}

export interface CircleOptions {
  /** Centre in pixels. */
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  /** Time for one lap. */
  readonly periodMs: number;
}

/** Flies a circle, with matching speeds (pixels per 10 s) and rotation (0..39, 0 = north, clockwise). */
export function circlePath(c: CircleOptions): FlightPath {
  return (elapsedMs) => {
    const a = (2 * Math.PI * elapsedMs) / c.periodMs;
    const speed = (2 * Math.PI * c.radius * 10_000) / c.periodMs;
    const xSpeed = Math.round(-Math.sin(a) * speed);
    const ySpeed = Math.round(Math.cos(a) * speed);
    // Heading of the velocity, measured clockwise from north (y grows downwards on the map).
    const heading = Math.atan2(xSpeed, -ySpeed);
    const rotation = Math.round((heading / (2 * Math.PI)) * 40 + 40) % 40;
    return {
      x: Math.round(c.x + Math.cos(a) * c.radius),
      y: Math.round(c.y + Math.sin(a) * c.radius),
      xSpeed,
      ySpeed,
      rotation,
    };
  };
}
