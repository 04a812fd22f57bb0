/**
 * Checksums over zone content (files-and-settings.md §6): the protocol library's, with the map
 * checksum read from this package's row-major tile grid.
 */
import { mapSecurityChecksum as checksumOfTiles, crc32, settingsChecksum } from "@zonebus/protocol";
import { MAP_SIZE } from "./map/tiles.js";

export { crc32, settingsChecksum };

/** The map security checksum (login-and-arena.md §9) over a row-major 1024×1024 tile grid. */
export function mapSecurityChecksum(tiles: Uint8Array, key: number): number {
  return checksumOfTiles((x, y) => tiles[y * MAP_SIZE + x]!, key);
}
