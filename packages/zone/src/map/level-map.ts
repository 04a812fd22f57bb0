import { mapSecurityChecksum } from "../checksums.js";
import { MAP_SIZE, Tile } from "./tiles.js";

/** One chunk of extended-lvl metadata kept as raw bytes (types the server does not interpret). */
export interface LvlChunk {
  /** Four ASCII characters, e.g. `rPYC`. */
  readonly type: string;
  readonly data: Uint8Array;
}

/** Where an auto-warp region sends players (tiles; 0 = arena default, −1 = keep current). */
export interface AutoWarp {
  readonly x: number;
  readonly y: number;
  /** Destination arena, when the warp changes arena. */
  readonly arena?: string;
}

/** A named region of an extended lvl. */
export interface Region {
  readonly name: string;
  /** Position in {@link LevelMap.regions}. */
  readonly index: number;
  /** Number of tiles in the region. */
  readonly tileCount: number;
  /** `rBSE`: a base, for flag games. */
  readonly base: boolean;
  /** `rNAW`: antiwarp does not work inside. */
  readonly noAntiwarp: boolean;
  /** `rNWP`: weapons do not work inside. */
  readonly noWeapons: boolean;
  /** `rNFL`: flags dropped inside respawn elsewhere. */
  readonly noFlagDrops: boolean;
  /** `rNRA`: players inside are not affected by others' antiwarp. */
  readonly noReceiveAntiwarp: boolean;
  /** `rNRW`: players inside receive no weapons. */
  readonly noReceiveWeapons: boolean;
  readonly autoWarp: AutoWarp | undefined;
  /** Sub-chunks not interpreted here (e.g. `rPYC`), for modules that want them. */
  readonly chunks: readonly LvlChunk[];
}

/** Most distinct sets of overlapping regions one map may hold (the per-tile index is 16-bit). */
export const MAX_REGION_SETS = 0xffff;

const NO_REGIONS: readonly Region[] = Object.freeze([]);

/**
 * A loaded map: the 1024×1024 tile grid (big objects expanded), regions with a per-tile index
 * so "which regions contain this tile" is one array read, flag count, attributes and raw chunks.
 */
export class LevelMap {
  constructor(
    private readonly tiles: Uint8Array,
    /** Regions in file order. */
    readonly regions: readonly Region[],
    private readonly regionIndex: Uint16Array | undefined,
    private readonly regionSets: readonly (readonly Region[])[],
    /** Number of turf-flag (170) tile records. */
    readonly flagCount: number,
    /** `ATTR` chunks, keys upper-cased (NAME, VERSION, ZONE, MAPCREATOR, …). */
    readonly attributes: ReadonlyMap<string, string>,
    /** Metadata chunks not interpreted here. */
    readonly chunks: readonly LvlChunk[],
  ) {}

  /** The tile at (x, y); 0 outside the map. */
  tileAt(x: number, y: number): number {
    if (x < 0 || y < 0 || x >= MAP_SIZE || y >= MAP_SIZE) return Tile.Empty;
    return this.tiles[y * MAP_SIZE + x]!;
  }

  /** The regions containing (x, y), in file order; the same frozen array for equal sets. */
  regionsAt(x: number, y: number): readonly Region[] {
    if (this.regionIndex === undefined || x < 0 || y < 0 || x >= MAP_SIZE || y >= MAP_SIZE) return NO_REGIONS;
    return this.regionSets[this.regionIndex[y * MAP_SIZE + x]!] ?? NO_REGIONS;
  }

  /** True when `region` contains (x, y). */
  contains(region: Region, x: number, y: number): boolean {
    return this.regionsAt(x, y).includes(region);
  }

  /** The first region with this name, ignoring case. */
  regionByName(name: string): Region | undefined {
    const n = name.toLowerCase();
    return this.regions.find((r) => r.name.toLowerCase() === n);
  }

  /** The map security checksum for `key` (login-and-arena.md §9), as ASSS computes it. */
  securityChecksum(key: number): number {
    return mapSecurityChecksum(this.tiles, key);
  }

  /** Number of non-empty tiles (after big objects are expanded). */
  countTiles(): number {
    let n = 0;
    const t = this.tiles;
    for (let i = 0; i < t.length; i++) if (t[i] !== 0) n++;
    return n;
  }
}

/** A region as parsed, before its tiles are placed. */
export interface RegionSpec extends Omit<Region, "index" | "tileCount"> {}

/** Accumulates tiles and regions, then freezes them into a {@link LevelMap}. */
export class LevelMapBuilder {
  readonly tiles = new Uint8Array(MAP_SIZE * MAP_SIZE);
  flagCount = 0;
  readonly attributes = new Map<string, string>();
  readonly chunks: LvlChunk[] = [];
  private readonly regions: { -readonly [K in keyof Region]: Region[K] }[] = [];
  private index: Uint16Array | undefined;
  private readonly sets: Region[][] = [[]];
  private readonly setIds = new Map<string, number>();
  /** Set to true when a region could not be indexed because {@link MAX_REGION_SETS} was reached. */
  overlapLimitHit = false;

  /** Adds a region; returns a function that adds one tile row to it. */
  addRegion(spec: RegionSpec): (y: number, present: Uint8Array) => void {
    const region = { ...spec, index: this.regions.length, tileCount: 0 };
    this.regions.push(region);
    // Per region, each old set maps to one new set: cache that step instead of re-keying every tile.
    const step = new Map<number, number>();
    let lastOld = -1;
    let lastNext = -1;
    return (y, present) => {
      this.index ??= new Uint16Array(MAP_SIZE * MAP_SIZE);
      const index = this.index;
      for (let x = 0; x < MAP_SIZE; x++) {
        if (present[x] === 0) continue;
        const at = y * MAP_SIZE + x;
        const old = index[at]!;
        // Neighbouring tiles mostly share a set: try the last step before the map.
        let next = old === lastOld ? lastNext : step.get(old);
        if (next === undefined) {
          next = this.setWith(old, region);
          step.set(old, next);
        }
        lastOld = old;
        lastNext = next;
        if (next !== old) {
          index[at] = next;
          region.tileCount++;
        }
      }
    };
  }

  private setWith(old: number, region: Region): number {
    const members = this.sets[old]!;
    if (members.includes(region)) return old;
    const grown = [...members, region];
    const key = grown.map((r) => r.index).join(",");
    const known = this.setIds.get(key);
    if (known !== undefined) return known;
    if (this.sets.length >= MAX_REGION_SETS) {
      this.overlapLimitHit = true;
      return old;
    }
    this.sets.push(grown);
    this.setIds.set(key, this.sets.length - 1);
    return this.sets.length - 1;
  }

  finish(): LevelMap {
    const regions = this.regions.map((r) => Object.freeze(r));
    const sets = this.sets.map((s) => Object.freeze(s.map((r) => regions[r.index]!)));
    return new LevelMap(
      this.tiles,
      Object.freeze(regions),
      this.index,
      Object.freeze(sets),
      this.flagCount,
      this.attributes,
      Object.freeze([...this.chunks]),
    );
  }
}
