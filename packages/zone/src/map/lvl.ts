/**
 * Reads a `.lvl` file as ASSS does (`mapdata.c`, files-and-settings.md §2): an optional BMP
 * tileset whose header says where the tiles start (`bfSize`) and where extended-lvl metadata
 * sits (`bfReserved`, read as a u32), or metadata straight at offset 0 (`elvl`), then u32 tile
 * records to the end of the file. Damaged files load as far as they go, with diagnostics.
 */
import { DiagnosticCode, type DiagnosticList } from "../diagnostics.js";
import { type AutoWarp, type LevelMap, LevelMapBuilder, type LvlChunk } from "./level-map.js";
import { decodeRegionTiles } from "./rle.js";
import { MAP_SIZE, Tile, tileObjectSize } from "./tiles.js";

/** `"elvl"` read little-endian. */
export const ELVL_MAGIC = 0x6c766c65;
/** Largest metadata chunk ASSS accepts. */
export const MAX_LVL_CHUNK = 128 * 1024;
const BMP_MAGIC = 0x4d42;

/** Parses `bytes`; `file` names it in diagnostics. Never throws. */
export function parseLevelFile(bytes: Uint8Array, file: string, diagnostics: DiagnosticList): LevelMap {
  const b = new LevelMapBuilder();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let tilesAt = 0;
  if (bytes.length >= 2 && view.getUint16(0, true) === BMP_MAGIC) {
    if (bytes.length < 10) {
      diagnostics.error(DiagnosticCode.LvlTruncated, `BMP header cut off at ${bytes.length} bytes; no tiles`, file);
      return b.finish();
    }
    tilesAt = view.getUint32(2, true);
    const metaAt = view.getUint32(6, true);
    if (metaAt !== 0) readMetadata(bytes, view, metaAt, b, file, diagnostics, false);
    if (tilesAt > bytes.length) {
      diagnostics.error(
        DiagnosticCode.LvlTruncated,
        `tile data should start at ${tilesAt} but the file has ${bytes.length} bytes; no tiles`,
        file,
      );
      return b.finish();
    }
  } else if (bytes.length >= 4 && view.getUint32(0, true) === ELVL_MAGIC) {
    const total = readMetadata(bytes, view, 0, b, file, diagnostics, true);
    if (total === undefined) return b.finish();
    tilesAt = total;
  }
  readTileRecords(bytes.subarray(tilesAt), b, file, diagnostics);
  if (b.overlapLimitHit) {
    diagnostics.warn(
      DiagnosticCode.LvlRegionOverlapLimit,
      "too many distinct region overlaps; some region tiles dropped",
      file,
    );
  }
  return b.finish();
}

/** Places tile records; a trailing partial record and records off the map are reported. */
export function readTileRecords(data: Uint8Array, b: LevelMapBuilder, file: string, diagnostics: DiagnosticList): void {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let bad = 0;
  const end = data.length - (data.length % 4);
  for (let off = 0; off < end; off += 4) {
    const r = view.getUint32(off, true);
    const x = r & 0xfff;
    const y = (r >>> 12) & 0xfff;
    const tile = r >>> 24;
    if (x >= MAP_SIZE || y >= MAP_SIZE) {
      bad++;
      continue;
    }
    if (tile === Tile.TurfFlag) b.flagCount++;
    const size = tileObjectSize(tile);
    for (let dy = 0; dy < size && y + dy < MAP_SIZE; dy++) {
      for (let dx = 0; dx < size && x + dx < MAP_SIZE; dx++) b.tiles[(y + dy) * MAP_SIZE + x + dx] = tile;
    }
  }
  if (bad > 0) diagnostics.warn(DiagnosticCode.LvlBadTile, `${bad} tile records lie outside the map; skipped`, file);
  if (end !== data.length) {
    diagnostics.error(
      DiagnosticCode.LvlTruncated,
      `tile data ends with ${data.length - end} stray bytes (file cut short?)`,
      file,
    );
  }
}

/**
 * Reads the metadata section at `at`. Returns its total size, or undefined when it is unusable.
 * `required` is true when the file claims to be metadata-first, so a bad header is an error.
 */
function readMetadata(
  bytes: Uint8Array,
  view: DataView,
  at: number,
  b: LevelMapBuilder,
  file: string,
  diagnostics: DiagnosticList,
  required: boolean,
): number | undefined {
  const ok = at + 12 <= bytes.length && view.getUint32(at, true) === ELVL_MAGIC;
  const total = ok ? view.getUint32(at + 4, true) : 0;
  if (!ok || total < 12 || at + total > bytes.length) {
    const why = !ok ? "no metadata header there" : `metadata of ${total} bytes does not fit`;
    if (required) diagnostics.error(DiagnosticCode.LvlTruncated, `extended lvl: ${why}; no tiles`, file);
    else
      diagnostics.warn(DiagnosticCode.LvlBadMetadata, `BMP header points at metadata at ${at}: ${why}; ignored`, file);
    return undefined;
  }
  const { chunks, clean } = readChunks(bytes.subarray(at + 12, at + total));
  if (!clean)
    diagnostics.warn(DiagnosticCode.LvlBadMetadata, "metadata chunks are damaged; read up to the damage", file);
  for (const c of chunks) metadataChunk(c, b, file, diagnostics);
  return total;
}

