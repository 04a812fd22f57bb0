import { type EncryptionScheme, type KeyExchangeAnswer, NULL_CIPHER, type PacketCipher } from "./encryption.js";

/** Words in the VIE key table: 520 bytes, enough for any datagram up to 520 bytes. */
export const VIE_TABLE_WORDS = 130;

/** Server key for a client key: two's-complement negation, wrapping (encryption-vie.md §2). */
export function vieServerKey(clientKey: number): number {
  return -clientKey | 0;
}

/** Builds the 130-word key table from a server key exactly as ASSS's `do_init` (§3). */
export function vieTable(serverKey: number): Uint32Array {
  const halves = new Uint16Array(VIE_TABLE_WORDS * 2);
  let k = serverKey | 0;
  for (let i = 0; i < halves.length; i++) {
    // 64-bit signed product with the unsigned constant, arithmetic shift by 48, then i32.
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

function readWord(buf: Uint8Array, off: number, end: number): number {
  if (off + 4 <= end) return (buf[off]! | (buf[off + 1]! << 8) | (buf[off + 2]! << 16) | (buf[off + 3]! << 24)) >>> 0;
  // The last, partial word reads as if zero-padded (padding never changes the kept bytes).
  let w = 0;
  for (let i = 0; off + i < end; i++) w |= buf[off + i]! << (8 * i);
  return w >>> 0;
}

function writeWord(buf: Uint8Array, off: number, end: number, w: number): void {
  for (let i = 0; i < 4 && off + i < end; i++) buf[off + i] = (w >>> (8 * i)) & 0xff;
}

/** VIE encryption of one connection: a chained XOR over 32-bit words (§4). */
export class VieCipher implements PacketCipher {
  readonly name = "vie";
  private readonly table: Uint32Array;

  constructor(readonly serverKey: number) {
    this.table = vieTable(serverKey);
  }

  encrypt(buf: Uint8Array, len = buf.length): void {
    const end = Math.min(len, buf.length);
    let work = this.serverKey >>> 0;
    for (let off = buf[0] === 0 ? 2 : 1, j = 0; off < end && j < VIE_TABLE_WORDS; off += 4, j++) {
      work = (readWord(buf, off, end) ^ this.table[j]! ^ work) >>> 0;
      writeWord(buf, off, end, work);
    }
  }

  decrypt(buf: Uint8Array, len = buf.length): void {
    const end = Math.min(len, buf.length);
    let work = this.serverKey >>> 0;
    for (let off = buf[0] === 0 ? 2 : 1, j = 0; off < end && j < VIE_TABLE_WORDS; off += 4, j++) {
      const c = readWord(buf, off, end);
      writeWord(buf, off, end, (this.table[j]! ^ work ^ c) >>> 0);
      work = c;
    }
  }
}

/** The cipher for a server key: none for key 0. */
export function vieCipher(serverKey: number): PacketCipher {
  return (serverKey | 0) === 0 ? NULL_CIPHER : new VieCipher(serverKey | 0);
}

/**
 * Server side of VIE: answers VIE clients (type 0x01) with the negated key. Client key
 * 0x80000000 negates to itself, which clients read as "no encryption"; it gets the echo and
 * no encryption, so both ends agree (§2 edge cases).
 */
export const VIE_SCHEME: EncryptionScheme = {
  name: "vie",
  respond(clientKey: number, clientType: number): KeyExchangeAnswer | undefined {
    if (clientType !== 0x01) return undefined;
    const serverKey = vieServerKey(clientKey);
    if (serverKey === (clientKey | 0)) return { serverKey, cipher: NULL_CIPHER };
    return { serverKey, cipher: vieCipher(serverKey) };
  },
};

/** Client side: the cipher to use after `00 02` (an echoed key means no encryption). */
export function vieClientCipher(sentKey: number, receivedKey: number): PacketCipher {
  return (sentKey | 0) === (receivedKey | 0) ? NULL_CIPHER : vieCipher(receivedKey);
}

/** A client key as zero picks it: random and negative, so the server key is positive. */
export function randomVieClientKey(random: () => number = Math.random): number {
  return (Math.floor(random() * 0x7fffffff) + 1) * -1;
}
