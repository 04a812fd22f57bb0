/** Base class of every zone-content error; `code` is stable across releases. */
export class ZoneError extends Error {
  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** An arena name that cannot name zone content (empty, too long, or able to escape the zone folder). */
export class ArenaNameError extends ZoneError {
  constructor(
    readonly arenaName: string,
    why: string,
  ) {
    super(`bad arena name ${JSON.stringify(arenaName.slice(0, 40))}: ${why}`, "ZONE_BAD_ARENA_NAME");
  }
}

/** The zone folder itself is unusable (missing or not a directory). */
export class ZoneFolderError extends ZoneError {
  constructor(
    readonly dir: string,
    why: string,
    options?: { cause?: unknown },
  ) {
    super(`zone folder ${dir}: ${why}`, "ZONE_BAD_FOLDER", options);
  }
}
