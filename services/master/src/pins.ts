/** One `--arena-pin` rule: arenas whose name matches `pattern` go only to replicas labelled `label`. */
export interface PinRule {
  readonly pattern: string;
  readonly label: string;
  readonly match: RegExp;
}

/** Labels keep to the replica id alphabet. */
export const LABEL_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/** A malformed `--arena-pin` value. */
export class PinRuleError extends Error {
  override readonly name = "PinRuleError";
  readonly code = "MASTER_BAD_PIN";
}

/**
 * Parses `pattern=label,pattern=label`: a pattern is an arena name in which `*` stands for any
 * run of characters (`duel`, `league*`, `#*` for every private arena); matching ignores case,
 * as arena names do. The first matching rule wins.
 */
export function parsePins(text: string): PinRule[] {
  const rules: PinRule[] = [];
  for (const raw of text.split(",")) {
    const part = raw.trim();
    if (part === "") continue;
    const eq = part.indexOf("=");
    const pattern = part.slice(0, eq).trim().toLowerCase();
    const label = part.slice(eq + 1).trim();
    if (eq <= 0 || pattern === "" || !LABEL_PATTERN.test(label))
      throw new PinRuleError(`arena pin "${part}" must be pattern=label, the label matching ${LABEL_PATTERN}`);
    const body = pattern
      .split("*")
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*");
    rules.push({ pattern, label, match: new RegExp(`^${body}$`) });
  }
  return rules;
}

/** The label `arena` is pinned to, if a rule matches it. */
export function pinnedLabel(arena: string, rules: readonly PinRule[]): string | undefined {
  const name = arena.toLowerCase();
  return rules.find((r) => r.match.test(name))?.label;
}
