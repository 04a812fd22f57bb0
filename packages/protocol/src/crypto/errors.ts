/** Errors of the encryption and checksum area; each carries a stable `code`. */

export const CryptoErrorCode = {
  /** The `00 02` key is neither the key the client sent (no encryption) nor its negation (VIE). */
  KeyMismatch: "CRYPTO_KEY_MISMATCH",
} as const;
export type CryptoErrorCode = (typeof CryptoErrorCode)[keyof typeof CryptoErrorCode];

/** A key exchange that cannot be completed; returned, not thrown, since the key comes from the peer. */
export class KeyExchangeError extends Error {
  override readonly name = "KeyExchangeError";
  readonly code: CryptoErrorCode = CryptoErrorCode.KeyMismatch;

  constructor(
    readonly sentKey: number,
    readonly receivedKey: number,
  ) {
    super(`server answered key ${receivedKey} to client key ${sentKey}: neither the key nor its negation`);
  }
}
