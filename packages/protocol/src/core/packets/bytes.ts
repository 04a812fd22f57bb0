/** Little-endian integer access on byte arrays; callers check bounds before calling. */

export const readU16 = (b: Uint8Array, o: number): number => b[o]! | (b[o + 1]! << 8);

export const readI32 = (b: Uint8Array, o: number): number =>
  b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24);

export const readU32 = (b: Uint8Array, o: number): number => readI32(b, o) >>> 0;

export function writeU16(b: Uint8Array, o: number, v: number): void {
  b[o] = v & 0xff;
  b[o + 1] = (v >>> 8) & 0xff;
}

export function writeU32(b: Uint8Array, o: number, v: number): void {
  b[o] = v & 0xff;
  b[o + 1] = (v >>> 8) & 0xff;
  b[o + 2] = (v >>> 16) & 0xff;
  b[o + 3] = (v >>> 24) & 0xff;
}

/** A fresh packet starting `00 <type>`. */
export function corePacket(type: number, length: number): Uint8Array {
  const b = new Uint8Array(length);
  b[1] = type;
  return b;
}

/** True when `b` starts with the core prefix `00 <type>`. */
export const isCore = (b: Uint8Array, type: number): boolean => b.length >= 2 && b[0] === 0 && b[1] === type;
