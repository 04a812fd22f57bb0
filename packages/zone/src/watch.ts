import { type FSWatcher, watch } from "node:fs";
import { relative, sep } from "node:path";

/** How long changes must settle before `onChange` runs. */
export const DEFAULT_WATCH_DEBOUNCE_MS = 250;
/** Most distinct changed paths reported in one call; a flood of changes reports the first ones. */
export const MAX_REPORTED_CHANGES = 256;

/** Options for {@link watchZone}. */
export interface WatchZoneOptions {
  readonly debounceMs?: number;
  /** Called when the watcher fails (e.g. the folder was removed); the watcher is closed after. */
  readonly onError?: (error: Error) => void;
}

/** A running watch; `close()` stops it and drops any pending notification. */
export interface ZoneWatch {
  close(): void;
}

/**
 * Watches a zone folder (recursively) and calls `onChange` with the zone-relative paths that
 * changed, once edits have settled for `debounceMs`. Neither the watcher nor its timer keeps
 * the process alive. Reload with `loadZone` in `onChange`; ASSS likewise re-reads changed
 * config files and re-sends settings whose bytes changed. Throws if `dir` cannot be watched.
 */
export function watchZone(
  dir: string,
  onChange: (changed: readonly string[]) => void,
  options: WatchZoneOptions = {},
): ZoneWatch {
  const debounceMs = options.debounceMs ?? DEFAULT_WATCH_DEBOUNCE_MS;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const fire = () => {
    timer = undefined;
    if (closed || pending.size === 0) return;
    const changed = [...pending].sort();
    pending.clear();
    onChange(changed);
  };

  const watcher: FSWatcher = watch(dir, { recursive: true, persistent: false }, (_event, filename) => {
    if (closed) return;
    const name = filename === null ? "" : String(filename);
    if (pending.size < MAX_REPORTED_CHANGES) pending.add(toZonePath(dir, name));
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
    timer.unref();
  });
  watcher.on("error", (e: Error) => {
    close();
    options.onError?.(e);
  });
  watcher.unref();

  function close(): void {
    if (closed) return;
    closed = true;
    if (timer !== undefined) clearTimeout(timer);
    pending.clear();
    watcher.close();
  }
  return { close };
}

function toZonePath(dir: string, name: string): string {
  const rel = name.startsWith(dir) ? relative(dir, name) : name;
  return rel.split(sep).join("/");
}
