/**
 * The encryption contract. A connection's scheme is fixed by the key exchange (`00 01` /
 * `00 02`); afterwards every datagram except those two passes through its cipher, whole,
 * after all framing is built (encryption-vie.md §1, §4).
 */

/** Per-connection cipher; transforms a datagram in place, never changing its length. */
export interface PacketCipher {
  readonly name: string;
  encrypt(buf: Uint8Array, len?: number): void;
  decrypt(buf: Uint8Array, len?: number): void;
}

/** Client type byte of `00 01` (byte 6). */
export const ClientType = { Vie: 0x01, Continuum: 0x11 } as const;
export type ClientType = (typeof ClientType)[keyof typeof ClientType];

/** What a scheme answers to a `00 01`: the key for `00 02` and the cipher to use from now on. */
export interface KeyExchangeAnswer {
  readonly serverKey: number;
  readonly cipher: PacketCipher;
}

/** A server-side encryption scheme (VIE, null, or a native Continuum module plugged in). */
export interface EncryptionScheme {
  readonly name: string;
  /** Answers a `00 01` with this client key and type, or undefined if the scheme does not serve it. */
  respond(clientKey: number, clientType: number): KeyExchangeAnswer | undefined;
}

/** No transform: the null scheme's cipher, and VIE's with key 0. */
export const NULL_CIPHER: PacketCipher = Object.freeze({
  name: "null",
  encrypt: () => undefined,
  decrypt: () => undefined,
});
