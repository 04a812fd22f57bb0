/**
 * VIE encryption (encryption-vie.md §2–§4): the key negation of the exchange, the key table, and
 * the per-datagram chained XOR, as SubSpace 1.34 and bots speak it.
 */
import {
  ClientType,
  type EncryptionScheme,
  type KeyExchangeAnswer,
  NULL_CIPHER,
  type PacketCipher,
} from "./encryption.js";

/** Words in the VIE key table (520 bytes): one per 4 datagram bytes after the clear type byte(s). */
export const VIE_TABLE_WORDS = 130;

/**
 * Below this length the cipher reads and writes bytes directly; from it on it uses a `DataView`,
 * which is faster per word but costs a buffer check per call (crypto.bench.ts measures both).
 */
const DATAVIEW_MIN_LENGTH = 48;

const EMPTY_VIEW = new DataView(new ArrayBuffer(0));

/** Server key for a client key: two's-complement negation, wrapping (0x80000000 stays itself). */
export function vieServerKey(clientKey: number): number {
  return -clientKey | 0;
}

/** Builds the 130-word key table from a server key exactly as ASSS's `do_init` (§3). */
export function vieTable(serverKey: number): Uint32Array {
  const halves = new Uint16Array(VIE_TABLE_WORDS * 2);
  let k = serverKey | 0;
  for (let i = 0; i < halves.length; i++) {
    // 64-bit signed product with the unsigned constant, arithmetic shift by 48, then i32. Only the
    // first step can see a negative k; BigInt keeps it exact where doubles would round.
    let t = Number(BigInt.asIntN(32, (BigInt(k) * 0x834e0b5fn) >> 48n));
    t = (t + (t >> 31)) | 0;
    k = ((k % 127773) * 16807 - t * 2836 + 123) | 0;
    if (k <= 0) k = (k + 0x7fffffff) | 0;
    halves[i] = k & 0xffff;
  }
  const table = new Uint32Array(VIE_TABLE_WORDS);
  for (let j = 0; j < VIE_TABLE_WORDS; j++) table[j] = (halves[2 * j]! | (halves[2 * j + 1]! << 16)) >>> 0;
  return table;
}

/** Reads the last, partial word (1–3 bytes) as if zero-padded; padding never reaches kept bytes. */
function readTail(buf: Uint8Array, off: number, rest: number): number {
  let w = buf[off]!;
  if (rest > 1) w |= buf[off + 1]! << 8;
  if (rest > 2) w |= buf[off + 2]! << 16;
  return w;
}

function writeTail(buf: Uint8Array, off: number, rest: number, w: number): void {
  buf[off] = w;
  if (rest > 1) buf[off + 1] = w >>> 8;
  if (rest > 2) buf[off + 2] = w >>> 16;
}

/**
 * VIE cipher of one connection. The work value restarts at the server key for every datagram, so
 * datagrams may be processed in any order. Bytes past 520 after the type byte(s) are left as they
 * are: the table ends there, and no legal datagram (at most 512 bytes) reaches it.
 */
export class VieCipher implements PacketCipher {
  readonly name = "vie";
  readonly serverKey: number;
  private readonly table: Uint32Array;
  /** View over the last buffer seen; transports reuse their buffers, so it is rarely rebuilt. */
  private view: DataView = EMPTY_VIEW;

  constructor(serverKey: number) {
    this.serverKey = serverKey | 0;
    this.table = vieTable(this.serverKey);
  }

  encrypt(buf: Uint8Array, len: number = buf.length): void {
    const start = buf[0] === 0 ? 2 : 1;
    const end = Math.min(len, buf.length, start + 4 * VIE_TABLE_WORDS);
    const table = this.table;
    let work = this.serverKey;
    let off = start;
    let j = 0;
    if (end < DATAVIEW_MIN_LENGTH) {
      for (; off + 4 <= end; off += 4, j++) {
        work ^= (buf[off]! | (buf[off + 1]! << 8) | (buf[off + 2]! << 16) | (buf[off + 3]! << 24)) ^ table[j]!;
        buf[off] = work;
        buf[off + 1] = work >>> 8;
        buf[off + 2] = work >>> 16;
        buf[off + 3] = work >>> 24;
      }
    } else {
      const view = this.viewOf(buf);
      const base = buf.byteOffset;
      for (; off + 4 <= end; off += 4, j++) {
        work ^= view.getInt32(base + off, true) ^ table[j]!;
        view.setInt32(base + off, work, true);
      }
    }
    const rest = end - off;
    if (rest > 0) writeTail(buf, off, rest, work ^ readTail(buf, off, rest) ^ table[j]!);
  }

  decrypt(buf: Uint8Array, len: number = buf.length): void {
    const start = buf[0] === 0 ? 2 : 1;
    const end = Math.min(len, buf.length, start + 4 * VIE_TABLE_WORDS);
    const table = this.table;
    let work = this.serverKey;
    let off = start;
    let j = 0;
    if (end < DATAVIEW_MIN_LENGTH) {
      for (; off + 4 <= end; off += 4, j++) {
        const c = buf[off]! | (buf[off + 1]! << 8) | (buf[off + 2]! << 16) | (buf[off + 3]! << 24);
        const p = c ^ work ^ table[j]!;
        buf[off] = p;
        buf[off + 1] = p >>> 8;
        buf[off + 2] = p >>> 16;
        buf[off + 3] = p >>> 24;
        work = c;
      }
    } else {
      const view = this.viewOf(buf);
      const base = buf.byteOffset;
      for (; off + 4 <= end; off += 4, j++) {
        const c = view.getInt32(base + off, true);
        view.setInt32(base + off, c ^ work ^ table[j]!, true);
        work = c;
      }
    }
    const rest = end - off;
    if (rest > 0) writeTail(buf, off, rest, work ^ readTail(buf, off, rest) ^ table[j]!);
  }

  private viewOf(buf: Uint8Array): DataView {
    if (this.view.buffer !== buf.buffer) this.view = new DataView(buf.buffer);
    return this.view;
  }
}

/** The cipher for a server key: VIE, or no transform for key 0. */
export function vieCipher(serverKey: number): PacketCipher {
  return (serverKey | 0) === 0 ? NULL_CIPHER : new VieCipher(serverKey);
}

/**
 * Server side of VIE: answers VIE clients (type 0x01) with the negated key. Client key
 * 0x80000000 negates to itself, which clients read as "no encryption" while ASSS would encrypt;
 * it gets the echo and no encryption, so both ends agree (§2 edge cases).
 */
export const VIE_SCHEME: EncryptionScheme = Object.freeze({
  name: "vie",
  respond(clientKey: number, clientType: number): KeyExchangeAnswer | undefined {
    if (clientType !== ClientType.Vie) return undefined;
    const serverKey = vieServerKey(clientKey);
    return { serverKey, cipher: serverKey === (clientKey | 0) ? NULL_CIPHER : vieCipher(serverKey) };
  },
});
