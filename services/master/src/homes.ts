import { type ArenaRule, parseArenaRules, ruleFor } from "./arena-rules.js";

/** Bad `--arena-home` value. */
export class ArenaHomeError extends Error {
  override readonly name = "ArenaHomeError";
  readonly code = "MASTER_BAD_ARENA_HOME";
}

/** One `--arena-home` rule: arenas whose name matches are served by gateways of its group. */
export type ArenaHome = ArenaRule;

const GROUP = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Parses `--arena-home`: `pattern=group,...` (see parseArenaRules): `duel=east`, `league*=eu`.
 * Empty: no homes, every gateway serves every arena through the bus.
 */
export function parseArenaHomes(value: string | undefined): readonly ArenaHome[] {
  return parseArenaRules(
    value,
    GROUP,
    (rule) =>
      new ArenaHomeError(
        `arena home "${rule}" must be pattern=group (pattern: arena name with * wildcards; group: letters, digits, _ or -)`,
      ),
  );
}

/** The gateway group an arena is homed to, if any. */
export function homeOf(homes: readonly ArenaHome[], arena: string): string | undefined {
  return ruleFor(homes, arena);
}
