/**
 * `[Redirects]` of `global.conf`, as ASSS's redirect module reads it: `alias = ip:port[:arena]`.
 * A player who asks for the alias (as an arena name, or with `?go alias`) is sent to that
 * address with S2C 0x3B, into the arena if one is given (login-and-arena.md §8).
 */
import type { Config } from "./conf/config.js";
import { type Diagnostic, DiagnosticCode, DiagnosticList } from "./diagnostics.js";

/** Most aliases read; the rest are reported and ignored. */
export const MAX_ZONE_REDIRECTS = 256;

/** Where a redirect sends a client: the fields of S2C 0x3B. */
export interface RedirectDestination {
  /** Dotted IPv4. */
  readonly ip: string;
  readonly port: number;
  /** −3 (named) with an arena, −1 (any public) without. */
  readonly arenaType: number;
  /** At most 15 characters; empty with −1. */
  readonly arenaName: string;
}

export interface ZoneRedirects {
  /** By lower-cased alias. */
  readonly aliases: ReadonlyMap<string, RedirectDestination>;
  readonly diagnostics: readonly Diagnostic[];
}

const DESTINATION = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3}):(\d{1,5})(?::([^\s:]{1,15}))?$/;

/**
 * Parses `a.b.c.d:port[:arena]`; undefined when it is not one (bad octet, port 0 or above
 * 65535, arena name longer than the 15 characters 0x3B can carry).
 */
export function parseRedirectDestination(text: string): RedirectDestination | undefined {
  const m = DESTINATION.exec(text.trim());
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const port = Number(m[5]);
  if (octets.some((o) => o > 255) || port < 1 || port > 65_535) return undefined;
  const arenaName = m[6] ?? "";
  return Object.freeze({ ip: octets.join("."), port, arenaType: arenaName ? -3 : -1, arenaName });
}

/** Reads the `[Redirects]` section; bad lines become diagnostics with their file and line. */
export function zoneRedirects(global: Config): ZoneRedirects {
  const aliases = new Map<string, RedirectDestination>();
  const diagnostics = new DiagnosticList();
  for (const e of global.entries()) {
    if (e.section.toLowerCase() !== "redirects") continue;
    const dest = parseRedirectDestination(e.value);
    if (!dest) {
      diagnostics.warn(
        DiagnosticCode.RedirectBad,
        `Redirects:${e.key} = "${e.value}" is not ip:port[:arena]; ignored`,
        e.file,
        e.line,
      );
    } else if (aliases.size >= MAX_ZONE_REDIRECTS) {
      diagnostics.warn(DiagnosticCode.RedirectBad, `more than ${MAX_ZONE_REDIRECTS} redirects; ${e.key} ignored`);
    } else aliases.set(e.key.toLowerCase(), dest);
  }
  return { aliases, diagnostics: diagnostics.finish() };
}
