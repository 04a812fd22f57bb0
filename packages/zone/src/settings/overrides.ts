import { writeField } from "./build.js";
import { SETTINGS_LAYOUT, type SettingsField } from "./layout.js";

/**
 * Run-time overrides (ASSS `clientset` override keys): a field of the packet patched per arena
 * or per player without touching the config. Keys are the config keys, except that ASSS names
 * the two soccer bits of word 0 `Misc:DisableBallThroughWalls` / `Misc:DisableBallKilling`, and
 * `Misc:SlowFrameCheck` names the byte field, not the 3 bits in word 0.
 */
const RENAMED: Record<string, string> = {
  "Soccer:DisableWallPass": "misc:disableballthroughwalls",
  "Soccer:DisableBallKilling": "misc:disableballkilling",
};

const BY_KEY = new Map<string, SettingsField>();
for (const f of SETTINGS_LAYOUT) {
  if (f.kind === "padding" || f.name === "Misc:SlowFrameCheck (3-bit field in word 0)") continue;
  const key = RENAMED[f.name] ?? `${f.section}:${f.key}`.toLowerCase();
  // ASSS looks up i32, then i16, then u8 fields: the first field with a key keeps it.
  if (!BY_KEY.has(key)) BY_KEY.set(key, f);
}

/** The field an override key names, or undefined when ASSS has no such override key. */
export function settingsOverrideField(section: string, key: string): SettingsField | undefined {
  return BY_KEY.get(`${section}:${key}`.toLowerCase());
}

/** One override: the field and the value to put there. */
export interface SettingsOverride {
  readonly field: SettingsField;
  readonly value: number;
}

/** A copy of `settings` with overrides applied in order (the type byte is not a field, so it stays). */
export function applySettingsOverrides(settings: Uint8Array, overrides: readonly SettingsOverride[]): Uint8Array {
  const out = new Uint8Array(settings);
  const view = new DataView(out.buffer);
  for (const o of overrides) writeField(view, o.field, o.value);
  return out;
}
