/**
 * The bot's answer to a keyed `0x18` (login-and-arena.md §9): the settings checksum over the
 * `0x0F` bytes as received, the VIE EXE checksum, and the map checksum once the map was
 * downloaded (0 before, which servers only log).
 */
import { mapSecurityChecksum, settingsChecksum, type TileAt, vieExeChecksum } from "../crypto/index.js";
import { levelTiles } from "./map.js";
import { securityResponsePacket } from "./packets.js";

export class SecurityAnswers {
  private settings: Uint8Array | undefined;
  private map: Uint8Array | undefined;
  private tiles: TileAt | undefined;

  /** Keeps a copy of the latest `0x0F` exactly as it arrived. */
  rememberSettings(raw: Uint8Array): void {
    this.settings = new Uint8Array(raw);
  }

  /** The inflated .lvl; its tiles are read on the first keyed request. */
  rememberMap(lvl: Uint8Array): void {
    this.map = lvl;
    this.tiles = undefined;
  }

  /** The 40-byte C2S `0x1A` for `key`. */
  answer(key: number, weaponCount: number): Uint8Array {
    if (this.map && !this.tiles) this.tiles = levelTiles(this.map);
    return securityResponsePacket({
      settings: this.settings ? settingsChecksum(this.settings, key) : 0,
      exe: vieExeChecksum(key),
      map: this.tiles ? mapSecurityChecksum(this.tiles, key) : 0,
      weaponCount,
    });
  }
}
