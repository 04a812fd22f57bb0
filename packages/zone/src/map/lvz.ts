import { crc32 } from "../checksums.js";
import type { Config } from "../conf/config.js";
import { DiagnosticCode, type DiagnosticList } from "../diagnostics.js";
import type { ZoneFiles } from "../files.js";
import { findOnPath, LVZ_SEARCH_PATH } from "../search-path.js";
import { filePacket, LARGE_DOWNLOAD_BYTES, S2C_MAP_DATA } from "./download.js";
import { baseName } from "./map-file.js";

/** Most LVZ files an arena sends (ASSS's limit). */
export const MAX_LVZ_FILES = 16;
/** Largest LVZ file read. */
export const MAX_LVZ_BYTES = 16 * 1024 * 1024;

/** One LVZ name from the config; `optional` when written with a leading `+`. */
export interface LvzName {
  readonly name: string;
  readonly optional: boolean;
  /** Where the name was listed. */
  readonly file?: string;
  readonly line?: number;
}

/** An LVZ file ready to send (LVZ is compressed inside, so it is sent raw). */
export interface LvzFile {
  readonly name: string;
  readonly path: string;
  readonly optional: boolean;
  readonly bytes: Uint8Array;
  readonly crc32: number;
  /** The S2C `0x2A` packet: type, name, raw file. */
  readonly downloadPacket: Uint8Array;
}

/**
 * The LVZ names an arena lists: `General:LevelFiles` (or legacy `Misc:LevelFiles`), then
 * `General:LevelFiles1` … `LevelFilesN` for `General:ExtraLevelFilesKeys = N`; names split at
 * `,`, `:` or blanks; at most {@link MAX_LVZ_FILES}.
 */
export function levelFileNames(config: Config, diagnostics: DiagnosticList): LvzName[] {
  const lists = [config.entry("General", "LevelFiles") ?? config.entry("Misc", "LevelFiles")];
  const extra = Math.max(0, Math.min(config.getInt("General", "ExtraLevelFilesKeys", 0), 64));
  for (let i = 1; i <= extra; i++) lists.push(config.entry("General", `LevelFiles${i}`));
  const out: LvzName[] = [];
  for (const list of lists) {
    if (list === undefined) continue;
    for (const raw of list.value.split(/[,:\s]+/)) {
      if (raw.length === 0 || raw === "+") continue;
      if (out.length >= MAX_LVZ_FILES) {
        const msg = `more than ${MAX_LVZ_FILES} LVZ files listed; ${raw} and later ignored`;
        diagnostics.warn(DiagnosticCode.LvzTooMany, msg, list.file, list.line);
        return out;
      }
      const optional = raw.startsWith("+");
      out.push({ name: optional ? raw.slice(1) : raw, optional, file: list.file, line: list.line });
    }
  }
  return out;
}

/** Finds and reads the listed LVZ files on the LVZ search path; missing ones are reported and skipped. */
export function loadLvzFiles(
  files: ZoneFiles,
  baseNameOfArena: string,
  names: readonly LvzName[],
  diagnostics: DiagnosticList,
): LvzFile[] {
  const out: LvzFile[] = [];
  for (const { name, optional, file: listedIn, line } of names) {
    const { found, tried } = findOnPath(files, LVZ_SEARCH_PATH, { b: baseNameOfArena, m: name });
    const r = found === undefined ? undefined : files.read(found, MAX_LVZ_BYTES);
    if (found === undefined || r === undefined || r.kind !== "ok") {
      const why =
        r?.kind === "too-large"
          ? `is ${r.size} bytes (limit ${MAX_LVZ_BYTES})`
          : `not found (tried ${tried.join(", ")})`;
      // Point at the config line that lists the file.
      if (listedIn === undefined) diagnostics.error(DiagnosticCode.LvzMissing, `LVZ ${name} ${why}`, found);
      else diagnostics.error(DiagnosticCode.LvzMissing, `LVZ ${name} ${why}`, listedIn, line);
      continue;
    }
    const file = baseName(found);
    const downloadPacket = filePacket(S2C_MAP_DATA, file, r.bytes);
    if (downloadPacket.length > LARGE_DOWNLOAD_BYTES) {
      diagnostics.warn(
        DiagnosticCode.MapTooBig,
        `LVZ ${file} is ${downloadPacket.length} bytes (over ${LARGE_DOWNLOAD_BYTES})`,
        found,
      );
    }
    out.push({ name: file, path: found, optional, bytes: r.bytes, crc32: crc32(r.bytes), downloadPacket });
  }
  return out;
}