/** Splits a chunk sequence (u32 type, u32 size, data, padding to 4). `clean` is false if it ended early. */
export function readChunks(data: Uint8Array): { chunks: LvlChunk[]; clean: boolean } {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const chunks: LvlChunk[] = [];
  let off = 0;
  while (data.length - off >= 8) {
    const size = view.getUint32(off + 4, true);
    if (size > MAX_LVL_CHUNK || size + 8 > data.length - off) break;
    const type = Buffer.from(data.subarray(off, off + 4)).toString("latin1");
    chunks.push({ type, data: data.subarray(off + 8, off + 8 + size) });
    off += 8 + size + ((4 - (size & 3)) & 3);
  }
  return { chunks, clean: off === data.length };
}

function metadataChunk(c: LvlChunk, b: LevelMapBuilder, file: string, diagnostics: DiagnosticList): void {
  switch (c.type) {
    case "ATTR": {
      const text = Buffer.from(c.data).toString("latin1");
      const eq = text.indexOf("=");
      if (eq <= 0 || eq > 63)
        diagnostics.warn(DiagnosticCode.LvlBadMetadata, "ATTR chunk without KEY=value; ignored", file);
      else b.attributes.set(text.slice(0, eq).toUpperCase(), text.slice(eq + 1));
      break;
    }
    case "REGN":
      region(c.data, b, file, diagnostics);
      break;
    case "TSET":
      break;
    case "TILE":
      readTileRecords(c.data, b, file, diagnostics);
      break;
    default:
      b.chunks.push(c);
  }
}

function region(data: Uint8Array, b: LevelMapBuilder, file: string, diagnostics: DiagnosticList): void {
  const { chunks, clean } = readChunks(data);
  const nameChunk = chunks.find((c) => c.type === "rNAM");
  const name = nameChunk === undefined ? undefined : Buffer.from(nameChunk.data).toString("latin1");
  const label = name === undefined ? "unnamed region" : `region "${name}"`;
  if (!clean) diagnostics.warn(DiagnosticCode.LvlBadRegion, `${label}: sub-chunks are damaged`, file);
  if (name === undefined) {
    diagnostics.warn(DiagnosticCode.LvlBadRegion, "region without rNAM dropped", file);
    return;
  }
  let autoWarp: AutoWarp | undefined;
  const rest: LvlChunk[] = [];
  const has = (t: string) => chunks.some((c) => c.type === t);
  for (const c of chunks) {
    if (c.type === "rAWP") autoWarp = readAutoWarp(c.data, label, file, diagnostics) ?? autoWarp;
    else if (!["rNAM", "rTIL", "rBSE", "rNAW", "rNWP", "rNFL", "rNRA", "rNRW"].includes(c.type)) rest.push(c);
  }
  const addRow = b.addRegion({
    name,
    base: has("rBSE"),
    noAntiwarp: has("rNAW"),
    noWeapons: has("rNWP"),
    noFlagDrops: has("rNFL"),
    noReceiveAntiwarp: has("rNRA"),
    noReceiveWeapons: has("rNRW"),
    autoWarp,
    chunks: Object.freeze(rest),
  });
  for (const c of chunks) {
    if (c.type !== "rTIL") continue;
    const r = decodeRegionTiles(c.data, addRow);
    if (!r.ok)
      diagnostics.warn(
        DiagnosticCode.LvlBadRegion,
        `${label}: bad tile data (${r.reason}); kept the tiles before it`,
        file,
      );
  }
}

function readAutoWarp(
  data: Uint8Array,
  label: string,
  file: string,
  diagnostics: DiagnosticList,
): AutoWarp | undefined {
  if (data.length !== 4 && data.length !== 20) {
    diagnostics.warn(
      DiagnosticCode.LvlBadRegion,
      `${label}: rAWP of ${data.length} bytes (4 or 20 expected); ignored`,
      file,
    );
    return undefined;
  }
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const x = view.getInt16(0, true);
  const y = view.getInt16(2, true);
  if (data.length === 4) return { x, y };
  const raw = data.subarray(4, 20);
  const nul = raw.indexOf(0);
  const arena = Buffer.from(nul < 0 ? raw : raw.subarray(0, nul)).toString("latin1");
  return arena.length > 0 ? { x, y, arena } : { x, y };
}
