/**
 * Staff by capability, read the way ASSS's capman reads it (src/core/capman.c):
 *
 * - `conf/groupdef.conf` has one section per group; every key in it is a capability the group
 *   holds (`cmd_<command>` for `?<command>`, `privcmd_<command>` for it sent privately,
 *   `higher_than_<group>` for outranking that group). Values are ignored: a key is held when it
 *   is present. ASSS's dist file builds its sections with `#include groupdef.dir/<part>`.
 * - `conf/staff.conf` puts names in groups: `[(global)]` for the whole zone and a section per
 *   arena base name (`[duel]`) that wins in that arena; `name = group`. `[GroupPasswords]`
 *   holds ASSS's `?grplogin` passwords (read here, not used by zonebus yet).
 * - A player is in its staff.conf group only once it has authenticated its name (password file
 *   or biller). Anyone else, and every unlisted name, is in the group `default`.
 */
import type { Config } from "./conf/config.js";
import { loadConfigFile } from "./conf/load.js";
import { type Diagnostic, DiagnosticCode } from "./diagnostics.js";
import type { ZoneFiles } from "./files.js";

/** The group of every unauthenticated or unlisted player (ASSS capman `DEFAULT`). */
export const DEFAULT_GROUP = "default";
/** The staff.conf section for zone-wide groups (ASSS `AG_GLOBAL`). */
export const GLOBAL_STAFF_SECTION = "(global)";
/** staff.conf section of ASSS's `?grplogin` passwords. */
export const GROUP_PASSWORDS_SECTION = "GroupPasswords";
/**
 * The top group by ASSS convention. Capabilities of commands only zonebus has (see
 * {@link ZONEBUS_ONLY_CAPABILITIES}), which no ASSS groupdef lists, are held by this group
 * without a groupdef line; any other group gets them by listing them in its groupdef section.
 */
export const SYSOP_GROUP = "sysop";

/** Capabilities the master's zone commands check. */
export const ZonebusCapability = {
  /** `?drain <gateway or replica id>`: zonebus's own command. */
  Drain: "cmd_drain",
  /** `?redirect <alias | ip:port[:arena]> <player>`: ASSS's name (its dist groupdef gives it to smod). */
  Redirect: "cmd_redirect",
} as const;
export type ZonebusCapability = (typeof ZonebusCapability)[keyof typeof ZonebusCapability];
/** Capabilities of commands ASSS does not have, held by {@link SYSOP_GROUP} without a groupdef line. */
export const ZONEBUS_ONLY_CAPABILITIES: ReadonlySet<string> = new Set([ZonebusCapability.Drain]);

/** Groups and who is in them: a zone's groupdef.conf and staff.conf. */
export interface StaffTable {
  /**
   * The group a player is in: its staff.conf group (the arena's section first when `arenaBase`
   * is given, then `(global)`) once `authenticated`, else {@link DEFAULT_GROUP}.
   */
  groupOf(name: string, authenticated: boolean, arenaBase?: string): string;
  /** Whether `group` holds `capability` (ASSS HasCapability). */
  groupHas(group: string, capability: string): boolean;
  /** Whether a name is listed in any staff.conf group section (for the log line of an unproved staff login). */
  isListed(name: string): boolean;
  /** What reading the two files found wrong (bare groupdef keys are the format, not findings). */
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads `groupdef.conf` and `staff.conf` from the zone's config search path; missing files are empty. */
export function loadStaff(files: ZoneFiles): StaffTable {
  const groupdef = loadConfigFile(files, "groupdef.conf", undefined);
  const staff = loadConfigFile(files, "staff.conf", undefined);
  return new StaffTableImpl(groupdef, staff);
}

class StaffTableImpl implements StaffTable {
  readonly diagnostics: readonly Diagnostic[];
  private readonly listed = new Set<string>();

  constructor(
    private readonly groupdef: Config,
    private readonly staff: Config,
  ) {
    // groupdef lines are keys without "=" by design (and so is the count of them held back);
    // a missing file is an empty one, as in ASSS.
    const format: ReadonlySet<string> = new Set([
      DiagnosticCode.ConfNoValue,
      DiagnosticCode.Suppressed,
      DiagnosticCode.FileMissing,
    ]);
    const quiet = (d: Diagnostic) => !format.has(d.code);
    this.diagnostics = [...groupdef.diagnostics, ...staff.diagnostics].filter(quiet);
    for (const e of staff.entries())
      if (e.section.toLowerCase() !== GROUP_PASSWORDS_SECTION.toLowerCase()) this.listed.add(e.key.toLowerCase());
  }

  groupOf(name: string, authenticated: boolean, arenaBase?: string): string {
    // Not proved against the password file or the biller: no group from the name.
    if (!authenticated || !this.listed.has(name.toLowerCase())) return DEFAULT_GROUP;
    const own = arenaBase === undefined ? undefined : this.staff.getStr(arenaBase, name);
    return own || this.staff.getStr(GLOBAL_STAFF_SECTION, name) || DEFAULT_GROUP;
  }

  groupHas(group: string, capability: string): boolean {
    if (group.toLowerCase() === SYSOP_GROUP && ZONEBUS_ONLY_CAPABILITIES.has(capability.toLowerCase())) return true;
    return this.groupdef.has(group, capability);
  }

  isListed(name: string): boolean {
    return this.listed.has(name.toLowerCase());
  }
}
