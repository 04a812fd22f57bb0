import { crc32 } from "../checksums.js";
import { DiagnosticCode, type DiagnosticList } from "../diagnostics.js";
import { FILE_NAME_LENGTH, filePacket, LARGE_DOWNLOAD_BYTES, S2C_MAP_DATA, zlibCompress } from "./download.js";
import type { LevelMap } from "./level-map.js";
import { parseLevelFile } from "./lvl.js";

/** Largest `.lvl` read (a full 1024×1024 tile list is 4 MiB, plus the tileset). */
export const MAX_LVL_BYTES = 8 * 1024 * 1024;

/**
 * The map ASSS serves when an arena's map cannot be loaded: `tinymap.lvl`, one wall tile at 0,0
 * (CRC 0x5643EF8A).
 */
export const TINY_MAP_NAME = "tinymap.lvl";
export function tinyMapBytes(): Uint8Array {
  return new Uint8Array([0x00, 0x00, 0x00, 0x01]);
}

/** An arena's map: the file as clients download it, and the parsed tiles and regions. */
export interface MapFile {
  /** File name as sent in `0x29`/`0x2A` (the base name; cut to 16 bytes on the wire). */
  readonly name: string;
  /** Zone-relative path it was read from; undefined for built-in maps. */
  readonly path: string | undefined;
  /** The whole file. */
  readonly bytes: Uint8Array;
  /** CRC-32 of the whole file (`0x29`, client cache). */
  readonly crc32: number;
  /** The S2C `0x2A` packet: type, name, zlib-compressed file. Built on first use. */
  readonly downloadPacket: Uint8Array;
  /** Parsed content. */
  readonly level: LevelMap;
  /** True when this is ASSS's `tinymap.lvl` stand-in for a map that could not be loaded. */
  readonly fallback: boolean;
}

class MapFileImpl implements MapFile {
  private packet: Uint8Array | undefined;
  readonly crc32: number;

  constructor(
    readonly name: string,
    readonly path: string | undefined,
    readonly bytes: Uint8Array,
    readonly level: LevelMap,
    readonly fallback: boolean,
  ) {
    this.crc32 = crc32(bytes);
  }

  get downloadPacket(): Uint8Array {
    this.packet ??= filePacket(S2C_MAP_DATA, this.name, zlibCompress(this.bytes));
    return this.packet;
  }
}

/** Builds a {@link MapFile} from file bytes; `path` (or `name`) labels diagnostics. */
export function mapFileFromBytes(
  name: string,
  path: string | undefined,
  bytes: Uint8Array,
  diagnostics: DiagnosticList,
): MapFile {
  const level = parseLevelFile(bytes, path ?? name, diagnostics);
  const file = new MapFileImpl(baseName(name), path, bytes, level, false);
  if (Buffer.byteLength(file.name, "latin1") > FILE_NAME_LENGTH) {
    diagnostics.warn(
      DiagnosticCode.MapTooBig,
      `file name longer than ${FILE_NAME_LENGTH} bytes is cut on the wire`,
      path,
    );
  }
  return file;
}

/** ASSS's stand-in map. */
export function tinyMapFile(diagnostics: DiagnosticList): MapFile {
  const bytes = tinyMapBytes();
  return new MapFileImpl(TINY_MAP_NAME, undefined, bytes, parseLevelFile(bytes, TINY_MAP_NAME, diagnostics), true);
}

/** Warns when the compressed download is larger than ASSS likes (forces the compression). */
export function checkDownloadSize(file: MapFile, diagnostics: DiagnosticList): void {
  const n = file.downloadPacket.length;
  if (n > LARGE_DOWNLOAD_BYTES) {
    diagnostics.warn(
      DiagnosticCode.MapTooBig,
      `compressed map is ${n} bytes (over ${LARGE_DOWNLOAD_BYTES})`,
      file.path,
    );
  }
}

/** The part after the last `/`. */
export function baseName(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? path : path.slice(i + 1);
}
