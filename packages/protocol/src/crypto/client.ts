import { randomInt } from "node:crypto";
import { type ClientKeyExchange, ClientType, NULL_CIPHER, type PacketCipher } from "./encryption.js";
import { KeyExchangeError } from "./errors.js";
import { vieCipher, vieServerKey } from "./vie.js";

export interface ClientKeyOptions {
  /** Send exactly this key; 0 asks for no encryption (loadgen's habit). Default: a random key. */
  readonly clientKey?: number;
  /** Source of the random key, an integer in [0, bound); default node:crypto's randomInt. */
  readonly randomBelow?: (bound: number) => number;
}

/**
 * The client side of a VIE key exchange, as bots and servers acting as clients speak it (§2, §7).
 * The default key is random and negative, as zero picks it: the server key is then positive, which
 * every known table implementation agrees on, and 0x80000000 (which negates to itself) is avoided.
 * The reply is accepted when it echoes the key (no encryption) or negates it (VIE with that key).
 */
export function clientKeyExchange(options: ClientKeyOptions = {}): ClientKeyExchange {
  const randomBelow = options.randomBelow ?? randomInt;
  const clientKey = (options.clientKey ?? -(randomBelow(0x7fffffff) + 1)) | 0;
  return Object.freeze({
    clientKey,
    clientType: ClientType.Vie,
    accept(serverKey: number): PacketCipher | KeyExchangeError {
      const key = serverKey | 0;
      if (key === clientKey) return NULL_CIPHER;
      if (key === vieServerKey(clientKey)) return vieCipher(key);
      return new KeyExchangeError(clientKey, key);
    },
  });
}
