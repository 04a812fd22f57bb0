import { DEFAULT_GROUP, type StaffTable, ZonebusCapability } from "@zonebus/zone";

/**
 * The group `--moderators` names are put in (deprecated flag): it holds exactly the
 * capabilities the flag used to grant. staff.conf wins for a name listed in both.
 */
export const LEGACY_MODERATOR_GROUP = "(moderators)";
const LEGACY_CAPABILITIES: ReadonlySet<string> = new Set(Object.values(ZonebusCapability));

/** What a capability check knows of a player. */
export interface StaffSubject {
  readonly name: string;
  /** The name was proved at login (password file or biller). */
  readonly authenticated: boolean;
}

/**
 * The master's view of staff: the zone's groupdef.conf/staff.conf (following reloads) and the
 * names of the deprecated `--moderators`. Zone-wide commands use `(global)` groups only: an
 * arena's own staff section rules that arena, not the zone's gateways and replicas.
 */
export class StaffRights {
  private readonly legacy: ReadonlySet<string>;

  constructor(
    private readonly table: () => StaffTable | undefined,
    legacyModerators: string | undefined,
  ) {
    this.legacy = new Set(
      (legacyModerators ?? "")
        .split(",")
        .map((n) => n.trim().toLowerCase())
        .filter((n) => n !== ""),
    );
  }

  /** Names given by `--moderators` (for the deprecation message). */
  get legacyNames(): readonly string[] {
    return [...this.legacy];
  }

  groupOf(p: StaffSubject): string {
    const group = this.table()?.groupOf(p.name, p.authenticated) ?? DEFAULT_GROUP;
    if (group === DEFAULT_GROUP && p.authenticated && this.legacy.has(p.name.toLowerCase()))
      return LEGACY_MODERATOR_GROUP;
    return group;
  }

  has(p: StaffSubject, capability: string): boolean {
    const group = this.groupOf(p);
    if (group === LEGACY_MODERATOR_GROUP) return LEGACY_CAPABILITIES.has(capability);
    return this.table()?.groupHas(group, capability) ?? false;
  }

  /** A name that would have a group once proved: staff.conf or `--moderators`. */
  isStaffName(name: string): boolean {
    return this.legacy.has(name.toLowerCase()) || (this.table()?.isListed(name) ?? false);
  }
}
