import { type ArenaRule, parseArenaRules, ruleFor } from "./arena-rules.js";

/** One `--arena-pin` rule: arenas whose name matches go only to replicas carrying its label. */
export type PinRule = ArenaRule;

/** Labels keep to the replica id alphabet. */
export const LABEL_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/** A malformed `--arena-pin` value. */
export class PinRuleError extends Error {
  override readonly name = "PinRuleError";
  readonly code = "MASTER_BAD_PIN";
}

/** Parses `--arena-pin`: `pattern=label,...` (see parseArenaRules), `#*=private` for every private arena. */
export function parsePins(text: string | undefined): readonly PinRule[] {
  return parseArenaRules(
    text,
    LABEL_PATTERN,
    (rule) =>
      new PinRuleError(
        `arena pin "${rule}" must be pattern=label (pattern: arena name with * wildcards; label matching ${LABEL_PATTERN})`,
      ),
  );
}

/** The label `arena` is pinned to, if a rule matches it. */
export function pinnedLabel(arena: string, rules: readonly PinRule[]): string | undefined {
  return ruleFor(rules, arena);
}
