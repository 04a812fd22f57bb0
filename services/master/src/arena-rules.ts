/**
 * One `pattern=value` rule of a flag that maps arena names to something (`--arena-pin` to a
 * replica label, `--arena-home` to a gateway group).
 */
export interface ArenaRule {
  /** An arena name as the master normalises it (lower case, letters and digits, a leading `#` for private arenas), `*` matching any run of characters. */
  readonly pattern: string;
  readonly value: string;
  readonly match: RegExp;
}

const PATTERN = /^#?[a-z0-9*]{1,32}$/;

/**
 * Parses a comma-separated list of `pattern=value` (`duel=pvp`, `league*=eu`, `#*=private`);
 * patterns are case-insensitive. The first matching rule wins. Empty or unset: no rules. A
 * malformed rule, or a value `valueShape` refuses, throws the error `bad` makes of it.
 */
export function parseArenaRules(
  text: string | undefined,
  valueShape: RegExp,
  bad: (rule: string) => Error,
): readonly ArenaRule[] {
  const rules: ArenaRule[] = [];
  for (const raw of (text ?? "").split(",")) {
    const rule = raw.trim();
    if (rule === "") continue;
    const [left = "", value = "", ...rest] = rule.split("=").map((s) => s.trim());
    const pattern = left.toLowerCase();
    if (rest.length > 0 || !PATTERN.test(pattern) || !valueShape.test(value)) throw bad(rule);
    rules.push(Object.freeze({ pattern, value, match: new RegExp(`^${pattern.replace(/\*/g, ".*")}$`) }));
  }
  return rules;
}

/** The value of the first rule matching `arena` (any case), if one does. */
export function ruleFor(rules: readonly ArenaRule[], arena: string): string | undefined {
  const name = arena.toLowerCase();
  return rules.find((r) => r.match.test(name))?.value;
}
