export { crc32, mapSecurityChecksum, settingsChecksum, type TileAt, xorChecksum } from "./checksums.js";
export { type ClientKeyOptions, clientKeyExchange } from "./client.js";
export {
  type ClientKeyExchange,
  ClientType,
  type EncryptionScheme,
  type KeyExchangeAnswer,
  NULL_CIPHER,
  type PacketCipher,
} from "./encryption.js";
export { CryptoErrorCode, KeyExchangeError } from "./errors.js";
export { vieExeChecksum } from "./exe-checksum.js";
export { NULL_SCHEME } from "./null-scheme.js";
export { type SchemePolicy, selectScheme } from "./policy.js";
export { VIE_SCHEME, VIE_TABLE_WORDS, VieCipher, vieCipher, vieServerKey, vieTable } from "./vie.js";
