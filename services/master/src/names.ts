/** Longest player name the game keeps (ASSS forces byte 19 of the 32-byte field to NUL). */
export const MAX_PLAYER_NAME = 19;
/** Longest arena name that fits the 16-byte NUL-padded field of 0x01 and 0x3B. */
export const MAX_ARENA_NAME = 15;

/** Login response code for an invalid name (S2C 0x0A). */
export const LOGIN_BAD_NAME = 0x0b;

export type NameResult = { ok: true; name: string } | { ok: false; code: number; reason: string };

/**
 * Cleans a login name as ASSS does: keep bytes 32..126 except `:`, drop leading spaces,
 * collapse runs of spaces, cut to 19 characters; an empty result or one that does not start
 * with a letter or digit is a bad name.
 */
export function cleanPlayerName(raw: string): NameResult {
  let out = "";
  for (const ch of raw) {
    const c = ch.charCodeAt(0);
    if (c < 32 || c > 126 || ch === ":") continue;
    if (ch === " " && (out.length === 0 || out.endsWith(" "))) continue;
    out += ch;
    if (out.length === MAX_PLAYER_NAME) break;
  }
  out = out.trimEnd();
  if (out.length === 0) return { ok: false, code: LOGIN_BAD_NAME, reason: "empty name" };
  if (!/^[A-Za-z0-9]/.test(out))
    return { ok: false, code: LOGIN_BAD_NAME, reason: "name must start with a letter or digit" };
  return { ok: true, name: out };
}

/** Arena types of C2S 0x01 and S2C 0x3B. */
export const ArenaType = { AnyPublic: -1, AnyPublicAlt: -2, Named: -3 } as const;

/**
 * Normalises an arena name as ASSS does: lower-case, every character that is not a letter or
 * digit becomes `x`, except a leading `#` (private arena). Empty stays empty.
 */
export function normalizeArenaName(raw: string): string {
  const lower = raw.toLowerCase().slice(0, MAX_ARENA_NAME);
  let out = "";
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    if (i === 0 && ch === "#") out += ch;
    else out += /[a-z0-9]/.test(ch) ? ch : "x";
  }
  return out;
}

export type ArenaChoice = { ok: true; arena: string } | { ok: false; reason: string };

/**
 * Resolves the arena a 0x01 asks for: any public (-1, -2) and an empty name go to
 * `defaultArena`; a public number n >= 0 is the arena named by its decimal digits; -3 uses
 * the name field. Other negative types are rejected.
 */
export function chooseArena(arenaType: number, rawName: string, defaultArena = "0"): ArenaChoice {
  if (arenaType === ArenaType.AnyPublic || arenaType === ArenaType.AnyPublicAlt)
    return { ok: true, arena: defaultArena };
  if (arenaType >= 0) return { ok: true, arena: String(arenaType) };
  if (arenaType !== ArenaType.Named) return { ok: false, reason: `unknown arena type ${arenaType}` };
  const name = normalizeArenaName(rawName);
  return { ok: true, arena: name === "" ? defaultArena : name };
}
