import { zonebus } from "@zonebus/proto";
import { C2SCodecs, type C2SFileRequest, MAX_MAP_FILES, S2CCodecs, S2CType } from "@zonebus/protocol";
import { DownloadResult, type DownloadThrottle } from "@zonebus/runtime";
import type { ArenaContent, DownloadFile } from "@zonebus/zone";

const { MapInfo: s2cMapInfo } = S2CCodecs;
const { FileRequest: c2sFileRequest } = C2SCodecs;

/**
 * Whether a player gets `0x29` as a file list (1 + 24·n bytes: the map, then the LVZ files) and may
 * ask for a file by index: Continuum, and clients that asked for all LVZ with the `0x01` optional
 * graphics byte; other VIE clients get the 21-byte form with the map only (files-and-settings.md §3).
 */
export function getsFileList(info: zonebus.IPlayerInfo): boolean {
  return info.clientKind === zonebus.ClientKind.CLIENT_KIND_CONTINUUM || info.optionalGraphics === true;
}

/** The files a player's `0x29` lists, in order; a `0x0C` index points into it. */
export function listedFiles(content: ArenaContent, info: zonebus.IPlayerInfo): readonly DownloadFile[] {
  if (!getsFileList(info))
    return [{ name: content.map.name, crc32: content.map.crc32, downloadPacket: content.map.downloadPacket }];
  return content.downloads(info.optionalGraphics === true).slice(0, MAX_MAP_FILES);
}

/** S2C `0x29` for this player, in the form its client reads. */
export function mapInfoFor(content: ArenaContent, info: zonebus.IPlayerInfo): Uint8Array {
  if (!getsFileList(info))
    return s2cMapInfo.encode({ type: S2CType.MapInfo, name: content.map.name, crc32: content.map.crc32 });
  const files = listedFiles(content, info).map((f) => ({
    name: f.name,
    crc32: f.crc32,
    size: f.downloadPacket.length,
  }));
  return s2cMapInfo.encode({ type: S2CType.MapInfo, files });
}

/**
 * The `0x2A` packet a C2S `0x0C` asks for: without an index the map; with one, that file of the
 * player's `0x29` list. Undefined for an index the list does not have.
 */
export function requestedFile(
  content: ArenaContent,
  info: zonebus.IPlayerInfo,
  request: C2SFileRequest,
): Uint8Array | undefined {
  const index = request.fileIndex ?? 0;
  return listedFiles(content, info)[index]?.downloadPacket;
}

/**
 * Answers a C2S `0x0C` within the player's download limits: the `0x2A` packet to stream, or
 * undefined for a malformed request, an index the list does not have, or one over the limits
 * (counted and logged by the throttle).
 */
export function answerFileRequest(
  content: ArenaContent,
  player: { readonly pid: number; readonly info: zonebus.IPlayerInfo },
  data: Uint8Array,
  throttle: DownloadThrottle,
  now: number,
): Uint8Array | undefined {
  const res = c2sFileRequest.decode(data);
  if (!res.ok) return undefined;
  const file = requestedFile(content, player.info, res.packet);
  const index = res.packet.fileIndex ?? 0;
  return throttle.admit(player.pid, file ? index : undefined, now) === DownloadResult.Sent ? file : undefined;
}
