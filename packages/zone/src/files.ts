import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { isAbsolute, join, normalize, resolve, sep } from "node:path";

/** Outcome of reading one file of a zone. */
export type FileRead =
  | { readonly kind: "ok"; readonly bytes: Uint8Array }
  | { readonly kind: "missing" }
  | { readonly kind: "too-large"; readonly size: number }
  | { readonly kind: "error"; readonly message: string };

/**
 * Read access to a zone folder by paths relative to its root, always with `/` separators.
 * Paths that would leave the root are treated as missing, so neither config nor arena names can
 * reach outside the zone.
 */
export interface ZoneFiles {
  /** What to call the root in messages (a folder path, or a label for in-memory zones). */
  readonly label: string;
  /** True when `path` names a regular file. */
  isFile(path: string): boolean;
  /** Reads a whole file, refusing files larger than `maxBytes`. */
  read(path: string, maxBytes: number): FileRead;
  /** Names of the directories directly inside `path` (empty when it is not a directory). */
  listDirs(path: string): string[];
}

/** Normalises a zone-relative path; undefined when it is absolute or climbs out of the root. */
export function safeRelative(path: string): string | undefined {
  if (path.length === 0 || path.includes("\0") || isAbsolute(path) || path.startsWith("\\")) return undefined;
  const n = normalize(path.replaceAll("\\", "/")).replaceAll(sep, "/");
  if (n === ".." || n.startsWith("../") || n === ".") return undefined;
  return n;
}

/** {@link ZoneFiles} over a directory on disk. */
export class DiskZoneFiles implements ZoneFiles {
  readonly label: string;
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
    this.label = root;
  }

  private full(path: string): string | undefined {
    const rel = safeRelative(path);
    return rel === undefined ? undefined : join(this.root, rel);
  }

  isFile(path: string): boolean {
    const full = this.full(path);
    if (full === undefined) return false;
    try {
      return statSync(full).isFile();
    } catch {
      return false;
    }
  }

  read(path: string, maxBytes: number): FileRead {
    const full = this.full(path);
    if (full === undefined) return { kind: "missing" };
    let fd: number;
    try {
      fd = openSync(full, "r");
    } catch (e) {
      return errnoOf(e) === "ENOENT" || errnoOf(e) === "ENOTDIR" ? { kind: "missing" } : readError(e);
    }
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) return { kind: "missing" };
      if (st.size > maxBytes) return { kind: "too-large", size: st.size };
      // Read by the size seen at open; a file growing meanwhile is cut at that size.
      const bytes = new Uint8Array(st.size);
      let off = 0;
      while (off < bytes.length) {
        const n = readSync(fd, bytes, off, bytes.length - off, off);
        if (n === 0) break;
        off += n;
      }
      return { kind: "ok", bytes: off === bytes.length ? bytes : bytes.subarray(0, off) };
    } catch (e) {
      return readError(e);
    } finally {
      closeSync(fd);
    }
  }

  listDirs(path: string): string[] {
    const full = path === "" ? this.root : this.full(path);
    if (full === undefined) return [];
    try {
      return readdirSync(full, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();
    } catch {
      return [];
    }
  }
}

/** {@link ZoneFiles} over an in-memory table of path → bytes (the built-in zone, tests). */
export class MemoryZoneFiles implements ZoneFiles {
  private readonly files = new Map<string, Uint8Array>();

  constructor(
    files: Record<string, Uint8Array | string>,
    readonly label = "(memory)",
  ) {
    for (const [path, content] of Object.entries(files)) {
      const rel = safeRelative(path);
      if (rel === undefined) continue;
      this.files.set(rel, typeof content === "string" ? new Uint8Array(Buffer.from(content, "latin1")) : content);
    }
  }

  isFile(path: string): boolean {
    const rel = safeRelative(path);
    return rel !== undefined && this.files.has(rel);
  }

  read(path: string, maxBytes: number): FileRead {
    const rel = safeRelative(path);
    const bytes = rel === undefined ? undefined : this.files.get(rel);
    if (bytes === undefined) return { kind: "missing" };
    if (bytes.length > maxBytes) return { kind: "too-large", size: bytes.length };
    return { kind: "ok", bytes };
  }

  listDirs(path: string): string[] {
    const prefix = path === "" ? "" : `${safeRelative(path) ?? "\0"}/`;
    const dirs = new Set<string>();
    for (const p of this.files.keys()) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length);
      const slash = rest.indexOf("/");
      if (slash > 0) dirs.add(rest.slice(0, slash));
    }
    return [...dirs].sort();
  }
}

function errnoOf(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e && typeof e.code === "string" ? e.code : undefined;
}

function readError(e: unknown): FileRead {
  return { kind: "error", message: e instanceof Error ? e.message : String(e) };
}
