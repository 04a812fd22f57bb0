import { readField } from "./build.js";
import { CLIENT_SETTINGS_LENGTH, SETTINGS_LAYOUT } from "./layout.js";

/** A decoded packet: field name → value (padding as lower-case hex). */
export type DecodedSettings = Record<string, number | string>;

/**
 * Decodes a ClientSettings packet field by field (names as in the layout). Returns undefined
 * when the input is not exactly 1428 bytes.
 */
export function decodeClientSettings(bytes: Uint8Array): DecodedSettings | undefined {
  if (bytes.length !== CLIENT_SETTINGS_LENGTH) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: DecodedSettings = { type: bytes[0]! };
  for (const field of SETTINGS_LAYOUT) {
    out[field.name] =
      field.kind === "padding"
        ? Buffer.from(bytes.subarray(field.offset, field.offset + (field.length ?? 0))).toString("hex")
        : readField(view, field);
  }
  return out;
}

/** One field whose value differs between two packets. */
export interface SettingsDifference {
  readonly field: string;
  readonly offset: number;
  readonly expected: number | string;
  readonly actual: number | string;
}

/**
 * Names every field that differs between two packets (a mismatch against golden bytes reads as
 * "Warbird:BulletSpeed expected 2000, got 0" instead of a byte offset).
 */
export function diffClientSettings(expected: Uint8Array, actual: Uint8Array): SettingsDifference[] {
  const a = decodeClientSettings(expected);
  const b = decodeClientSettings(actual);
  if (a === undefined || b === undefined) {
    return [{ field: "(length)", offset: 0, expected: expected.length, actual: actual.length }];
  }
  const out: SettingsDifference[] = [];
  if (a["type"] !== b["type"]) out.push({ field: "type", offset: 0, expected: a["type"]!, actual: b["type"]! });
  for (const f of SETTINGS_LAYOUT) {
    if (a[f.name] !== b[f.name])
      out.push({ field: f.name, offset: f.offset, expected: a[f.name]!, actual: b[f.name]! });
  }
  // Bits no field covers (word 0 bits 15 and 21–31, spawn bits 29–31, ship misc bits 11–15).
  if (out.length === 0 && !Buffer.from(expected).equals(Buffer.from(actual))) {
    const at = Buffer.from(expected).findIndex((v, i) => v !== actual[i]);
    out.push({ field: "(unnamed bits)", offset: at, expected: expected[at]!, actual: actual[at]! });
  }
  return out;
}
