import { ClientType, type EncryptionScheme, type KeyExchangeAnswer, NULL_CIPHER } from "./encryption.js";
import { VIE_SCHEME } from "./vie.js";

/** The null scheme: echoes the key, which both client kinds read as "no encryption" (§5). */
export const NULL_SCHEME: EncryptionScheme = {
  name: "null",
  respond(clientKey: number, clientType: number): KeyExchangeAnswer | undefined {
    if (clientType !== ClientType.Vie && clientType !== ClientType.Continuum) return undefined;
    return { serverKey: clientKey | 0, cipher: NULL_CIPHER };
  },
};

export interface SchemePolicy {
  /** Serve stock Continuum without its closed encryption module (default true). */
  readonly allowUnencryptedContinuum: boolean;
  /** A native Continuum module, if one is plugged in; it is asked first for type 0x11. */
  readonly continuum?: EncryptionScheme;
}

/**
 * The zone's answer to a key exchange: VIE clients get VIE; Continuum clients get the plugged-in
 * Continuum scheme, else the null scheme when allowed, else nothing (no reply).
 */
export function selectScheme(policy: SchemePolicy): EncryptionScheme {
  return {
    name: "zone",
    respond(clientKey, clientType) {
      if (clientType === ClientType.Vie) return VIE_SCHEME.respond(clientKey, clientType);
      if (clientType !== ClientType.Continuum) return undefined;
      const native = policy.continuum?.respond(clientKey, clientType);
      if (native) return native;
      return policy.allowUnencryptedContinuum ? NULL_SCHEME.respond(clientKey, clientType) : undefined;
    },
  };
}
