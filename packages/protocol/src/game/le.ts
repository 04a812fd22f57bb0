/**
 * Little-endian reads and writes on plain byte arrays, for the hot path where a DataView per
 * packet would be an allocation. Callers check bounds first.
 */

export function getU16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}

export function getI16(b: Uint8Array, o: number): number {
  return ((b[o]! | (b[o + 1]! << 8)) << 16) >> 16;
}

export function getU32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

export function getI8(b: Uint8Array, o: number): number {
  return (b[o]! << 24) >> 24;
}

/** Writes the low 16 bits of `v`. */
export function putU16(b: Uint8Array, o: number, v: number): void {
  b[o] = v;
  b[o + 1] = v >> 8;
}

/** Writes the low 32 bits of `v`. */
export function putU32(b: Uint8Array, o: number, v: number): void {
  b[o] = v;
  b[o + 1] = v >> 8;
  b[o + 2] = v >> 16;
  b[o + 3] = v >>> 24;
}

/** XOR of bytes [start, end). */
export function xorBytes(b: Uint8Array, start: number, end: number): number {
  let x = 0;
  for (let i = start; i < end; i++) x ^= b[i]!;
  return x;
}
