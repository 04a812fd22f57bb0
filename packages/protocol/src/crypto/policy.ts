import { ClientType, type EncryptionScheme, type KeyExchangeAnswer } from "./encryption.js";
import { NULL_SCHEME } from "./null-scheme.js";
import { VIE_SCHEME } from "./vie.js";

/** Which clients a listen port serves, and how (encryption-vie.md §1). */
export interface SchemePolicy {
  /** Serve VIE clients (type 0x01) with VIE encryption. Default true (ASSS `Listen:AllowVIE`). */
  readonly allowVie?: boolean;
  /**
   * Serve Continuum clients (type 0x11) without encryption, through the null scheme, when no
   * native Continuum scheme answers. Default true: stock Continuum connects, unencrypted.
   */
  readonly allowUnencryptedContinuum?: boolean;
  /** A native Continuum scheme, if one is plugged in; asked first for type 0x11. */
  readonly continuum?: EncryptionScheme;
}

/**
 * The zone's answer to a key exchange: VIE clients get VIE; Continuum clients get the plugged-in
 * Continuum scheme, else the null scheme when allowed, else nothing; other client types nothing.
 * Exactly one scheme answers each client kind, unlike loading several ASSS modules at once.
 */
export function selectScheme(policy: SchemePolicy = {}): EncryptionScheme {
  const allowVie = policy.allowVie ?? true;
  const allowNull = policy.allowUnencryptedContinuum ?? true;
  const native = policy.continuum;
  return Object.freeze({
    name: "zone",
    respond(clientKey: number, clientType: number): KeyExchangeAnswer | undefined {
      if (clientType === ClientType.Vie) return allowVie ? VIE_SCHEME.respond(clientKey, clientType) : undefined;
      if (clientType !== ClientType.Continuum) return undefined;
      const answer = native?.respond(clientKey, clientType);
      if (answer) return answer;
      return allowNull ? NULL_SCHEME.respond(clientKey, clientType) : undefined;
    },
  });
}
