/** Bad `--arena-home` value. */
export class ArenaHomeError extends Error {
  override readonly name = "ArenaHomeError";
  readonly code = "MASTER_BAD_ARENA_HOME";
}

/** One `pattern=group` rule: arenas matching `pattern` are served by gateways of `group`. */
export interface ArenaHome {
  readonly pattern: string;
  readonly group: string;
  readonly test: (arena: string) => boolean;
}

const GROUP = /^[A-Za-z0-9_-]{1,64}$/;
const PATTERN = /^#?[a-z0-9*]{1,15}$/;

/**
 * Parses `--arena-home`: a comma-separated list of `pattern=group`. A pattern is an arena name
 * as the master normalises it (lower case, letters and digits, a leading `#` for private
 * arenas) in which `*` matches any run of characters: `duel=east`, `league*=eu`. The first
 * matching rule wins. Empty: no homes, every gateway serves every arena through the bus.
 */
export function parseArenaHomes(value: string | undefined): readonly ArenaHome[] {
  if (value === undefined || value.trim() === "") return [];
  return value.split(",").map((raw) => {
    const [pattern = "", group = "", ...rest] = raw.trim().split("=");
    if (rest.length > 0 || !PATTERN.test(pattern) || !GROUP.test(group))
      throw new ArenaHomeError(
        `arena home "${raw.trim()}" must be pattern=group (pattern: arena name with * wildcards; group: letters, digits, _ or -)`,
      );
    const re = new RegExp(`^${pattern.replace(/\*/g, ".*")}$`);
    return Object.freeze({ pattern, group, test: (arena: string) => re.test(arena) });
  });
}

/** The gateway group an arena is homed to, if any. */
export function homeOf(homes: readonly ArenaHome[], arena: string): string | undefined {
  return homes.find((h) => h.test(arena))?.group;
}
