/** Settings, map information, map/news/file data and upload requests (files-and-settings.md). */
import type { DecodeResult, PacketCodec, PacketOf } from "../codec.js";
import { bytes, list, rest, str, struct, u32 } from "../dsl/fields.js";
import { checkTypeByte, layout } from "../dsl/layout.js";
import { S2CType } from "../packet-types.js";

export const SETTINGS_LENGTH = 1428;

/** `0x0F`, 1428 bytes; the body after the type byte is built elsewhere from the arena config. */
export const s2cSettings = layout(S2CType.Settings, "S2CSettings", [["body", bytes(SETTINGS_LENGTH - 1)]]);
export type S2CSettings = PacketOf<typeof s2cSettings>;

/**
 * `0x10`: a file streamed to the client. News: empty name and zlib-compressed news.txt; other
 * files: their name and raw bytes.
 */
export const s2cIncomingFile = layout(S2CType.IncomingFile, "S2CIncomingFile", [
  ["name", str(16)],
  ["data", rest()],
]);
export type S2CIncomingFile = PacketOf<typeof s2cIncomingFile>;

/** `0x2A`: map (zlib-compressed .lvl) or LVZ data, streamed. */
export const s2cMapData = layout(S2CType.MapData, "S2CMapData", [
  ["name", str(16)],
  ["data", rest()],
]);
export type S2CMapData = PacketOf<typeof s2cMapData>;

/** `0x19`, 273 bytes: asks the client to upload a file (answered by C2S `0x16`). */
export const s2cRequestFile = layout(S2CType.RequestFile, "S2CRequestFile", [
  ["path", str(256)],
  ["name", str(16)],
]);
export type S2CRequestFile = PacketOf<typeof s2cRequestFile>;

/** The map plus at most 16 LVZ files. */
export const MAX_MAP_FILES = 17;

/** `0x29` for VIE clients, 21 bytes: the map's name and CRC-32. */
export const s2cMapInfoVie = layout(S2CType.MapInfo, "S2CMapInfo", [
  ["name", str(16)],
  ["crc32", u32],
]);

/** `0x29` for Continuum (and VIE bots that asked for LVZ), 1 + 24n bytes: the map first. */
export const s2cMapInfoContinuum = layout(S2CType.MapInfo, "S2CMapInfo", [
  [
    "files",
    list(
      struct([
        ["name", str(16)],
        /** CRC-32 of the whole uncompressed file. */
        ["crc32", u32],
        /** Length of the `0x2A` packet the client will receive, header included. */
        ["size", u32],
      ]),
      { min: 1, max: MAX_MAP_FILES },
    ),
  ],
]);

/** Either form of `0x29`; a packet with `files` is the Continuum form. */
export type S2CMapInfo = PacketOf<typeof s2cMapInfoVie> | PacketOf<typeof s2cMapInfoContinuum>;

const VIE_MAP_INFO_LENGTH = 21;

export const s2cMapInfo: PacketCodec<S2CMapInfo> = {
  type: S2CType.MapInfo,
  name: "S2CMapInfo",
  decode(buf): DecodeResult<S2CMapInfo> {
    const bad = checkTypeByte(buf, S2CType.MapInfo);
    if (bad) return bad;
    return buf.length === VIE_MAP_INFO_LENGTH ? s2cMapInfoVie.decode(buf) : s2cMapInfoContinuum.decode(buf);
  },
  encodedLength: (p) => ("files" in p ? s2cMapInfoContinuum.encodedLength(p) : s2cMapInfoVie.encodedLength(p)),
  encodeInto: (p, out, offset) =>
    "files" in p ? s2cMapInfoContinuum.encodeInto(p, out, offset) : s2cMapInfoVie.encodeInto(p, out, offset),
  encode: (p) => ("files" in p ? s2cMapInfoContinuum.encode(p) : s2cMapInfoVie.encode(p)),
};
