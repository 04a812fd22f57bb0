/** Arena entry and leaving, and the arena list (login-and-arena.md §6–§7, gameplay.md §13). */
import type { LayoutCodec, PacketOf } from "../codec.js";
import { Reader, Writer } from "../dsl/cursor.js";
import { constant, cstr, i8, i16, i32, list, str, struct, u8 } from "../dsl/fields.js";
import { checkRoom, checkTypeByte, failure, layout } from "../dsl/layout.js";
import { GameEncodeError } from "../errors.js";
import { S2CType } from "../packet-types.js";

/** `0x01`, 3 bytes: your player id (also sent to push a player out of a recycled arena). */
export const s2cWhoAmI = layout(S2CType.WhoAmI, "S2CWhoAmI", [["playerId", i16]]);
export type S2CWhoAmI = PacketOf<typeof s2cWhoAmI>;

/** `0x02`, 1 byte: the arena-entry burst is complete. */
export const s2cEnteringComplete = layout(S2CType.EnteringComplete, "S2CEnteringComplete", []);
export type S2CEnteringComplete = PacketOf<typeof s2cEnteringComplete>;

/** `0x04`, 3 bytes. */
export const s2cPlayerLeaving = layout(S2CType.PlayerLeaving, "S2CPlayerLeaving", [["playerId", i16]]);
export type S2CPlayerLeaving = PacketOf<typeof s2cPlayerLeaving>;

export const PLAYER_RECORD_LENGTH = 64;
/** Records in one `0x03`: more than a zone's players would be a malformed packet. */
export const MAX_PLAYER_RECORDS = 512;

const PLAYER_RECORD_FIELDS = [
  /** 0..7, 8 = spectator. */
  ["ship", i8],
  ["acceptsAudio", u8],
  /** NUL-padded, not necessarily terminated. */
  ["name", str(20)],
  ["squad", str(20)],
  ["killPoints", i32],
  ["flagPoints", i32],
  ["playerId", i16],
  ["freq", i16],
  ["kills", i16],
  ["deaths", i16],
  /** The pid this one is attached to as a turret, −1 = none. */
  ["attachedTo", i16],
  ["flagsCarried", i16],
  /** 0x01 has a crown (KOTH); 0x02 "send damage". */
  ["miscBits", u8],
] as const;

// Each record starts with its own 0x03, so the packet's type byte is the first record's marker.
const playerRecords = list(struct([["marker", constant(S2CType.PlayerEntering)], ...PLAYER_RECORD_FIELDS]), {
  min: 1,
  max: MAX_PLAYER_RECORDS,
});

/** One player as `0x03` describes him. */
export type PlayerRecord = ReturnType<typeof playerRecords.read>[number];

/** `0x03`: one or more 64-byte player records (SS .NET may concatenate several). */
export interface S2CPlayerEntering {
  type: typeof S2CType.PlayerEntering;
  players: PlayerRecord[];
}

function playersLength(p: S2CPlayerEntering): number {
  const n = p.players.length;
  if (n === 0 || n > MAX_PLAYER_RECORDS)
    throw new GameEncodeError("S2CPlayerEntering", `needs 1..${MAX_PLAYER_RECORDS} players, got ${n}`);
  return n * PLAYER_RECORD_LENGTH;
}

function encodePlayersInto(p: S2CPlayerEntering, out: Uint8Array, offset: number): number {
  const length = playersLength(p);
  checkRoom("S2CPlayerEntering", out, offset, length);
  playerRecords.write(new Writer(out, offset), p.players);
  return length;
}

export const s2cPlayerEntering: LayoutCodec<S2CPlayerEntering> = {
  type: S2CType.PlayerEntering,
  name: "S2CPlayerEntering",
  fields: [["players", playerRecords.spec]],
  maxLength: PLAYER_RECORD_LENGTH * MAX_PLAYER_RECORDS,
  decode(buf) {
    const bad = checkTypeByte(buf, S2CType.PlayerEntering);
    if (bad) return bad;
    const r = new Reader(buf, 0, buf.length);
    const players = playerRecords.read(r);
    if (r.error !== undefined) return failure(r.error, S2CType.PlayerEntering, r.detail);
    return { ok: true, packet: { type: S2CType.PlayerEntering, players } };
  },
  encodedLength: playersLength,
  encodeInto: encodePlayersInto,
  encode(p) {
    const out = new Uint8Array(playersLength(p));
    encodePlayersInto(p, out, 0);
    return out;
  },
};

export const MAX_ARENA_NAME_BYTES = 32;
/** Arenas in one `0x2F` (ASSS stops before 506 bytes; other servers may send more). */
export const MAX_ARENA_LIST_ENTRIES = 256;

/**
 * `0x2F`: repeated NUL-terminated arena name and i16 player count; a negative count marks the
 * arena the receiving player is in (its player count is the absolute value).
 */
export const s2cArenaList = layout(S2CType.ArenaList, "S2CArenaList", [
  [
    "arenas",
    list(
      struct([
        ["name", cstr(MAX_ARENA_NAME_BYTES)],
        ["count", i16],
      ]),
      { max: MAX_ARENA_LIST_ENTRIES },
    ),
  ],
]);
export type S2CArenaList = PacketOf<typeof s2cArenaList>;
