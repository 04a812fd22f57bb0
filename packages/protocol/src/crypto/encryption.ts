/**
 * The encryption contract. A connection's scheme is fixed by the key exchange (`00 01` /
 * `00 02`); afterwards every datagram except those two passes through its cipher, whole,
 * after all framing is built (encryption-vie.md §1, §4).
 */

import type { KeyExchangeError } from "./errors.js";

/**
 * Per-connection cipher, fixed after the key exchange. Transforms the first `len` bytes of a
 * datagram (default: all of it) in place and never changes its length; holds no state between
 * datagrams, so loss and reordering cannot desynchronise it. Never throws and never touches bytes
 * at or past `len` or `buf.length`.
 */
export interface PacketCipher {
  /** Scheme name: "vie", "null", or a plugged-in scheme's. */
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
  /**
   * Given the client's `00 01` key (i32) and client type (byte 6), returns the `00 02` reply key
   * and the cipher for the rest of the connection, or undefined if this scheme does not serve that
   * client (the server then sends nothing).
   */
  respond(clientKey: number, clientType: number): KeyExchangeAnswer | undefined;
}

/** Client side of one key exchange: the key to send in `00 01`, and how to read the `00 02`. */
export interface ClientKeyExchange {
  /** The key for `00 01` bytes 2..5 (i32). */
  readonly clientKey: number;
  /** Byte 6 of `00 01`. */
  readonly clientType: ClientType;
  /**
   * The cipher for the server's `00 02` key, or a KeyExchangeError when that key can belong to no
   * scheme this client speaks (the reply is then from a confused or hostile peer).
   */
  accept(serverKey: number): PacketCipher | KeyExchangeError;
}

/** No transform: the null scheme's cipher, and VIE's with key 0. */
export const NULL_CIPHER: PacketCipher = Object.freeze({
  name: "null",
  encrypt: () => undefined,
  decrypt: () => undefined,
});
