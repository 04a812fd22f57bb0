/** Map geometry and tile numbers (ASSS `mapdata.h`, files-and-settings.md §2). */

/** Maps are 1024 × 1024 tiles. */
export const MAP_SIZE = 1024;

/** Tile numbers with a meaning of their own. Ranges: 1–160 walls (20 = border), 162–165 vertical
 *  doors, 166–169 horizontal doors, 173–175 fly-over, 176–190 fly-under. */
export const Tile = {
  Empty: 0,
  FirstWall: 1,
  Border: 20,
  LastWall: 160,
  FirstVerticalDoor: 162,
  LastVerticalDoor: 165,
  FirstHorizontalDoor: 166,
  LastHorizontalDoor: 169,
  TurfFlag: 170,
  Safe: 171,
  Goal: 172,
  FirstFlyOver: 173,
  LastFlyOver: 175,
  FirstFlyUnder: 176,
  LastFlyUnder: 190,
  SmallAsteroid: 216,
  BigAsteroid: 217,
  SmallAsteroid2: 218,
  Station: 219,
  Wormhole: 220,
  Brick: 250,
} as const;
export type Tile = (typeof Tile)[keyof typeof Tile];

/** Cells covered by a big object placed at its top-left record (2×2, 6×6, 5×5); 1 for others. */
export function tileObjectSize(tile: number): number {
  if (tile === Tile.BigAsteroid) return 2;
  if (tile === Tile.Station) return 6;
  if (tile === Tile.Wormhole) return 5;
  return 1;
}

/** True for the tiles the map security checksum counts (walls and safe zones). */
export function isChecksumTile(tile: number): boolean {
  return (tile >= Tile.FirstWall && tile <= Tile.LastWall) || tile === Tile.Safe;
}
