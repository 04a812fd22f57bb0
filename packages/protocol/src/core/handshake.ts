/**
 * Key exchange seen from the transport (core.md §3). Encryption itself lives in `crypto/`;
 * the transport only needs these shapes, which `PacketCipher` and `EncryptionScheme` fit.
 */
import { CoreErrorCode, type Decoded, decoded, decodeError } from "./errors.js";
import { decodeConnectionInit, encodeKeyResponse } from "./packets/key-exchange.js";

/** Transforms whole datagrams in place, never changing their length. */
export interface DatagramCipher {
  encrypt(buf: Uint8Array, len?: number): void;
  decrypt(buf: Uint8Array, len?: number): void;
}

/** Server side: answers a `00 01` with the server key and the cipher, or refuses (no reply). */
export interface KeyExchangeResponder {
  respond(
    clientKey: number,
    clientType: number,
  ): { readonly serverKey: number; readonly cipher: DatagramCipher } | undefined;
}

/** Client side of the key exchange (crypto's `clientKeyExchange()` fits this shape). */
export interface ClientKeyExchanger {
  /** Bytes 2..5 of `00 01` (i32). */
  readonly clientKey: number;
  /** Byte 6 of `00 01`: 0x01 VIE, 0x11 Continuum (core.md §3). */
  readonly clientType: number;
  /** The cipher for the key in the server's `00 02`, or an Error when no scheme we speak gives that key. */
  accept(serverKey: number): DatagramCipher | Error;
}

/** An accepted connection init: what to send back raw, and the cipher from now on. */
export interface AcceptedInit {
  readonly clientKey: number;
  readonly clientType: number;
  readonly serverKey: number;
  readonly cipher: DatagramCipher;
  /** The `00 02` to send unencrypted (and to resend if the same `00 01` comes again). */
  readonly response: Uint8Array;
}

/** Checks a datagram from an unknown address and asks the responder; never throws. */
export function answerConnectionInit(datagram: Uint8Array, responder: KeyExchangeResponder): Decoded<AcceptedInit> {
  const init = decodeConnectionInit(datagram);
  if (!init.ok) return init;
  const { clientKey, clientType } = init.value;
  const answer = responder.respond(clientKey, clientType);
  if (!answer) {
    return decodeError(CoreErrorCode.BadField, `connection init: client type 0x${clientType.toString(16)} not served`);
  }
  const response = encodeKeyResponse({ serverKey: answer.serverKey });
  return decoded({ clientKey, clientType, serverKey: answer.serverKey, cipher: answer.cipher, response });
}
