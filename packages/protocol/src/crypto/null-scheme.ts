import { ClientType, type EncryptionScheme, type KeyExchangeAnswer, NULL_CIPHER } from "./encryption.js";

/**
 * The null scheme (encryption-vie.md §5): echoes the key, which VIE and Continuum clients both
 * read as "no encryption", and transforms nothing.
 */
export const NULL_SCHEME: EncryptionScheme = Object.freeze({
  name: "null",
  respond(clientKey: number, clientType: number): KeyExchangeAnswer | undefined {
    if (clientType !== ClientType.Vie && clientType !== ClientType.Continuum) return undefined;
    return { serverKey: clientKey | 0, cipher: NULL_CIPHER };
  },
});
