/**
 * Diagnostics: what loading zone content found wrong, with the file and line it came from.
 * Loading never stops on bad content; it reports and carries on, as ASSS does.
 */

/** How bad a finding is. `error`: content is not what the operator meant; `warning`: tolerated oddity. */
export const Severity = { Error: "error", Warning: "warning" } as const;
export type Severity = (typeof Severity)[keyof typeof Severity];

/** Stable codes for every kind of finding. */
export const DiagnosticCode = {
  FileMissing: "FILE_MISSING",
  FileUnreadable: "FILE_UNREADABLE",
  FileTooLarge: "FILE_TOO_LARGE",
  ConfIncludeMissing: "CONF_INCLUDE_MISSING",
  ConfIncludeLoop: "CONF_INCLUDE_LOOP",
  ConfIncludeDepth: "CONF_INCLUDE_DEPTH",
  ConfIncludeBudget: "CONF_INCLUDE_BUDGET",
  ConfLineTooLong: "CONF_LINE_TOO_LONG",
  ConfUnknownDirective: "CONF_UNKNOWN_DIRECTIVE",
  ConfBadConditional: "CONF_BAD_CONDITIONAL",
  ConfUnterminatedIf: "CONF_UNTERMINATED_IF",
  ConfNoSection: "CONF_NO_SECTION",
  ConfNoValue: "CONF_NO_VALUE",
  ConfEmptyKey: "CONF_EMPTY_KEY",
  ConfNameTooLong: "CONF_NAME_TOO_LONG",
  ConfIndentedDirective: "CONF_INDENTED_DIRECTIVE",
  LvlTruncated: "LVL_TRUNCATED",
  LvlBadTile: "LVL_BAD_TILE",
  LvlBadMetadata: "LVL_BAD_METADATA",
  LvlBadRegion: "LVL_BAD_REGION",
  LvlRegionOverlapLimit: "LVL_REGION_OVERLAP_LIMIT",
  MapFallback: "MAP_FALLBACK",
  MapTooBig: "MAP_TOO_BIG",
  LvzMissing: "LVZ_MISSING",
  LvzTooMany: "LVZ_TOO_MANY",
  NewsMissing: "NEWS_MISSING",
  RedirectBad: "REDIRECT_BAD",
  Suppressed: "DIAGNOSTICS_SUPPRESSED",
} as const;
export type DiagnosticCode = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];

/** One finding. `file` is relative to the zone folder; `line` is 1-based. */
export interface Diagnostic {
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
}

/** Most diagnostics one load keeps; a garbage file would otherwise yield one per line. */
export const MAX_DIAGNOSTICS = 200;

/** Collects diagnostics up to {@link MAX_DIAGNOSTICS}, then counts the rest in one closing entry. */
export class DiagnosticList {
  readonly items: Diagnostic[] = [];
  private suppressed = 0;

  constructor(private readonly limit = MAX_DIAGNOSTICS) {}

  add(d: Diagnostic): void {
    if (this.items.length < this.limit) this.items.push(d);
    else this.suppressed++;
  }

  error(code: DiagnosticCode, message: string, file?: string, line?: number): void {
    this.add(withLocation({ severity: Severity.Error, code, message }, file, line));
  }

  warn(code: DiagnosticCode, message: string, file?: string, line?: number): void {
    this.add(withLocation({ severity: Severity.Warning, code, message }, file, line));
  }

  addAll(ds: readonly Diagnostic[]): void {
    for (const d of ds) this.add(d);
  }

  /** The collected list, frozen, with a closing note when some were dropped. */
  finish(): readonly Diagnostic[] {
    const out = [...this.items];
    if (this.suppressed > 0) {
      out.push({
        severity: Severity.Warning,
        code: DiagnosticCode.Suppressed,
        message: `${this.suppressed} more diagnostics not shown`,
      });
    }
    return Object.freeze(out);
  }
}

function withLocation(d: Diagnostic, file?: string, line?: number): Diagnostic {
  if (file === undefined) return d;
  return line === undefined ? { ...d, file } : { ...d, file, line };
}

/** `file:line: message` for logs. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file === undefined ? "" : d.line === undefined ? `${d.file}: ` : `${d.file}:${d.line}: `;
  return `${where}${d.severity} ${d.code}: ${d.message}`;
}

/** True when any diagnostic is an error. */
export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === Severity.Error);
}
