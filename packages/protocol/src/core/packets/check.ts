import { CoreErrorCode, type Decoded, decodeError } from "../errors.js";

/** Error for bytes that are not `00 <type>` with exactly `length` bytes, else undefined. */
export function checkFixed<T>(b: Uint8Array, type: number, length: number, name: string): Decoded<T> | undefined {
  if (b.length < 2) return decodeError(CoreErrorCode.Truncated, `${name}: ${b.length} bytes`);
  if (b[0] !== 0 || b[1] !== type) return decodeError(CoreErrorCode.BadType, `${name}: not 00 ${hex2(type)}`);
  if (b.length !== length)
    return decodeError(CoreErrorCode.BadLength, `${name}: ${b.length} bytes, expected ${length}`);
  return undefined;
}

/** Error for bytes that are not `00 <type>` with at least `min` bytes, else undefined. */
export function checkMin<T>(b: Uint8Array, type: number, min: number, name: string): Decoded<T> | undefined {
  if (b.length >= 2 && (b[0] !== 0 || b[1] !== type)) {
    return decodeError(CoreErrorCode.BadType, `${name}: not 00 ${hex2(type)}`);
  }
  if (b.length < min) return decodeError(CoreErrorCode.Truncated, `${name}: ${b.length} bytes, need ${min}`);
  return undefined;
}

const hex2 = (v: number): string => v.toString(16).padStart(2, "0");
