import type { Config } from "../conf/config.js";
import { CLIENT_SETTINGS_LENGTH, S2C_CLIENT_SETTINGS, SETTINGS_LAYOUT, type SettingsField } from "./layout.js";

/**
 * Builds the 1428-byte ClientSettings packet from an arena config, as ASSS's `clientset` does:
 * every field from its `Section:Key` (missing keys are 0), values cut to the field's width, the
 * five damage settings times 1000, `Radar:MapZoomFactor` 0 sent as 1 (0 crashes Continuum), and
 * zero padding.
 */
export function buildClientSettings(config: Config): Uint8Array {
  const out = new Uint8Array(CLIENT_SETTINGS_LENGTH);
  const view = new DataView(out.buffer);
  out[0] = S2C_CLIENT_SETTINGS;
  for (const field of SETTINGS_LAYOUT) {
    if (field.kind === "padding") continue;
    let v = config.getInt(field.section, field.key, 0);
    if (field.times1000) v = Math.imul(v, 1000);
    if (field.name === "Radar:MapZoomFactor" && v === 0) v = 1;
    writeField(view, field, v);
  }
  return out;
}

/** Writes one field, cutting the value to its width as a C assignment does. */
export function writeField(view: DataView, field: SettingsField, value: number): void {
  switch (field.kind) {
    case "i32":
      view.setInt32(field.offset, value, true);
      break;
    case "i16":
      view.setInt16(field.offset, value, true);
      break;
    case "u8":
      view.setUint8(field.offset, value);
      break;
    case "bits": {
      const { bit = 0, bits = 0 } = field;
      const mask = (bits >= 32 ? 0xffffffff : (1 << bits) - 1) << bit;
      if (field.wordSize === 2) {
        const w = view.getUint16(field.offset, true);
        view.setUint16(field.offset, (w & ~mask) | ((value << bit) & mask), true);
      } else {
        const w = view.getUint32(field.offset, true);
        view.setUint32(field.offset, ((w & ~mask) | ((value << bit) & mask)) >>> 0, true);
      }
      break;
    }
    case "padding":
      break;
  }
}

/** Reads one field back (bit fields unsigned, as ASSS declares them). */
export function readField(view: DataView, field: SettingsField): number {
  switch (field.kind) {
    case "i32":
      return view.getInt32(field.offset, true);
    case "i16":
      return view.getInt16(field.offset, true);
    case "u8":
      return view.getUint8(field.offset);
    case "bits": {
      const { bit = 0, bits = 0 } = field;
      const w = field.wordSize === 2 ? view.getUint16(field.offset, true) : view.getUint32(field.offset, true);
      return bits >= 32 ? w >>> 0 : (w >>> bit) & ((1 << bits) - 1);
    }
    case "padding":
      return 0;
  }
}
